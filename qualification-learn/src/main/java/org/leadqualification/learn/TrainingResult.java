package org.leadqualification.learn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Dimension;
import org.leadqualification.rules.likelihood.LikelihoodModel;

/**
 * What training gave: the model (its file records the training period, counts and held-out metrics), the held-out
 * leads, and what was left out.
 *
 * @param model           the model, with {@link LikelihoodModel#training()} and {@link LikelihoodModel#heldOut()}
 * @param heldOut         the newest leads, not trained on, each with the instant it was judged at: to compare
 *                        profiles on ({@link ProfileProposal#compare})
 * @param withoutOutcome  leads left out because their deal is open or has no outcome
 * @param withoutInstant  leads left out because they have no decision instant (no {@code createdAt}, or never
 *                        reached the stage)
 * @param notJudged       leads left out because the rules failed on them
 * @param ruleDimensions  the dimension each rule gave its points in, over every judged lead (a rule seen giving
 *                        points in two dimensions is left out): what {@link ProfileProposal#propose} weighs a
 *                        rule's points by
 */
public record TrainingResult(LikelihoodModel model, List<HeldOutLead> heldOut, long withoutOutcome,
                             long withoutInstant, long notJudged, Map<String, Dimension> ruleDimensions) {

    /** @throws NullPointerException if a component is null */
    public TrainingResult {
        Objects.requireNonNull(model, "model");
        heldOut = List.copyOf(heldOut);
        ruleDimensions = java.util.Collections.unmodifiableMap(new TreeMap<>(ruleDimensions));
    }

    /**
     * A held-out lead.
     *
     * @param lead     the lead as given, outcome included
     * @param decision the instant it is judged at
     * @param won      whether it was won
     */
    public record HeldOutLead(Lead lead, Instant decision, boolean won) {
        /** @throws NullPointerException if a component is null */
        public HeldOutLead {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(decision, "decision");
        }
    }
}
