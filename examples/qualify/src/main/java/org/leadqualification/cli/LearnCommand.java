package org.leadqualification.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.learn.DecisionInstant;
import org.leadqualification.learn.LikelihoodTrainer;
import org.leadqualification.learn.ProfileProposal;
import org.leadqualification.learn.ScoreQuality;
import org.leadqualification.learn.TrainingResult;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.RuleBasedQualifier;
import org.leadqualification.rules.likelihood.CalibrationBin;
import org.leadqualification.rules.likelihood.Evaluation;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.Training;
import org.leadqualification.rules.likelihood.WeightedFeature;
import org.leadqualification.rules.profile.ProfileSource;
import org.leadqualification.rules.profile.ScoringProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code qualify learn}: learns a conversion likelihood from won and lost leads, writes the model file, and
 * optionally proposes a profile and writes the held-out leads for {@code qualify impact}.
 */
@Command(name = "learn",
        description = {"Learns a conversion likelihood from won and lost leads and writes the model file "
                + "('qualify score --model FILE' uses it).",
                "Each lead is judged by the rules at its decision instant, knowing only what was known then (no "
                        + "history, no outcome, no later interaction); its features are each rule's points and its "
                        + "raw signals (interaction counts, source, attributes). The newest leads are held out."})
final class LearnCommand implements Callable<Integer> {

    @ParentCommand
    private Qualify root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Option(names = "--decision", paramLabel = "WHEN", defaultValue = "created+14d",
            converter = DecisionConverter.class,
            description = "When each lead is judged: created+<days>d, created+<ISO-8601 duration>, mql, sql or "
                    + "opportunity (its first arrival there); never after its outcome. Default: ${DEFAULT-VALUE}.")
    private DecisionInstant decision;

    @Option(names = "--test-fraction", paramLabel = "SHARE", defaultValue = "0.2",
            description = "The share of the newest leads held out for testing. Default: ${DEFAULT-VALUE}.")
    private double testFraction;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Folds of the cross-validation that chooses the regularisation. Default: ${DEFAULT-VALUE}.")
    private int folds;

    @Option(names = "--min-leads", paramLabel = "N", defaultValue = "20",
            description = "Fewest training leads that must show a rule, interaction type, source or attribute value "
                    + "for it to become a feature. Default: ${DEFAULT-VALUE}.")
    private int minLeads;

    @Option(names = "--exclude-attribute", paramLabel = "KEY",
            description = "An attribute never to learn from, e.g. one recorded after the outcome (repeatable).")
    private List<String> excluded = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Threads that judge leads (0: one per processor); the model does not depend on it.")
    private int threads;

    @Option(names = {"-o", "--output"}, paramLabel = "MODEL", required = true,
            description = "Where to write the model file (JSON).")
    private Path output;

    @Option(names = "--proposed-profile", paramLabel = "FILE",
            description = "Also write a partial profile whose rule points follow the learned weights, and compare "
                    + "the current and proposed scores on the held-out leads.")
    private Path proposed;

    @Option(names = "--held-out", paramLabel = "FILE",
            description = "Also write the held-out leads (JSON Lines), to compare profiles on them lead by lead with "
                    + "'qualify impact --judge-at WHEN'.")
    private Path heldOutFile;

    @Parameters(paramLabel = "LEADS", description = "Leads with outcomes: a JSON array or JSON Lines; '-' reads "
            + "standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LeadJson json = LeadJson.standard();
        List<Lead> leads = new ArrayList<>();
        long errors = 0;
        try (InputStream in = LeadInput.open(file, root.stdin()); LeadReader reader = json.readLeads(in)) {
            while (reader.hasNext()) {
                LeadItem item = reader.next();
                if (item.lead().isPresent()) {
                    leads.add(item.lead().get());
                } else {
                    errors++;
                    err.println(json.writeError(item.error().orElseThrow()));
                }
            }
        }
        try (EngineFactory.Engine current = root.engines().open(engine.spec())) {
            LikelihoodTrainer.Builder b = LikelihoodTrainer.builder(current.qualifier()).decisionInstant(decision)
                    .testFraction(testFraction).folds(folds).minLeadsPerFeature(minLeads).excludeAttributes(excluded);
            if (threads > 0) {
                b.threads(threads);
            }
            long started = System.nanoTime();
            TrainingResult result;
            try {
                result = b.build().train(leads);
            } catch (IllegalArgumentException e) {
                err.println("qualify learn: " + e.getMessage());
                return Qualify.INVALID;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            Files.writeString(output, result.model().toJson(), StandardCharsets.UTF_8);
            report(out, result, millis);
            out.println("Model written to " + output);
            if (heldOutFile != null) {
                try (Writer w = Files.newBufferedWriter(heldOutFile, StandardCharsets.UTF_8)) {
                    for (TrainingResult.HeldOutLead h : result.heldOut()) {
                        w.write(json.writeLead(h.lead()));
                        w.write('\n');
                    }
                }
                out.println("Held-out leads written to " + heldOutFile);
            }
            if (proposed != null) {
                propose(out, current, result);
            }
        }
        return errors == 0 ? Qualify.OK : Qualify.SOME_FAILED;
    }

    private void propose(PrintWriter out, EngineFactory.Engine current, TrainingResult result) throws IOException {
        ScoringProfile profile = current.qualifier() instanceof RuleBasedQualifier r ? r.profile()
                : ScoringProfile.defaults();
        ProfileProposal p = ProfileProposal.propose(result, profile);
        Optional<ProfileSource> base = engine.spec().profile();
        String yaml = base.isEmpty() ? p.yaml() : "# These numbers change " + base.get() + ": merge them into it (a "
                + "partial profile given alone is laid over the\n# default profile, not over yours).\n" + p.yaml();
        Files.writeString(proposed, yaml, StandardCharsets.UTF_8);
        out.println();
        out.println("Proposed profile written to " + proposed + " (" + p.changes().size() + " numbers changed)");
        EngineSpec candidate = engine.spec().withProfile(Optional.of(ProfileSource.of(profile.with(p.yaml(),
                proposed.toString()))));
        try (EngineFactory.Engine next = root.engines().open(candidate)) {
            ScoreQuality before = ProfileProposal.quality(current.qualifier(), result.heldOut());
            ScoreQuality after = ProfileProposal.quality(next.qualifier(), result.heldOut());
            out.println("Held-out leads (" + before.leads() + ", " + before.won() + " won), score of the current vs "
                    + "the proposed profile:");
            ImpactReport.Text.ranking(out, "current", before, "proposed", after);
        }
        if (heldOutFile != null) {
            out.println("Lead by lead: qualify impact --judge-at " + decision.spec() + " "
                    + (base.isEmpty() ? "" : "--profile " + base.get() + " ") + "--candidate-profile "
                    + (base.isEmpty() ? proposed : "MERGED_PROFILE") + " " + heldOutFile);
        }
    }

    static void report(PrintWriter out, TrainingResult result, long millis) {
        LikelihoodModel m = result.model();
        Training t = m.training().orElseThrow();
        out.println(String.format(Locale.ROOT, "Learned from %d won and lost leads (%d won) created %s .. %s, judged %s",
                t.leads(), t.won(), t.from(), t.to(), t.decisionInstant()));
        out.println(String.format(Locale.ROOT, "  trained on the %d older, tested on the %d created from %s; "
                + "C = %s (%d-fold cross-validation); %d features; %.1f s", t.trainLeads(), t.testLeads(),
                t.testFrom(), t.l2(), t.folds(), m.features().size(), millis / 1000.0));
        out.println(String.format(Locale.ROOT, "  left out: %d open or without outcome, %d without a decision "
                + "instant, %d the rules failed on", result.withoutOutcome(), result.withoutInstant(),
                result.notJudged()));
        m.heldOut().ifPresent(e -> heldOut(out, e));
        out.println("Largest weights (log-odds per unit of the feature; interaction counts as ln(1 + n)):");
        m.features().stream()
                .sorted(Comparator.comparingDouble((WeightedFeature f) -> -Math.abs(f.weight()))
                        .thenComparing(f -> f.feature().name()))
                .limit(12)
                .forEach(f -> out.println(String.format(Locale.ROOT, "  %+8.4f  %s", f.weight(), f.feature().name())));
    }

    private static void heldOut(PrintWriter out, Evaluation e) {
        out.println(String.format(Locale.ROOT, "Held-out: AUC %.3f (the rules' score: %s), log loss %.3f, Brier %.3f, "
                + "top-decile lift %.2f", e.auc(), e.scoreAuc().isPresent()
                ? String.format(Locale.ROOT, "%.3f", e.scoreAuc().getAsDouble()) : "-", e.logLoss(), e.brier(),
                e.topDecileLift()));
        out.println("Calibration on the held-out leads, by decile of predicted likelihood:");
        out.println("  decile  leads  predicted  observed");
        for (CalibrationBin b : e.calibration()) {
            out.println(String.format(Locale.ROOT, "  %6d  %5d  %8.1f%%  %7.1f%%", b.decile(), b.leads(),
                    b.meanPredicted() * 100, b.observed() * 100));
        }
    }

    /** Reads {@code --decision}. */
    static final class DecisionConverter implements ITypeConverter<DecisionInstant> {
        @Override
        public DecisionInstant convert(String value) {
            return DecisionInstant.parse(value);
        }
    }
}
