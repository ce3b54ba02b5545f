package org.leadqualification.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.leadqualification.api.LeadQualificationException;

/** Rules could not be built. Thrown by {@link RuleBasedQualifier.Builder#build()}, never while judging a lead. */
public class InvalidRulesException extends LeadQualificationException {
    private static final long serialVersionUID = 1L;

    private final List<RuleProblem> problems;

    /**
     * @param problems every problem found, at least one
     * @param cause    the underlying failure, may be null
     */
    public InvalidRulesException(List<RuleProblem> problems, Throwable cause) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the rules:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")), cause);
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, each with its file, line and message */
    public List<RuleProblem> problems() {
        return problems;
    }
}
