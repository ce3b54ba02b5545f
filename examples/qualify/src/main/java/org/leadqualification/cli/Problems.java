package org.leadqualification.cli;

import java.io.PrintWriter;
import java.util.List;
import org.leadqualification.rules.InvalidRulesException;
import org.leadqualification.rules.RuleProblem;

/** Prints why rules, a profile or scenario files are invalid, for a person: what and where, no stack traces. */
final class Problems {
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
            problems.forEach(p -> err.println("  " + p));
        } else {
            err.println(command + ": " + e.getMessage());
        }
    }
}
