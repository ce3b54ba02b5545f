package org.leadqualification.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code qualify} in-process with captured output; engines are compiled once for all test classes. */
final class Cli {
    /** Shared by every test in the JVM: compiling the rules takes seconds. */
    static final EngineFactory ENGINES = EngineFactory.caching();

    static final Path SAMPLE_LEADS = Path.of("../data/sample-leads.json");
    static final String AS_OF = "2026-11-01T00:00:00Z";
    static final Path RESOURCES = Path.of("src/test/resources");

    private Cli() {
    }

    /**
     * @param out  standard output
     * @param err  standard error
     * @param exit the exit code
     */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    static Run runWithInput(String stdin, String... args) {
        return runWithInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static Run runWithInput(InputStream stdin, String... args) {
        return runWithEngines(ENGINES, stdin, args);
    }

    static Run runWithEngines(EngineFactory engines, InputStream stdin, String... args) {
        CommandLine cli = Qualify.commandLine(stdin, engines, false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * @param after how many bytes of {@code text} are read before reading fails
     * @return an input that fails with {@code IOException("device gone")} after that many bytes
     */
    static InputStream failingAfter(String text, int after) {
        return new InputStream() {
            private final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            private int read;

            @Override
            public int read() throws IOException {
                if (read == after) {
                    throw new IOException("device gone");
                }
                return read < bytes.length ? bytes[read++] : -1;
            }
        };
    }

    static String resource(String name) {
        return RESOURCES.resolve(name).toString();
    }
}
