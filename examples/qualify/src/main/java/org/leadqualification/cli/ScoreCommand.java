package org.leadqualification.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.api.Outcome;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.json.OutcomeWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code qualify score}: reads leads, judges each as it is read and prints its result, so an input of any size
 * runs in little memory.
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
                    + "(0..1) and each feature's contribution to it.")
    private Path model;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The leads: a JSON array or JSON Lines; '-' or nothing reads standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant at = asOf.instant();
        try (EngineFactory.Engine e = root.engines().open(engine.spec().withLikelihoodModel(Optional.ofNullable(model)));
             InputStream in = LeadInput.open(file, root.stdin())) {
            long errors = judge(e.qualifier(), in, at, out, err);
            return errors == 0 ? Qualify.OK : Qualify.SOME_FAILED;
        }
    }

    private long judge(LeadQualifier qualifier, InputStream in, Instant at, PrintWriter out, PrintWriter err)
            throws IOException {
        LeadJson json = LeadJson.standard();
        long errors = 0;
        try (LeadReader leads = json.readLeads(in);
             ResultSink sink = sink(out, at);
             Progress progress = Progress.start(root.interactive(), "Judging")) {
            while (leads.hasNext()) {
                LeadItem item = leads.next();
                Outcome outcome = item.judge(qualifier, at);
                if (outcome instanceof Outcome.Judged judged) {
                    sink.accept(judged.result());
                } else {
                    errors++;
                    err.println(json.writeError(((Outcome.Failed) outcome).cause()));
                }
                progress.step();
            }
            sink.finish(errors);
        }
        return errors;
    }

    private ResultSink sink(PrintWriter out, Instant at) throws IOException {
        return switch (format) {
            case TABLE -> new ResultTable(out, at, model != null);
            case JSON -> ResultSink.json(LeadJson.standard().pretty(), out, OutcomeWriter.Format.JSON_ARRAY);
            case JSONL -> ResultSink.json(LeadJson.standard(), out, OutcomeWriter.Format.JSON_LINES);
        };
    }
}
