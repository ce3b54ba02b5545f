package org.leadqualification.regression;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadqualification.model.Lead;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.Stage;

/**
 * One account case of a regression suite: an account's leads, the instant to judge them at, and what the account
 * result must be. Read from the {@code accountScenarios} list of a scenario file ({@link AccountScenarios}).
 *
 * @param name        unique within its file; the test's name
 * @param description what the case is about, for a person
 * @param file        the file it was written in, as it was named when loaded (a path, or {@code classpath:} and the
 *                    resource name)
 * @param line        the 1-based line it starts on in that file; 0 when unknown
 * @param accountId   the account to judge the leads as
 * @param leads       the account's leads, in file order
 * @param asOf        the instant to judge at
 * @param expect      what the result must be
 */
public record AccountScenario(String name, Optional<String> description, String file, int line, String accountId,
                              List<Lead> leads, Instant asOf, Expect expect) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public AccountScenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? Optional.empty() : description;
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
        Objects.requireNonNull(accountId, "accountId");
        leads = List.copyOf(leads);
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(expect, "expect");
    }

    /** @return {@code file:line}, or just the file when the line is unknown */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    /**
     * What an account result must be; every part is optional (empty), but a scenario expects something.
     *
     * @param stage          the account stage
     * @param score          the account score's range
     * @param dimensions     ranges of dimension scores, by name ({@code fit}, {@code engagement}, {@code committee},
     *                       {@code intent})
     * @param includes       account stages that must be among the qualifications
     * @param excludes       account stages that must not be
     * @param rulesFired     rule names that must appear in the reasons
     * @param rulesNotFired  rule names that must not
     * @param actionContains text the recommended action must contain, ignoring case
     * @param contactStages  contacts' own stages, by lead id
     * @param contactErrors  the lead ids that must be the contact errors, exactly (sorted)
     */
    public record Expect(Optional<AccountStage> stage, Optional<Expectations.Range> score,
                         Map<String, Expectations.Range> dimensions, Set<AccountStage> includes,
                         Set<AccountStage> excludes, List<String> rulesFired, List<String> rulesNotFired,
                         Optional<String> actionContains, Map<String, Stage> contactStages,
                         Optional<List<String>> contactErrors) {

        /** Copies the collections. */
        public Expect {
            dimensions = Map.copyOf(dimensions);
            includes = Set.copyOf(includes);
            excludes = Set.copyOf(excludes);
            rulesFired = List.copyOf(rulesFired);
            rulesNotFired = List.copyOf(rulesNotFired);
            contactStages = Map.copyOf(contactStages);
        }

        /** @return true if nothing is expected */
        public boolean isEmpty() {
            return stage.isEmpty() && score.isEmpty() && dimensions.isEmpty() && includes.isEmpty()
                    && excludes.isEmpty() && rulesFired.isEmpty() && rulesNotFired.isEmpty()
                    && actionContains.isEmpty() && contactStages.isEmpty() && contactErrors.isEmpty();
        }
    }
}
