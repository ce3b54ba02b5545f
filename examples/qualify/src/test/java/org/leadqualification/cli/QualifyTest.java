package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadqualification.cli.Cli.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: help, version and exit codes, declared once on {@code qualify}. */
class QualifyTest {
    private static final String EXIT_CODES = String.join(System.lineSeparator(),
            "Exit codes:",
            "  0   every lead was judged (verify: every scenario passed)",
            "  1   some leads had errors (verify: some scenarios failed)",
            "  2   bad usage, or invalid rules, profile or scenario files",
            "  3   the input or output could not be read or written");

    @ParameterizedTest
    @ValueSource(strings = {"", "score", "verify", "impact"})
    void help_everyCommand_listsTheExitCodesOnce(String command) {
        Cli.Run run = command.isEmpty() ? run("--help") : run(command, "--help");

        assertThat(run.exit()).isEqualTo(Qualify.OK);
        assertThat(run.out()).contains(EXIT_CODES);
        assertThat(run.out().split("Exit codes:", -1)).hasSize(2);
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "verify", "impact"})
    void help_engineOptions_listedOnceInEveryCommand(String command) {
        Cli.Run run = run(command, "--help");

        for (String option : new String[] {"--rules=PATH", "--no-builtin", "--profile=FILE"}) {
            assertThat(run.out().split(option, -1)).as(option).hasSize(3); // the synopsis and the option list
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "verify", "impact"})
    void version_everyCommand(String command) {
        Cli.Run run = run(command, "--version");

        assertThat(run.exit()).isEqualTo(Qualify.OK);
        assertThat(run.out()).startsWith("qualify ");
    }
}
