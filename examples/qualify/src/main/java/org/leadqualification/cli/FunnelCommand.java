package org.leadqualification.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadqualification.funnel.FunnelAnalyzer;
import org.leadqualification.funnel.FunnelHtml;
import org.leadqualification.funnel.FunnelJson;
import org.leadqualification.funnel.FunnelReport;
import org.leadqualification.funnel.FunnelRun;
import org.leadqualification.funnel.FunnelStep;
import org.leadqualification.funnel.FunnelText;
import org.leadqualification.funnel.JudgeAt;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.rules.profile.ProfileSource;
import org.leadqualification.rules.profile.ScoringProfile;
import org.leadqualification.sla.SlaPolicy;
import org.leadqualification.sla.SlaRequirement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qualify funnel}: the funnel report of leads with history (stage history, outcome, sales follow-up) over a
 * period, as text, JSON or one self-contained HTML page. Leads are streamed: any number runs in little memory.
 */
@Command(name = "funnel",
        description = {"Reports the funnel of leads with history over a period: cohort and period conversion, "
                + "velocity, sources, engagement by stage, signals of won and lost leads, score calibration of the "
                + "rules and the marketing-sales SLA.",
                "Each lead that cannot be read is reported on standard error as one JSON line and counted in the "
                        + "report's errors; the other leads are analysed."})
final class FunnelCommand implements Callable<Integer> {
    /** How the report is printed. */
    enum Format {
        /** Text tables. */
        TEXT,
        /** JSON, in the shape of the funnel report schema. */
        JSON,
        /** One self-contained HTML page with charts. */
        HTML
    }

    @ParentCommand
    private Qualify root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Option(names = "--from", required = true, paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "Start of the period: the cohort is the leads created from it (inclusive).")
    private Instant from;

    @Option(names = "--to", required = true, paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "End of the period (exclusive).")
    private Instant to;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "Judge the data as of this instant; later history is ignored (default: the end of the "
                    + "period).")
    private Instant asOf;

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "90d",
            description = "Conversion window: a step counts as converted when reached within it, e.g. 30d, 72h or "
                    + "P30D (default: ${DEFAULT-VALUE}).")
    private String window;

    @Option(names = "--judge-at", paramLabel = "WHEN", defaultValue = "as-of",
            description = "When the rules judge each lead for score calibration: as-of, created+DURATION "
                    + "(e.g. created+14d), or a step reached: mql, sql, opportunity (default: ${DEFAULT-VALUE}).")
    private String judgeAt;

    @Option(names = "--no-judge", description = "Do not judge the leads with the rules: no calibration or rule "
            + "signals (faster).")
    private boolean noJudge;

    @Option(names = "--rejudge-milestones", description = "Also judge each lead at each of its stage changes and "
            + "report how often the rules agree with the recorded stage.")
    private boolean rejudgeMilestones;

    @Option(names = "--sla", paramLabel = "STAGE:REQUIREMENT=DURATION", split = ",",
            description = "A follow-up deadline, repeatable, e.g. SQL:FIRST_TOUCH=24h; requirements "
                    + "ACCEPTED_OR_REJECTED, FIRST_TOUCH (default: the scoring profile's sla section; the default "
                    + "profile's is MQL:ACCEPTED_OR_REJECTED=5d,SQL:FIRST_TOUCH=24h).")
    private List<String> sla = new ArrayList<>();

    @Option(names = "--max-breaches", paramLabel = "N", defaultValue = "1000",
            description = "How many open SLA breaches to list, most late first; all are counted "
                    + "(default: ${DEFAULT-VALUE}).")
    private int maxBreaches;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or html (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    private Path output;

    @Mixin
    private LeadsFile input = new LeadsFile();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        FunnelAnalyzer.Builder builder = FunnelAnalyzer.builder();
        try {
            builder.period(from, to).conversionWindow(duration(window, "--window")).sla(slaPolicy())
                    .maxListedBreaches(maxBreaches);
            if (asOf != null) {
                builder.asOf(asOf);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (noJudge && rejudgeMilestones) {
            throw new ParameterException(spec.commandLine(), "--rejudge-milestones needs the rules: drop --no-judge");
        }
        long errors;
        FunnelReport report;
        try (EngineFactory.Engine e = noJudge ? null : root.engines().open(engine.spec());
             InputStream in = input.open(root.stdin())) {
            if (e != null) {
                builder.qualifier(e.qualifier(), judgeAt()).rejudgeAtMilestones(rejudgeMilestones);
            }
            FunnelAnalyzer analyzer;
            try {
                analyzer = builder.build();
            } catch (IllegalStateException ex) {
                throw new ParameterException(spec.commandLine(), ex.getMessage());
            }
            FunnelRun run = analyzer.start();
            LeadJson json = LeadJson.standard();
            errors = 0;
            try (LeadReader leads = json.readLeads(in);
                 Progress progress = Progress.start(root.interactive(), "Analysing")) {
                while (leads.hasNext()) {
                    LeadItem item = leads.next();
                    if (item.lead().isPresent()) {
                        run.add(item.lead().get());
                    } else {
                        errors++;
                        run.addError();
                        err.println(json.writeError(item.error().orElseThrow()));
                    }
                    progress.step();
                }
            }
            report = run.report();
        }
        write(report);
        return errors == 0 ? Qualify.OK : Qualify.SOME_FAILED;
    }

    private void write(FunnelReport report) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case TEXT -> out.print(FunnelText.render(report));
                case JSON -> out.println(FunnelJson.toJson(report));
                case HTML -> out.print(FunnelHtml.render(report));
            }
            out.flush();
            return;
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            switch (format) {
                case TEXT -> out.write(FunnelText.render(report).getBytes(StandardCharsets.UTF_8));
                case JSON -> FunnelJson.write(report, out);
                case HTML -> FunnelHtml.write(report, out);
            }
        }
    }

    private JudgeAt judgeAt() {
        String w = judgeAt.strip().toLowerCase(Locale.ROOT);
        if (w.equals("as-of")) {
            return JudgeAt.reportAsOf();
        }
        if (w.startsWith("created+")) {
            return JudgeAt.afterCreation(duration(w.substring("created+".length()), "--judge-at"));
        }
        try {
            FunnelStep step = FunnelStep.valueOf(w.toUpperCase(Locale.ROOT));
            if (step != FunnelStep.LEAD && step != FunnelStep.WON) {
                return JudgeAt.whenReached(step);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--judge-at: expected as-of, created+DURATION, mql, sql "
                + "or opportunity, got \"" + judgeAt + "\"");
    }

    /** The deadlines given with {@code --sla}, else those of the scoring profile (its {@code sla} section). */
    private SlaPolicy slaPolicy() {
        if (sla.isEmpty()) {
            return engine.spec().profile().map(ProfileSource::load).orElseGet(ScoringProfile::defaults).sla()
                    .policy();
        }
        SlaPolicy.Builder b = SlaPolicy.builder();
        for (String term : sla) {
            int colon = term.indexOf(':');
            int eq = term.indexOf('=');
            if (colon < 0 || eq < colon) {
                throw new ParameterException(spec.commandLine(), "--sla: expected STAGE:REQUIREMENT=DURATION, e.g. "
                        + "SQL:FIRST_TOUCH=24h, got \"" + term + "\"");
            }
            try {
                RecordedStage stage = RecordedStage.valueOf(term.substring(0, colon).strip().toUpperCase(Locale.ROOT));
                SlaRequirement req = SlaRequirement.valueOf(term.substring(colon + 1, eq).strip()
                        .toUpperCase(Locale.ROOT));
                b.deadline(stage, req, duration(term.substring(eq + 1), "--sla"));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--sla \"" + term + "\": " + e.getMessage());
            }
        }
        return b.build();
    }

    /** {@code 30d}, {@code 72h}, {@code 90m} or an ISO-8601 duration ({@code P30D}, {@code PT24H}). */
    private Duration duration(String text, String option) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 'd' -> Duration.ofDays(n);
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), option + ": expected a duration such as 30d, 24h, 90m "
                    + "or P30D, got \"" + text + "\"");
        }
    }
}
