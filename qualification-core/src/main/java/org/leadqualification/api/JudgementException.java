package org.leadqualification.api;

import java.util.Objects;
import java.util.Optional;

/** A rule failed while judging a lead: the lead gets no result; the message names the rule. */
public class JudgementException extends LeadQualificationException {
    private static final long serialVersionUID = 1L;

    private final String leadId;
    private final String rule;

    /**
     * @param leadId the lead being judged
     * @param rule   the rule that failed, or null when no single rule is to blame
     * @param message what went wrong
     * @param cause  the failure
     */
    public JudgementException(String leadId, String rule, String message, Throwable cause) {
        super("lead \"" + leadId + "\": " + (rule == null ? "" : "rule \"" + rule + "\" failed: ") + message, cause);
        this.leadId = Objects.requireNonNull(leadId, "leadId");
        this.rule = rule;
    }

    /** @return the lead being judged */
    public String leadId() {
        return leadId;
    }

    /** @return the rule that failed, if one rule is to blame */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }
}
