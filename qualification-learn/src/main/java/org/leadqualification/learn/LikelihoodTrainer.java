package org.leadqualification.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.leadqualification.api.LeadQualificationException;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.funnel.RocAuc;
import org.leadqualification.internal.InOrder;
import org.leadqualification.model.Lead;
import org.leadqualification.model.OutcomeStatus;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.rules.likelihood.CalibrationBin;
import org.leadqualification.rules.likelihood.Evaluation;
import org.leadqualification.rules.likelihood.Feature;
import org.leadqualification.rules.likelihood.LeadSignals;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.Training;
import org.leadqualification.rules.likelihood.WeightedFeature;

/**
 * Learns a conversion likelihood from leads whose deal was won or lost.
 *
 * <pre>{@code
 * try (RuleBasedQualifier rules = RuleBasedQualifier.builder().build()) {
 *     TrainingResult result = LikelihoodTrainer.builder(rules)
 *             .decisionInstant(DecisionInstant.afterCreation(Duration.ofDays(14)))
 *             .build().train(leads);
 *     Files.writeString(Path.of("model.json"), result.model().toJson());
 * }
 * }</pre>
 *
 * <p>How: each lead is judged by the rules as of its {@link DecisionInstant}, knowing only what was known then
 * ({@link DecisionInstant#knownAt}: no history, no outcome, no later interaction). Its features are each rule's
 * points and the raw signals ({@link FeatureSpace}: interaction counts, source, custom attributes). The leads are
 * ordered by creation; the newest {@code testFraction} are held out, the older ones trained on. The model is an
 * L2-regularised logistic regression (LIBLINEAR): its log-odds are a sum of per-feature terms a person can read,
 * and its probabilities are calibrated on the training distribution by construction (the held-out calibration
 * table checks it). The regularisation C is chosen by k-fold cross-validation (contiguous folds in time order)
 * within the training leads, by log loss.
 *
 * <p>Deterministic: same leads, same options, same model file, on any number of threads. Immutable and
 * thread-safe; the qualifier must be too.
 */
public final class LikelihoodTrainer {
    /** What the model file's training section calls the method. */
    public static final String METHOD = "L2-regularised logistic regression (LIBLINEAR 2.44, trust-region Newton)";

    private final LeadQualifier qualifier;
    private final DecisionInstant decision;
    private final double testFraction;
    private final int folds;
    private final List<Double> l2Candidates;
    private final int minLeadsPerFeature;
    private final Set<String> excludedAttributes;
    private final int threads;

    private LikelihoodTrainer(Builder b) {
        this.qualifier = b.qualifier;
        this.decision = b.decision;
        this.testFraction = b.testFraction;
        this.folds = b.folds;
        this.l2Candidates = List.copyOf(b.l2Candidates);
        this.minLeadsPerFeature = b.minLeadsPerFeature;
        this.excludedAttributes = Set.copyOf(b.excludedAttributes);
        this.threads = b.threads;
    }

    /**
     * @param qualifier the rules that judge each lead (their reasons are the features)
     * @return a builder: 14 days after creation, the newest 20% held out, 5 folds
     */
    public static Builder builder(LeadQualifier qualifier) {
        return new Builder(Objects.requireNonNull(qualifier, "qualifier"));
    }

    /**
     * @param leads leads, some won or lost
     * @return the model and what it was tested on
     * @throws IllegalArgumentException if fewer than 2 × folds won or lost leads remain to train on, or they are
     *                                  all won or all lost
     */
    public TrainingResult train(Collection<Lead> leads) {
        List<Candidate> candidates = new ArrayList<>();
        long withoutOutcome = 0;
        long withoutInstant = 0;
        for (Lead lead : leads) {
            OutcomeStatus status = lead.outcome().map(o -> o.status()).orElse(OutcomeStatus.OPEN);
            if (status == OutcomeStatus.OPEN) {
                withoutOutcome++;
                continue;
            }
            Optional<Instant> at = decision.of(lead);
            if (at.isEmpty() || lead.createdAt().isEmpty()) {
                withoutInstant++;
                continue;
            }
            candidates.add(new Candidate(lead, at.get(), status == OutcomeStatus.WON));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.lead.createdAt().orElseThrow())
                .thenComparing(c -> c.lead.id()));
        Map<String, Set<Dimension>> seen = new ConcurrentHashMap<>();
        List<Example> all = judge(candidates, seen);
        long notJudged = candidates.size() - all.size();
        int testSize = (int) Math.round(all.size() * testFraction);
        List<Example> train = all.subList(0, all.size() - testSize);
        List<Example> test = all.subList(all.size() - testSize, all.size());
        long trainWon = train.stream().filter(Example::won).count();
        if (train.size() < 2 * folds || trainWon == 0 || trainWon == train.size()) {
            throw new IllegalArgumentException("too few leads to learn from: " + train.size() + " won or lost leads to "
                    + "train on (" + trainWon + " won); need at least " + 2 * folds + " with both outcomes");
        }

        List<Feature> features = FeatureSpace.discover(train, minLeadsPerFeature, excludedAttributes);
        double[][] x = matrix(train, features);
        boolean[] y = new boolean[train.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = train.get(i).won();
        }
        double[] allMean = new double[features.size()];
        double[] allScale = new double[features.size()];
        moments(x, allMean, allScale);
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            if (allScale[j] > 0) {
                kept.add(j);
            }
        }
        features = kept.stream().map(features::get).toList();
        x = columns(x, kept);
        double[] mean = kept.stream().mapToDouble(j -> allMean[j]).toArray();
        double[] scale = kept.stream().mapToDouble(j -> allScale[j]).toArray();

        double c = chooseL2(x, y, scale);
        double[] w = Logistic.fit(x, y, scale, c);
        double intercept = w[features.size()];
        List<WeightedFeature> weighted = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            intercept += w[j] * mean[j];
            weighted.add(new WeightedFeature(features.get(j), mean[j], w[j]));
        }
        LikelihoodModel model = new LikelihoodModel(intercept, weighted, Optional.empty(), Optional.empty());

        Instant testFrom = test.isEmpty() ? all.get(all.size() - 1).created() : test.get(0).created();
        Training training = new Training(METHOD, decision.toString(), all.get(0).created(),
                all.get(all.size() - 1).created(), all.size(), all.stream().filter(Example::won).count(), train.size(),
                testFrom, test.size(), c, folds);
        Optional<Evaluation> heldOut = test.isEmpty() ? Optional.empty() : Optional.of(evaluate(model, test));
        LikelihoodModel full = new LikelihoodModel(model.intercept(), model.features(), Optional.of(training), heldOut);
        List<TrainingResult.HeldOutLead> held = test.stream()
                .map(e -> new TrainingResult.HeldOutLead(e.lead(), e.decision(), e.won())).toList();
        Map<String, Dimension> ruleDimensions = new TreeMap<>();
        seen.forEach((rule, dimensions) -> {
            if (dimensions.size() == 1) {
                ruleDimensions.put(rule, dimensions.iterator().next());
            }
        });
        return new TrainingResult(full, held, withoutOutcome, withoutInstant, notJudged, ruleDimensions);
    }

    private record Candidate(Lead lead, Instant at, boolean won) {
    }

    /** Judges every candidate at its instant, in parallel, keeping their order; leads the rules fail on drop out. */
    private List<Example> judge(List<Candidate> candidates, Map<String, Set<Dimension>> seen) {
        List<Example> all = new ArrayList<>(candidates.size());
        try {
            InOrder.map(candidates.iterator(), threads, c -> judge(c, seen), e -> e.ifPresent(all::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the sink only adds to a list
        }
        return all;
    }

    private Optional<Example> judge(Candidate c, Map<String, Set<Dimension>> seen) {
        Lead known = DecisionInstant.knownAt(c.lead, c.at);
        Qualification q;
        try {
            q = qualifier.qualify(known, c.at);
        } catch (LeadQualificationException e) {
            return Optional.empty();
        }
        for (Reason r : q.reasons()) {
            if (r.points() != 0 && r.dimension().isPresent()) {
                seen.computeIfAbsent(r.rule(), k -> ConcurrentHashMap.newKeySet()).add(r.dimension().get());
            }
        }
        return Optional.of(new Example(c.lead, c.lead.createdAt().orElseThrow(), c.at, c.won,
                LeadSignals.of(known, c.at, q.reasons()), q.score()));
    }

    private static double[][] matrix(List<Example> examples, List<Feature> features) {
        double[][] x = new double[examples.size()][features.size()];
        for (int i = 0; i < x.length; i++) {
            LeadSignals s = examples.get(i).signals();
            for (int j = 0; j < features.size(); j++) {
                x[i][j] = features.get(j).valueOf(s);
            }
        }
        return x;
    }

    private static double[][] columns(double[][] x, List<Integer> kept) {
        double[][] out = new double[x.length][kept.size()];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < kept.size(); k++) {
                out[i][k] = x[i][kept.get(k)];
            }
        }
        return out;
    }

    private static void moments(double[][] x, double[] mean, double[] sd) {
        int n = x.length;
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= n;
        }
        for (double[] row : x) {
            for (int j = 0; j < sd.length; j++) {
                double d = row[j] - mean[j];
                sd[j] += d * d;
            }
        }
        for (int j = 0; j < sd.length; j++) {
            sd[j] = Math.sqrt(sd[j] / n);
        }
    }

    /**
     * The C with the lowest cross-validated log loss; on a tie, the stronger regularisation. Each fold is one task
     * on the trainer's threads: it builds its LIBLINEAR problem once and fits every C candidate on it; the losses are
     * added in a fixed order, so the choice does not depend on the threads.
     */
    private double chooseL2(double[][] x, boolean[] y, double[] scale) {
        int n = x.length;
        List<Double> ascending = l2Candidates.stream().sorted().toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, folds));
        try {
            List<Future<double[]>> losses = new ArrayList<>();
            for (int k = 0; k < folds; k++) {
                int from = (int) ((long) n * k / folds);
                int to = (int) ((long) n * (k + 1) / folds);
                losses.add(pool.submit(() -> foldLosses(x, y, scale, ascending, from, to)));
            }
            double[] total = new double[ascending.size()];
            for (Future<double[]> f : losses) {
                double[] fold = f.get();
                for (int i = 0; i < total.length; i++) {
                    total[i] += fold[i];
                }
            }
            double best = Double.NaN;
            double bestLoss = Double.POSITIVE_INFINITY;
            for (int i = 0; i < total.length; i++) {
                if (total[i] < bestLoss - 1e-9) {
                    bestLoss = total[i];
                    best = ascending.get(i);
                }
            }
            return best;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cross-validating", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Fits on every row outside {@code [from, to)} at each C and returns the log loss summed over the rows inside,
     * per C.
     */
    private static double[] foldLosses(double[][] x, boolean[] y, double[] scale, List<Double> cs, int from, int to) {
        int n = x.length;
        double[][] fitX = new double[n - (to - from)][];
        boolean[] fitY = new boolean[fitX.length];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i < from || i >= to) {
                fitX[m] = x[i];
                fitY[m++] = y[i];
            }
        }
        Logistic fold = new Logistic(fitX, fitY, scale);
        double[] losses = new double[cs.size()];
        for (int c = 0; c < cs.size(); c++) {
            double[] w = fold.fit(cs.get(c));
            for (int i = from; i < to; i++) {
                losses[c] += logLoss(LikelihoodModel.sigmoid(Logistic.logit(x[i], w)), y[i]);
            }
        }
        return losses;
    }

    private static double logLoss(double p, boolean won) {
        double q = Math.min(1 - 1e-15, Math.max(1e-15, p));
        return won ? -Math.log(q) : -Math.log(1 - q);
    }

    /**
     * @param model a model
     * @param test  leads it was not trained on
     * @return its AUC (and the rules' score's), log loss, Brier score, lift and calibration on them
     */
    static Evaluation evaluate(LikelihoodModel model, List<Example> test) {
        int n = test.size();
        double[] p = new double[n];
        Integer[] order = new Integer[n];
        List<Double> won = new ArrayList<>();
        List<Double> lost = new ArrayList<>();
        List<Double> wonScore = new ArrayList<>();
        List<Double> lostScore = new ArrayList<>();
        double loss = 0;
        double brier = 0;
        long wins = 0;
        for (int i = 0; i < n; i++) {
            Example e = test.get(i);
            p[i] = model.probability(e.signals());
            order[i] = i;
            loss += logLoss(p[i], e.won());
            brier += (p[i] - (e.won() ? 1 : 0)) * (p[i] - (e.won() ? 1 : 0));
            (e.won() ? won : lost).add(p[i]);
            (e.won() ? wonScore : lostScore).add((double) e.score());
            wins += e.won() ? 1 : 0;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).thenComparing(i -> i));
        List<CalibrationBin> bins = new ArrayList<>();
        double top = 0;
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) n * d / 10);
            int to = (int) ((long) n * (d + 1) / 10);
            double predicted = 0;
            long w = 0;
            for (int k = from; k < to; k++) {
                predicted += p[order[k]];
                w += test.get(order[k]).won() ? 1 : 0;
            }
            int size = to - from;
            double observed = size == 0 ? 0 : (double) w / size;
            bins.add(new CalibrationBin(d + 1, size, size == 0 ? 0 : round(predicted / size), round(observed)));
            if (d == 9) {
                top = observed;
            }
        }
        double rate = n == 0 ? 0 : (double) wins / n;
        OptionalDouble auc = RocAuc.of(array(won), array(lost));
        return new Evaluation(n, wins, round(auc.orElse(0.5)), round(RocAuc.of(array(wonScore), array(lostScore))),
                round(n == 0 ? 0 : loss / n), round(n == 0 ? 0 : brier / n), round(rate == 0 ? 0 : top / rate), bins);
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static OptionalDouble round(OptionalDouble d) {
        return d.isPresent() ? OptionalDouble.of(round(d.getAsDouble())) : d;
    }

    static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }

    /** Builds a {@link LikelihoodTrainer}. Not thread-safe. */
    public static final class Builder {
        private final LeadQualifier qualifier;
        private DecisionInstant decision = DecisionInstant.afterCreation(Duration.ofDays(14));
        private double testFraction = 0.2;
        private int folds = 5;
        private List<Double> l2Candidates = List.of(0.001, 0.01, 0.1, 1.0, 10.0);
        private int minLeadsPerFeature = 20;
        private Set<String> excludedAttributes = Set.of();
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Builder(LeadQualifier qualifier) {
            this.qualifier = qualifier;
        }

        /** @param value when each lead is judged (default 14 days after creation) @return this builder */
        public Builder decisionInstant(DecisionInstant value) {
            this.decision = Objects.requireNonNull(value, "decisionInstant");
            return this;
        }

        /**
         * @param value the share of the newest leads held out, 0 (none) to below 1 (default 0.2)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder testFraction(double value) {
            if (!(value >= 0 && value < 1)) {
                throw new IllegalArgumentException("testFraction must be in [0, 1), got " + value);
            }
            this.testFraction = value;
            return this;
        }

        /**
         * @param value the folds of the cross-validation that chooses the regularisation, >= 2 (default 5)
         * @return this builder
         * @throws IllegalArgumentException if below 2
         */
        public Builder folds(int value) {
            if (value < 2) {
                throw new IllegalArgumentException("folds must be >= 2, got " + value);
            }
            this.folds = value;
            return this;
        }

        /**
         * @param values the inverse regularisation strengths C to choose from (default 0.001, 0.01, 0.1, 1, 10)
         * @return this builder
         * @throws IllegalArgumentException if empty or a value is not > 0
         */
        public Builder l2Candidates(List<Double> values) {
            if (values.isEmpty() || values.stream().anyMatch(v -> !(v > 0) || v.isInfinite())) {
                throw new IllegalArgumentException("l2Candidates must be finite values > 0, got " + values);
            }
            this.l2Candidates = List.copyOf(values);
            return this;
        }

        /**
         * @param value the fewest training leads that must show a rule, interaction type, source or attribute value
         *              for it to become a feature, >= 1 (default 20)
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder minLeadsPerFeature(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("minLeadsPerFeature must be >= 1, got " + value);
            }
            this.minLeadsPerFeature = value;
            return this;
        }

        /**
         * @param keys custom attributes never to learn from: those recorded after the decision (a sales status,
         *             a quality judgement), which would leak the outcome
         * @return this builder
         */
        public Builder excludeAttributes(Collection<String> keys) {
            this.excludedAttributes = Set.copyOf(keys);
            return this;
        }

        /**
         * @param value the threads that judge leads, >= 1 (default: the processors); the model does not depend on it
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + value);
            }
            this.threads = value;
            return this;
        }

        /** @return the trainer */
        public LikelihoodTrainer build() {
            return new LikelihoodTrainer(this);
        }
    }
}
