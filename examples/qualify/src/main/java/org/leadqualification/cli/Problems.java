package org.leadqualification.cli;

import java.io.PrintWriter;
import java.util.List;
import org.leadqualification.rules.InvalidRulesException;
import org.leadqualification.rules.RuleProblem;

/** Prints why rules, a profile or scenario files are invalid, for a person: what and where, no stack traces. */
final class Problems {
    /** Drools appends the stack trace of its parser to some messages; a user needs the line above it. */
    private static final String DROOLS_TRACE = "Problem stacktrace";

    private Problems() {
    }

    /**
     * @param err     standard error
     * @param command e.g. {@code qualify score}
     * @param e       the failure, whose message already names the file and line
     */
    static void print(PrintWriter err, String command, RuntimeException e) {
        if (e instanceof InvalidRulesException rules) {
            List<RuleProblem> problems = rules.problems();
            err.println(command + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + " in the rules:");
            problems.forEach(p -> err.println("  " + withoutTrace(p.toString())));
        } else {
            err.println(command + ": " + e.getMessage());
        }
    }

    private static String withoutTrace(String message) {
        int trace = message.indexOf(DROOLS_TRACE);
        return (trace < 0 ? message : message.substring(0, trace)).strip();
    }
}
