package org.leadqualification.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leadqualification.api.LeadError;
import org.leadqualification.api.Outcome;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.rules.AccountQualifier;
import org.leadqualification.json.LeadReader;
import org.leadqualification.learn.DecisionInstant;
import org.leadqualification.model.DealOutcome;
import org.leadqualification.model.Lead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qualify impact}: judges the same leads with a baseline and a candidate rule set and reports what the
 * candidate changes. Each lead is judged both ways as it is read, so any number of leads runs in little memory.
 */
@Command(name = "impact",
        description = {"Previews a rule or profile change: judges the same leads with the baseline and the "
                + "candidate rules and prints the leads that change stage (with the reasons that differ), the "
                + "stage-transition matrix and the mean score shift per dimension.",
                "Both sides start from the built-in rules, the --rules files and the --profile; "
                        + "--baseline-*/--candidate-* options change one side only. So a profile change alone is "
                        + "'qualify impact --candidate-profile new.yaml leads.json'.",
                "Leads that cannot be read or judged are reported on standard error as JSON lines."})
final class ImpactCommand implements Callable<Integer> {

    /** How the report is printed. */
    enum Format {
        /** For people. */
        TEXT,
        /** One JSON object. */
        JSON
    }

    @ParentCommand
    private Qualify root;

    @Spec
    private CommandSpec spec;

    /** Both sides. */
    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Option(names = "--baseline-rules", paramLabel = "PATH",
            description = "Rules added on the baseline side only (repeatable).")
    private List<Path> baselineRules = new ArrayList<>();

    @Option(names = "--candidate-rules", paramLabel = "PATH",
            description = "Rules added on the candidate side only (repeatable).")
    private List<Path> candidateRules = new ArrayList<>();

    @Option(names = "--baseline-no-builtin", description = "Leave the built-in rules out of the baseline.")
    private boolean baselineNoBuiltIn;

    @Option(names = "--candidate-no-builtin", description = "Leave the built-in rules out of the candidate.")
    private boolean candidateNoBuiltIn;

    @Option(names = "--baseline-profile", paramLabel = "FILE", description = "The baseline's scoring profile.")
    private Path baselineProfile;

    @Option(names = "--candidate-profile", paramLabel = "FILE", description = "The candidate's scoring profile.")
    private Path candidateProfile;

    @Mixin
    private AsOfOption asOf = new AsOfOption();

    @Option(names = "--judge-at", paramLabel = "WHEN", defaultValue = "as-of",
            description = {"When each lead is judged: as-of (every lead at --as-of; the default), or at its own "
                    + "decision instant as 'qualify learn' judges it: created+<days>d, created+<ISO-8601 duration>, "
                    + "mql, sql or opportunity (its first arrival there), never after its outcome nor after --as-of, "
                    + "knowing only what was known then (no history, no outcome, no later interaction).",
                    "With a decision instant the report adds how well each side's score ranks the won against the "
                            + "lost leads: ROC AUC, top-decile lift, share at MQL or better. Leads without a decision "
                            + "instant are counted, not judged."})
    private String judgeAt;

    @Option(names = "--accounts", description = "Compare account results: group the leads by account (as "
            + "'qualify accounts' does) and report the accounts that change account stage.")
    private boolean accounts;

    @Option(names = "--account-rules", paramLabel = "PATH",
            description = "With --accounts: account .drl files or folders added on both sides (repeatable).")
    private List<Path> accountRules = new ArrayList<>();

    @Mixin
    private AccountGrouping grouping = new AccountGrouping();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json; default: ${DEFAULT-VALUE}.")
    private Format format;

    @Parameters(index = "0", paramLabel = "LEADS",
            description = "The leads: a JSON array or JSON Lines file; '-' reads standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant at = asOf.instant();
        Optional<DecisionInstant> decision = decision();
        EngineSpec both = engine.spec();
        EngineSpec baseline = both.with(baselineRules, baselineNoBuiltIn, Optional.ofNullable(baselineProfile));
        EngineSpec candidate = both.with(candidateRules, candidateNoBuiltIn, Optional.ofNullable(candidateProfile));
        if (accounts) {
            if (decision.isPresent()) {
                throw new ParameterException(spec.commandLine(), "--judge-at " + judgeAt + " judges leads one by one; "
                        + "--accounts judges accounts as of --as-of");
            }
            try (AccountQualifier b = AccountsCommand.build(baseline, accountRules);
                 AccountQualifier c = AccountsCommand.build(candidate, accountRules);
                 InputStream in = LeadInput.open(file, root.stdin())) {
                long errors = new AccountImpact().run(spec.commandLine(), grouping, b, c, in, at,
                        format == Format.JSON, baseline.describe(), candidate.describe(), out, err);
                return errors == 0 ? Qualify.OK : Qualify.SOME_FAILED;
            }
        }
        try (EngineFactory.Engine b = root.engines().open(baseline);
             EngineFactory.Engine c = root.engines().open(candidate);
             InputStream in = LeadInput.open(file, root.stdin())) {
            ImpactReport report = format == Format.JSON ? new ImpactReport.Json(out) : new ImpactReport.Text(out);
            long errors = compare(b, c, in, new When(at, decision), report, err, baseline, candidate);
            return errors == 0 ? Qualify.OK : Qualify.SOME_FAILED;
        }
    }

    /** {@code --judge-at}: empty for {@code as-of}. */
    private Optional<DecisionInstant> decision() {
        if (judgeAt.strip().equalsIgnoreCase("as-of")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DecisionInstant.parse(judgeAt));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--judge-at: expected as-of, " + e.getMessage()
                    .replaceFirst("^expected ", ""));
        }
    }

    /**
     * When leads are judged: all at {@code asOf}, or each at its decision instant (never after {@code asOf}).
     *
     * @param asOf     the {@code --as-of} instant
     * @param decision the decision instant, if {@code --judge-at} gave one
     */
    record When(Instant asOf, Optional<DecisionInstant> decision) {
    }

    private long compare(EngineFactory.Engine baseline, EngineFactory.Engine candidate, InputStream in, When when,
                         ImpactReport report, PrintWriter err, EngineSpec baselineSpec, EngineSpec candidateSpec)
            throws IOException {
        LeadJson json = LeadJson.standard();
        Impact impact = new Impact();
        long errors = 0;
        report.begin(when, baselineSpec, candidateSpec);
        try (LeadReader leads = json.readLeads(in);
             Progress progress = Progress.start(root.interactive(), "Comparing")) {
            while (leads.hasNext()) {
                LeadItem item = leads.next();
                progress.step();
                Instant at = when.asOf();
                Optional<Boolean> won = Optional.empty();
                if (when.decision().isPresent() && item instanceof LeadItem.Parsed parsed) {
                    Lead lead = parsed.value();
                    Optional<Instant> decided = when.decision().get().of(lead);
                    if (decided.isEmpty()) {
                        impact.withoutDecisionInstant();
                        continue;
                    }
                    at = decided.get().isAfter(when.asOf()) ? when.asOf() : decided.get();
                    item = new LeadItem.Parsed(parsed.index(), DecisionInstant.knownAt(lead, at));
                    won = lead.outcome().map(DealOutcome::status).flatMap(s -> switch (s) {
                        case WON -> Optional.of(true);
                        case LOST -> Optional.of(false);
                        default -> Optional.empty();
                    });
                }
                Outcome b = item.judge(baseline.qualifier(), at);
                Outcome c = b instanceof Outcome.Judged ? item.judge(candidate.qualifier(), at) : b;
                if (b instanceof Outcome.Judged jb && c instanceof Outcome.Judged jc) {
                    Optional<Impact.Change> change = impact.add(jb.result(), jc.result(), won);
                    if (change.isPresent()) {
                        report.change(change.get());
                    }
                } else {
                    errors++;
                    err.println(json.writeError(b instanceof Outcome.Failed fb ? side("baseline", item, fb)
                            : side("candidate", item, (Outcome.Failed) c)));
                }
            }
        }
        report.end(impact, errors);
        return errors;
    }

    /** A lead that could not be read keeps its error; one that a rule set failed on says which. */
    private static LeadError side(String which, LeadItem item, Outcome.Failed failed) {
        LeadError e = failed.cause();
        return item.lead().isEmpty() ? e
                : new LeadError(e.leadId(), e.index(), e.path(), "with the " + which + " rules: " + e.message());
    }
}
