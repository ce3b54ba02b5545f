package org.leadqualification.regression;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leadqualification.api.JudgementException;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;

/**
 * A small deterministic qualifier for testing the regression framework without the rule engine.
 *
 * <ul>
 *   <li>fit: industry SOFTWARE +40 "Target industry"; 100 or more employees +30 "Company size"</li>
 *   <li>engagement: each CONTENT_DOWNLOAD +10 "Content downloaded"; each WEBINAR_ATTENDED +20 "Webinar attended"</li>
 *   <li>intent: DEMO_REQUEST +50 "Demo requested"; PRICING_PAGE_VIEW +20 "Pricing page viewed"</li>
 *   <li>bant: budget CONFIRMED +50 "Budget confirmed"</li>
 *   <li>SPAM_COMPLAINT: "Spam complaint", disqualified</li>
 *   <li>MQL when engagement >= 20; SQL when intent >= 50 and fit >= 40</li>
 *   <li>attribute {@code explode}: throws a JudgementException from rule "Exploding rule"</li>
 * </ul>
 * Interactions after {@code asOf} are ignored. Score is the mean of the four dimensions.
 */
final class FakeQualifier implements LeadQualifier {

    @Override
    public Qualification qualify(Lead lead, Instant asOf) {
        if (lead.attributes().containsKey("explode")) {
            throw new JudgementException(lead.id(), "Exploding rule", "boom", new IllegalStateException("boom"));
        }
        List<Reason> reasons = new ArrayList<>();
        if (lead.company().industry().filter("SOFTWARE"::equals).isPresent()) {
            reasons.add(Reason.scored("Target industry", Dimension.FIT, 40, "SOFTWARE"));
        }
        if (lead.company().employees().orElse(0) >= 100) {
            reasons.add(Reason.scored("Company size", Dimension.FIT, 30, String.valueOf(lead.company().employees()
                    .getAsLong())));
        }
        boolean spam = false;
        for (Interaction i : lead.interactions()) {
            if (i.at().isAfter(asOf)) {
                continue;
            }
            String detail = i.type() + " " + i.at();
            switch (i.type()) {
                case "CONTENT_DOWNLOAD" -> reasons.add(Reason.scored("Content downloaded", Dimension.ENGAGEMENT, 10,
                        detail));
                case "WEBINAR_ATTENDED" -> reasons.add(Reason.scored("Webinar attended", Dimension.ENGAGEMENT, 20,
                        detail));
                case "DEMO_REQUEST" -> reasons.add(Reason.scored("Demo requested", Dimension.INTENT, 50, detail));
                case "PRICING_PAGE_VIEW" -> reasons.add(Reason.scored("Pricing page viewed", Dimension.INTENT, 20,
                        detail));
                case "SPAM_COMPLAINT" -> {
                    reasons.add(Reason.classified("Spam complaint", detail));
                    spam = true;
                }
                default -> {
                }
            }
        }
        if (lead.bant().budget() == Budget.CONFIRMED) {
            reasons.add(Reason.scored("Budget confirmed", Dimension.BANT, 50, null));
        }
        int fit = sum(reasons, Dimension.FIT);
        int engagement = sum(reasons, Dimension.ENGAGEMENT);
        int intent = sum(reasons, Dimension.INTENT);
        int bant = sum(reasons, Dimension.BANT);
        Set<Stage> qualifications = EnumSet.noneOf(Stage.class);
        if (spam) {
            qualifications.add(Stage.DISQUALIFIED);
        }
        if (engagement >= 20) {
            qualifications.add(Stage.MQL);
        }
        if (intent >= 50 && fit >= 40) {
            qualifications.add(Stage.SQL);
        }
        Stage stage = qualifications.stream().min((a, b) -> Integer.compare(a.precedence(), b.precedence()))
                .orElse(Stage.UNQUALIFIED);
        Grade grade = fit >= 70 ? Grade.A : fit >= 40 ? Grade.B : fit >= 20 ? Grade.C : fit > 0 ? Grade.D : Grade.F;
        String action = switch (stage) {
            case DISQUALIFIED -> "Do not contact";
            case SQL -> "Hand over to sales: book a discovery call";
            case MQL -> "Nurture with marketing content";
            default -> "Keep collecting signals";
        };
        return new Qualification(lead.id(), asOf, stage, (fit + engagement + intent + bant) / 4, grade,
                new DimensionScores(fit, engagement, intent, bant), reasons, qualifications, action);
    }

    private static int sum(List<Reason> reasons, Dimension d) {
        int total = reasons.stream().filter(r -> r.dimension().orElse(null) == d).mapToInt(Reason::points).sum();
        return Math.max(0, Math.min(100, total));
    }
}
