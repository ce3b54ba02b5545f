package org.leadqualification.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalInt;
import org.leadqualification.api.InvalidLeadException;
import org.leadqualification.api.JudgementException;
import org.leadqualification.api.LeadQualificationException;
import org.leadqualification.json.LeadJson;
import org.leadqualification.rules.InvalidRulesException;
import org.leadqualification.rules.RuleProblem;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How every command fails, in one place: which exit code a failure gives and what it prints on standard error.
 * The commands only return {@link Qualify#OK} or {@link Qualify#SOME_FAILED} and let everything else propagate.
 *
 * <p>A user's mistake (bad usage, invalid rules, profile, scenario files or input file) and an I/O failure print
 * one message, no stack trace: rule problems one per line with file and line, a lead that cannot be read as the
 * JSON error line {@code score} prints for every bad lead, anything else as {@code qualify <command>: message}.
 * Any other exception is a bug and keeps its stack trace.
 */
final class Failures implements CommandLine.IExitCodeExceptionMapper, CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler {

    /** An exception no command expects: exits like an I/O failure, the run could not be completed. */
    private static final int UNEXPECTED = Qualify.IO_FAILURE;

    /**
     * @param failure what a command threw, or a usage error
     * @return its exit code
     */
    @Override
    public int getExitCode(Throwable failure) {
        return expected(failure).orElse(UNEXPECTED);
    }

    /** The exit code of a failure the commands expect; empty for a bug. */
    private static OptionalInt expected(Throwable failure) {
        if (failure instanceof InvalidLeadException || failure instanceof JudgementException) {
            return OptionalInt.of(Qualify.SOME_FAILED); // one lead's error, as score reports those
        }
        if (failure instanceof LeadQualificationException // invalid rules, profile or scenario files
                || failure instanceof LeadInput.InvalidInputException
                || failure instanceof ParameterException) {
            return OptionalInt.of(Qualify.INVALID);
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return OptionalInt.of(Qualify.IO_FAILURE);
        }
        return OptionalInt.empty();
    }

    /** Bad usage: says what is wrong and how to get help, or suggests the option or command meant. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("qualify: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        return getExitCode(e);
    }

    /** A command threw: prints why, for a person, and gives the exit code. */
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        String command = cmd.getCommandSpec().qualifiedName();
        if (expected(e).isEmpty()) {
            err.println("qualify: unexpected failure: " + e);
            e.printStackTrace(err);
        } else if (e instanceof InvalidRulesException rules) {
            List<RuleProblem> problems = rules.problems();
            err.println(command + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in the rules:");
            problems.forEach(p -> err.println("  " + p));
        } else if (e instanceof InvalidLeadException lead) {
            err.println(LeadJson.standard().writeError(lead.error()));
        } else {
            err.println(command + ": " + message(e));
        }
        return getExitCode(e);
    }

    /** An {@link UncheckedIOException} made from its cause alone repeats the cause's class name: leave it out. */
    private static String message(Exception e) {
        if (e instanceof UncheckedIOException unchecked) {
            IOException cause = unchecked.getCause();
            return e.getMessage().equals(cause.toString()) ? cause.getMessage()
                    : e.getMessage() + ": " + cause.getMessage();
        }
        return e.getMessage();
    }
}
