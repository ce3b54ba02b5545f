package org.leadqualification.bench.jmh;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.leadqualification.api.LeadQualificationException;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.learn.DecisionInstant;
import org.leadqualification.learn.LikelihoodTrainer;
import org.leadqualification.learn.TrainingResult;
import org.leadqualification.model.CustomerAccount;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.ProductUsage;
import org.leadqualification.model.Seniority;
import org.leadqualification.rules.RuleBasedQualifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Training the conversion likelihood ({@code LikelihoodTrainer.train}) on 100,000 won and lost leads, 30 days after
 * creation, built-in rules: single shot, seconds per training. {@code train} is the whole training with
 * {@code threads} = 1 or 2 (judging every lead at its decision instant, the feature matrix, 5 × 5 cross-validation
 * fits to choose C, the final fit, the held-out evaluation); {@code judgeOnly} judges the same leads once at their
 * decision instants on one thread ({@code DecisionInstant.knownAt} + {@code qualify}), the part of training that is
 * the rules', so that {@code train − judgeOnly} is about the learning's own cost.
 *
 * <p>The leads are {@link LeadGenerator}'s (seed 42, 12 to 20 interactions each), created over two years from
 * {@link #FIRST_CREATED} in id order, their interactions moved to after creation, given two custom attributes and a
 * won or lost outcome 20 to 90 days after creation whose odds depend on fit, on a demo or webinar in the first 30
 * days and on one attribute ({@link #withOutcomes}).
 *
 * <pre>
 * java -jar qualification-bench/target/benchmarks.jar LearnBenchmark -wi 1 -i 3 -f 1
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LearnBenchmark {
    /** When each lead is judged to learn from it. */
    static final DecisionInstant DECISION = DecisionInstant.afterCreation(Duration.ofDays(30));
    /** The first lead's creation; the last is two years later. */
    static final Instant FIRST_CREATED = Instant.parse("2024-08-01T00:00:00Z");
    static final Duration CREATED_SPAN = Duration.ofDays(730);
    static final int MIN_INTERACTIONS = 12;
    static final int MAX_INTERACTIONS = 20;
    /** The industry-like custom attribute and its values, the first most common. */
    static final String VERTICAL = "vertical";
    static final List<String> VERTICALS = List.of("ecommerce", "fintech", "edtech", "healthtech", "logistics",
            "media", "public-sector", "real-estate", "travel", "manufacturing");
    /** The boolean custom attribute (noise). */
    static final String OPT_IN = "newsletterOptIn";
    /** The vertical whose leads win more often, and the one whose leads win less often. */
    static final String GOOD_VERTICAL = "fintech";
    static final String BAD_VERTICAL = "public-sector";
    private static final Set<String> TARGET_INDUSTRIES = Set.of("SOFTWARE", "SAAS", "INTERNET", "FINANCIAL_SERVICES");
    private static final Set<String> DEMO = Set.of("DEMO_REQUEST", "DEMO_ATTENDED");
    private static final String[] LOST_REASONS = {"no budget", "no decision", "chose a competitor", "timing"};

    /** The leads and the qualifier, built once per trial. */
    @State(Scope.Benchmark)
    public static class Data {
        /** How many won or lost leads to train on. */
        @Param({"100000"})
        public int leads;

        List<Lead> history;
        RuleBasedQualifier qualifier;

        /** Generates the leads (seed 42) and builds the qualifier (built-in rules). */
        @Setup(Level.Trial)
        public void setUp() {
            history = withOutcomes(new LeadGenerator(42L, MAX_INTERACTIONS), leads, new SplittableRandom(43L));
            qualifier = RuleBasedQualifier.builder().build();
        }

        /** Releases the qualifier. */
        @TearDown(Level.Trial)
        public void tearDown() {
            qualifier.close();
        }
    }

    /** The trainer's threads (only {@code train} reads them). */
    @State(Scope.Benchmark)
    public static class TrainerThreads {
        /** Threads that judge and cross-validate. */
        @Param({"1", "2"})
        public int threads;
    }

    @Benchmark
    public TrainingResult train(Data data, TrainerThreads threads) {
        return LikelihoodTrainer.builder(data.qualifier).decisionInstant(DECISION).threads(threads.threads).build()
                .train(data.history);
    }

    /** @return how many leads were judged (every one, unless the rules failed on some, as training skips them) */
    @Benchmark
    public long judgeOnly(Data data, Blackhole blackhole) {
        long judged = 0;
        for (Lead lead : data.history) {
            Instant at = DECISION.of(lead).orElseThrow();
            try {
                blackhole.consume(data.qualifier.qualify(DecisionInstant.knownAt(lead, at), at));
                judged++;
            } catch (LeadQualificationException e) {
                blackhole.consume(e);
            }
        }
        return judged;
    }

    /**
     * Gives {@code count} generated leads a history to learn from, deterministically:
     * <ul>
     * <li>created in id order, evenly over {@link #CREATED_SPAN} from {@link #FIRST_CREATED} (with a jitter inside
     * each lead's slot);
     * <li>12 to 20 of the generator's interactions, each as long after creation as it was before the generator's
     * {@code AS_OF}, halved: activity is densest right after creation and fades over about 100 days, and about
     * half of it is known 30 days after creation; product sign-up and customer-since instants keep their distance
     * to the decision instant that they had to {@code AS_OF};
     * <li>attributes {@code vertical} (10 values, 8% without) and {@code newsletterOptIn} (a boolean), besides the
     * generator's {@code campaign};
     * <li>won or lost, closed 20 to 90 days after creation. The log-odds of winning are
     * {@code −2.3 + 0.45 × fit + 1.4 × demo + 0.9 × webinar + 0.8 × [vertical = fintech] − 0.6 × [vertical =
     * public-sector]}, where fit counts a senior contact (executive, VP, director), a target industry and a company
     * of 50 to 9,999 employees, and demo and webinar are a {@code DEMO_REQUEST} / {@code DEMO_ATTENDED} and a
     * {@code WEBINAR_ATTENDED} in the first 30 days. Everything else is noise to the outcome.
     * </ul>
     *
     * @param generator where the leads come from; it must give at least {@value #MAX_INTERACTIONS} interactions a lead
     * @param count     how many leads
     * @param random    the randomness of the history
     * @return the leads, each with {@code createdAt}, a won or lost outcome and the attributes
     */
    static List<Lead> withOutcomes(LeadGenerator generator, int count, SplittableRandom random) {
        List<Lead> out = new ArrayList<>(count);
        long span = CREATED_SPAN.toSeconds();
        long slot = Math.max(1, span / count);
        for (int i = 0; i < count; i++) {
            Lead lead = generator.next();
            Instant created = FIRST_CREATED.plusSeconds(span * i / count + random.nextLong(slot));
            Instant decision = created.plus(Duration.ofDays(30));
            Duration shift = Duration.between(LeadGenerator.AS_OF, decision);

            int keep = Math.min(lead.interactions().size(),
                    MIN_INTERACTIONS + random.nextInt(MAX_INTERACTIONS - MIN_INTERACTIONS + 1));
            List<Interaction> interactions = new ArrayList<>(keep);
            boolean demo = false;
            boolean webinar = false;
            for (Interaction x : lead.interactions().subList(0, keep)) {
                long age = Math.abs(Duration.between(x.at(), LeadGenerator.AS_OF).toSeconds());
                Instant at = created.plusSeconds(age / 2);
                interactions.add(new Interaction(x.type(), at, x.channel(), x.detail(), x.attributes()));
                if (!at.isAfter(decision)) {
                    demo |= DEMO.contains(x.type());
                    webinar |= x.type().equals("WEBINAR_ATTENDED");
                }
            }

            Map<String, Object> attributes = new LinkedHashMap<>(lead.attributes());
            String vertical = null;
            if (random.nextDouble() >= 0.08) {
                // Skewed, as real categories are: the first value about 4x as common as the last.
                vertical = VERTICALS.get((int) (VERTICALS.size() * Math.pow(random.nextDouble(), 1.6)));
                attributes.put(VERTICAL, vertical);
            }
            attributes.put(OPT_IN, random.nextDouble() < 0.4);

            double logOdds = -2.3 + 0.45 * fit(lead) + (demo ? 1.4 : 0) + (webinar ? 0.9 : 0)
                    + (GOOD_VERTICAL.equals(vertical) ? 0.8 : 0) - (BAD_VERTICAL.equals(vertical) ? 0.6 : 0);
            boolean won = random.nextDouble() < 1 / (1 + Math.exp(-logOdds));
            Instant closed = created.plusSeconds(Duration.ofDays(20).toSeconds()
                    + random.nextLong(Duration.ofDays(70).toSeconds() + 1));
            DealOutcome outcome = won ? DealOutcome.won(closed, BigDecimal.valueOf(1_000 + random.nextInt(50_000)))
                    : DealOutcome.lost(closed, LOST_REASONS[random.nextInt(LOST_REASONS.length)]);

            Optional<ProductUsage> product = lead.product().map(p -> new ProductUsage(p.plan(),
                    p.signedUpAt().map(s -> s.plus(shift)), p.activeDays(), p.seats(), p.keyFeaturesUsed(),
                    p.usageLimitReached()));
            Optional<CustomerAccount> customer = lead.customer().map(c -> new CustomerAccount(c.plan(),
                    c.since().map(s -> s.plus(shift)), c.monthlyRevenue()));
            out.add(new Lead(lead.id(), lead.source(), Optional.of(created), lead.person(), lead.company(),
                    lead.bant(), interactions, product, customer, attributes, List.of(), Optional.of(outcome),
                    Optional.empty(), Optional.empty()));
        }
        return out;
    }

    /** @return 0 to 3: a senior contact, a target industry, a mid-sized company */
    static int fit(Lead lead) {
        int fit = 0;
        Optional<Seniority> seniority = lead.person().seniority();
        if (seniority.isPresent() && (seniority.get() == Seniority.EXECUTIVE || seniority.get() == Seniority.VP
                || seniority.get() == Seniority.DIRECTOR)) {
            fit++;
        }
        if (lead.company().industry().map(s -> s.toUpperCase(Locale.ROOT)).filter(TARGET_INDUSTRIES::contains)
                .isPresent()) {
            fit++;
        }
        long employees = lead.company().employees().orElse(0);
        if (employees >= 50 && employees < 10_000) {
            fit++;
        }
        return fit;
    }
}
