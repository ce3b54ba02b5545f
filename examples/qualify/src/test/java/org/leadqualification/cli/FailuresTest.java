package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.JudgementException;
import org.leadqualification.api.Location;
import org.leadqualification.json.LeadJson;
import org.leadqualification.regression.ScenarioLoadException;
import org.leadqualification.rules.InvalidRulesException;
import org.leadqualification.rules.RuleProblem;
import org.leadqualification.rules.profile.InvalidProfileException;
import picocli.CommandLine;

class FailuresTest {

    static Stream<Arguments> exitCodes() {
        return Stream.of(
                Arguments.of(new InvalidRulesException(List.of(RuleProblem.of("a.drl", 3, "bad")), null),
                        Qualify.INVALID),
                Arguments.of(new InvalidProfileException(Location.InFile.of("p.yaml", 0), "weights", "bad", null), Qualify.INVALID),
                Arguments.of(new ScenarioLoadException(List.of(ScenarioLoadException.Problem.at("s.yaml", 4, 1,
                        "bad"))), Qualify.INVALID),
                Arguments.of(new LeadInput.InvalidInputException("cannot read leads from x: no such file"),
                        Qualify.INVALID),
                Arguments.of(usageError(), Qualify.INVALID),
                Arguments.of(invalidLead(), Qualify.SOME_FAILED),
                Arguments.of(new JudgementException("L-1", "Rule", "boom", null), Qualify.SOME_FAILED),
                Arguments.of(new IOException("disk full"), Qualify.IO_FAILURE),
                Arguments.of(new UncheckedIOException(new IOException("disk full")), Qualify.IO_FAILURE),
                Arguments.of(new IllegalStateException("a bug"), Qualify.IO_FAILURE));
    }

    @ParameterizedTest
    @MethodSource("exitCodes")
    void getExitCode_eachFailure_itsDocumentedCode(Throwable failure, int exitCode) {
        assertThat(new Failures().getExitCode(failure)).isEqualTo(exitCode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "impact"})
    void inputFailsWhileReading_exit3_namesTheInput_noStackTrace(String command) throws IOException {
        String leads = Files.readString(Cli.SAMPLE_LEADS);

        Cli.Run run = Cli.runWithInput(Cli.failingAfter(leads, leads.length() / 2), command, "--as-of", Cli.AS_OF, "-");

        assertThat(run.exit()).isEqualTo(Qualify.IO_FAILURE);
        assertThat(run.errLines()).containsExactly("qualify " + command + ": cannot read standard input: device gone");
    }

    @Test
    void aLeadThatCannotBeRead_exit1_itsJsonErrorLine() {
        InvalidLeadException e = invalidLead();

        Cli.Run run = scoreFailingWith(e);

        assertThat(run.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(run.errLines()).containsExactly(LeadJson.standard().writeError(e.error()));
    }

    @Test
    void aRuleFailing_exit1_namesTheLeadAndTheRule() {
        Cli.Run run = scoreFailingWith(new JudgementException("L-1", "Demo requested", "boom", null));

        assertThat(run.exit()).isEqualTo(Qualify.SOME_FAILED);
        assertThat(run.errLines()).containsExactly("qualify score: lead \"L-1\": rule \"Demo requested\" failed: boom");
    }

    @Test
    void aBug_exit3_keepsItsStackTrace() {
        Cli.Run run = scoreFailingWith(new IllegalStateException("a bug"));

        assertThat(run.exit()).isEqualTo(Qualify.IO_FAILURE);
        assertThat(run.errLines().get(0))
                .isEqualTo("qualify: unexpected failure: java.lang.IllegalStateException: a bug");
        assertThat(run.err()).contains("\tat ");
    }

    private static CommandLine.ParameterException usageError() {
        return new CommandLine.ParameterException(Qualify.commandLine(System.in, Cli.ENGINES, false), "bad");
    }

    private static InvalidLeadException invalidLead() {
        return catchThrowableOfType(() -> LeadJson.standard().readQualification("{\"leadId\":\"L-1\"}"),
                InvalidLeadException.class);
    }

    /** {@code qualify score} whose engine fails to open with {@code failure}. */
    private static Cli.Run scoreFailingWith(RuntimeException failure) {
        return Cli.runWithEngines(spec -> {
            throw failure;
        }, new ByteArrayInputStream(new byte[0]), "score", "-");
    }
}
