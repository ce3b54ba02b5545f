package org.leadqualification.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.api.Outcome;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.json.OutcomeWriter;
import org.leadqualification.json.ParallelJudging;
import org.leadqualification.rules.RuleBasedQualifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qualify score}: reads leads, judges them on {@code --threads} threads and prints their results in input
 * order as they come, so an input of any size runs in little memory and the output is the same for any number of
 * threads.
 */
@Command(name = "score",
        description = {"Judges leads and prints their results.",
                "Reads a JSON array of leads or JSON Lines from FILE, or from standard input for '-' or no FILE. "
                        + "Each lead that cannot be read or judged is reported on standard error as one JSON "
                        + "line {\"leadId\", \"index\", \"path\", \"message\"}; the other leads are judged."})
final class ScoreCommand implements Callable<Integer> {

    /** How results are printed. */
    enum Format {
        /** Aligned columns for people. */
        TABLE,
        /** One JSON array of results. */
        JSON,
        /** One result per line. */
        JSONL
    }

    @ParentCommand
    private Qualify root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Mixin
    private AsOfOption asOf = new AsOfOption();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json (an array of results) or jsonl (one result per line); default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A likelihood model file (as 'qualify learn' writes it): every result gets a likelihood "
                    + "(0..1) and each feature's contribution to it. Without it, the model the profile names "
                    + "(likelihood.model), if any.")
    private Path model;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many threads judge: one reads, N judge, results stay in input order; "
                    + "default: the available processors (${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    private LeadsFile input = new LeadsFile();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant at = asOf.instant();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--threads': expected 1 or more, got " + threads);
        }
        try (EngineFactory.Engine e = root.engines().open(engine.spec().withLikelihoodModel(Optional.ofNullable(model)));
             InputStream in = input.open(root.stdin())) {
            long errors = judge(e.qualifier(), in, at, out, err);
            return errors == 0 ? Qualify.OK : Qualify.SOME_FAILED;
        }
    }

    private long judge(LeadQualifier qualifier, InputStream in, Instant at, PrintWriter out, PrintWriter err)
            throws IOException {
        LeadJson json = LeadJson.standard();
        long[] errors = {0};
        boolean lines = format == Format.JSONL;
        // JSON Lines are written as text made on the judging threads, so the one writing thread only copies them.
        ThreadLocal<LineRenderer> renderers = ThreadLocal.withInitial(() -> new LineRenderer(json));
        try (LeadReader leads = json.readLeads(in);
             ResultSink sink = sink(out, at, qualifier instanceof RuleBasedQualifier r
                     && r.likelihoodModel().isPresent());
             Progress progress = Progress.start(root.interactive(), "Judging")) {
            ParallelJudging.judge(leads, qualifier, at, threads, outcome -> {
                if (outcome instanceof Outcome.Failed failed) {
                    return new Rendered(outcome, json.writeError(failed.cause()));
                }
                return new Rendered(outcome, lines ? renderers.get().line(outcome) : null);
            }, rendered -> {
                if (rendered.outcome() instanceof Outcome.Judged judged) {
                    if (rendered.text() != null) {
                        sink.acceptText(rendered.text());
                    } else {
                        sink.accept(judged.result());
                    }
                } else {
                    errors[0]++;
                    err.println(rendered.text());
                }
                progress.step();
            });
            sink.finish(errors[0]);
        }
        return errors[0];
    }

    /** An outcome and, when made on the judging thread, its text. */
    private record Rendered(Outcome outcome, String text) {
    }

    /** Writes one result as the JSON Lines {@link OutcomeWriter} would, into a reused buffer. One per thread. */
    private static final class LineRenderer {
        private final StringWriter buffer = new StringWriter(4096);
        private final OutcomeWriter writer;

        LineRenderer(LeadJson json) {
            try {
                writer = json.outcomeWriter(buffer, OutcomeWriter.Format.JSON_LINES);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not fail
            }
        }

        String line(Outcome outcome) {
            try {
                writer.write(outcome);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String text = buffer.toString();
            buffer.getBuffer().setLength(0);
            return text;
        }
    }

    /** @param likelihood whether the engine has a likelihood model (--model, or the profile's likelihood.model) */
    private ResultSink sink(PrintWriter out, Instant at, boolean likelihood) throws IOException {
        return switch (format) {
            case TABLE -> new ResultTable(out, at, likelihood);
            case JSON -> ResultSink.json(LeadJson.standard().pretty(), out, OutcomeWriter.Format.JSON_ARRAY);
            case JSONL -> ResultSink.lines(out); // the judging threads render the lines
        };
    }
}
