package org.leadqualification.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leadqualification.json.LeadJson;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;

/** Describes how two results of the same lead differ, for a person reading a failed test. */
final class Diff {
    private Diff() {
    }

    static String describe(Lead lead, String leftName, Qualification left, String rightName, Qualification right) {
        StringBuilder sb = new StringBuilder();
        sb.append("first differing lead: ").append(lead.id()).append('\n');
        sb.append("lead: ").append(LeadJson.standard().writeLead(lead)).append('\n');
        field(sb, "stage", left.stage(), right.stage(), leftName, rightName);
        field(sb, "score", left.score(), right.score(), leftName, rightName);
        field(sb, "grade", left.grade(), right.grade(), leftName, rightName);
        field(sb, "dimensions", left.dimensions(), right.dimensions(), leftName, rightName);
        field(sb, "qualifications", left.qualifications(), right.qualifications(), leftName, rightName);
        field(sb, "recommendedAction", left.recommendedAction(), right.recommendedAction(), leftName, rightName);
        field(sb, "asOf", left.asOf(), right.asOf(), leftName, rightName);
        if (!left.reasons().equals(right.reasons())) {
            List<Reason> onlyLeft = new ArrayList<>(left.reasons());
            onlyLeft.removeAll(right.reasons());
            List<Reason> onlyRight = new ArrayList<>(right.reasons());
            onlyRight.removeAll(left.reasons());
            sb.append("reasons differ\n");
            onlyLeft.forEach(r -> sb.append("  only in ").append(leftName).append(": ").append(r).append('\n'));
            onlyRight.forEach(r -> sb.append("  only in ").append(rightName).append(": ").append(r).append('\n'));
            if (onlyLeft.isEmpty() && onlyRight.isEmpty()) {
                sb.append("  same reasons in another order:\n  ").append(leftName).append(": ")
                        .append(left.reasons()).append("\n  ").append(rightName).append(": ")
                        .append(right.reasons()).append('\n');
            }
        }
        sb.append(leftName).append(": ").append(left).append('\n');
        sb.append(rightName).append(": ").append(right).append('\n');
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, Object l, Object r, String ln, String rn) {
        if (!Objects.equals(l, r)) {
            sb.append(name).append(": ").append(ln).append('=').append(l).append(", ").append(rn).append('=')
                    .append(r).append('\n');
        }
    }
}
