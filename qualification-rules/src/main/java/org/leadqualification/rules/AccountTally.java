package org.leadqualification.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.leadqualification.result.AccountDimension;
import org.leadqualification.result.AccountReason;
import org.leadqualification.result.AccountStage;
import org.leadqualification.rules.facts.AccountScorecard;

/**
 * The engine's {@link AccountScorecard}: the points and reasons the account rules record for one account, the
 * stages it qualifies for, and which rule is firing. Confined to the thread judging its account.
 */
final class AccountTally implements AccountScorecard {
    private final List<AccountReason> reasons = new ArrayList<>();
    private final Set<AccountStage> qualifications = EnumSet.noneOf(AccountStage.class);
    private final long[] raw = new long[AccountDimension.values().length];
    private String currentRule = "(no rule)";
    private boolean classifying;

    @Override
    public void add(AccountDimension dimension, int points, String detail, List<String> contacts) {
        Objects.requireNonNull(dimension, "dimension");
        if (classifying) {
            throw new IllegalStateException("points can no longer be added once account classification has started: "
                    + "a rule that matches AccountScores may only call qualify");
        }
        if (points != 0) {
            raw[dimension.ordinal()] += points;
            reasons.add(new AccountReason(currentRule, java.util.Optional.of(dimension), points,
                    java.util.Optional.ofNullable(detail), sorted(contacts)));
        }
    }

    @Override
    public void qualify(AccountStage stage, String detail, List<String> contacts) {
        Objects.requireNonNull(stage, "stage");
        if (stage == AccountStage.COLD) {
            throw new IllegalArgumentException("COLD cannot be qualified for: it holds when no other stage does");
        }
        qualifications.add(stage);
        reasons.add(new AccountReason(currentRule, java.util.Optional.empty(), 0, java.util.Optional.ofNullable(detail),
                sorted(contacts)));
    }

    private static List<String> sorted(List<String> contacts) {
        if (contacts == null || contacts.isEmpty()) {
            return List.of();
        }
        return contacts.stream().distinct().sorted().toList();
    }

    void enter(String rule) {
        this.currentRule = rule;
    }

    String currentRule() {
        return currentRule;
    }

    void startClassification() {
        this.classifying = true;
    }

    long raw(AccountDimension d) {
        return raw[d.ordinal()];
    }

    List<AccountReason> reasons() {
        return reasons;
    }

    Set<AccountStage> qualifications() {
        return qualifications;
    }
}
