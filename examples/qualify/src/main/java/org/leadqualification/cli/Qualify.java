package org.leadqualification.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/**
 * The {@code qualify} command line: {@code score} judges leads, {@code verify} runs rule scenarios, {@code impact}
 * compares two rule sets on the same leads. Run it with {@code java -jar qualify.jar <command> ...}.
 *
 * <p>Exit codes, for every command: {@value #OK} all done, {@value #SOME_FAILED} some leads had errors (or some
 * scenarios failed), {@value #INVALID} bad usage or invalid rules, profile or scenario files,
 * {@value #IO_FAILURE} the input or output could not be read or written. {@link Failures} maps what the commands
 * throw to these codes.
 */
@Command(name = "qualify",
        // Subcommands inherit -h/-V, the version and the exit codes: each is declared here once.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Qualify.Version.class,
        description = "Judges sales leads with the lead-qualification rules, checks rule scenarios and previews "
                + "the effect of a rule or profile change.",
        subcommands = {ScoreCommand.class, VerifyCommand.class, ImpactCommand.class, FunnelCommand.class,
                AccountsCommand.class, LearnCommand.class,
                HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every lead was judged (verify: every scenario passed)",
                "1:some leads had errors (verify: some scenarios failed)",
                "2:bad usage, or invalid rules, profile or scenario files",
                "3:the input or output could not be read or written"})
public final class Qualify implements Callable<Integer> {
    /** Every lead judged, every scenario passed. */
    public static final int OK = 0;
    /** Some leads could not be read or judged, or some scenarios failed. */
    public static final int SOME_FAILED = 1;
    /** Bad usage, or invalid rules, profile or scenario files. */
    public static final int INVALID = 2;
    /** The input or output failed. */
    public static final int IO_FAILURE = 3;

    private final InputStream stdin;
    private final EngineFactory engines;
    private final boolean interactive;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Qualify(InputStream stdin, EngineFactory engines, boolean interactive) {
        this.stdin = stdin;
        this.engines = engines;
        this.interactive = interactive;
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        CommandLine cli = commandLine(System.in, EngineFactory.building(), Terminal.isInteractive());
        // Buffered UTF-8 output: JSON is UTF-8 whatever the platform, and a million lines must not flush each.
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        if (out.checkError() && code == OK) {
            code = IO_FAILURE;
        }
        System.exit(code);
    }

    /**
     * The command line, ready to {@link CommandLine#execute(String...) execute}; set its out and err writers to
     * capture what it prints.
     *
     * @param stdin       what {@code -} or a missing file argument reads
     * @param engines     builds (or reuses) rule engines
     * @param interactive whether a person watches standard error, so a progress bar may be shown
     * @return the command line
     */
    public static CommandLine commandLine(InputStream stdin, EngineFactory engines, boolean interactive) {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(engines, "engines");
        CommandLine cli = new CommandLine(new Qualify(stdin, engines, interactive));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        Failures failures = new Failures();
        cli.setExitCodeExceptionMapper(failures);
        cli.setParameterExceptionHandler(failures);
        cli.setExecutionExceptionHandler(failures);
        return cli;
    }

    /** Without a command: says so and shows what there is. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("qualify: a command is required: score, verify, impact, funnel, accounts or learn");
        spec.commandLine().usage(err);
        return INVALID;
    }

    InputStream stdin() {
        return stdin;
    }

    EngineFactory engines() {
        return engines;
    }

    boolean interactive() {
        return interactive;
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Qualify.class.getPackage().getImplementationVersion();
            return new String[] {"qualify " + (v == null ? "(development build)" : v)};
        }
    }
}
