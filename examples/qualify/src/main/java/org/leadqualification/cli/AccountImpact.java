package org.leadqualification.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.LeadJson;
import org.leadqualification.result.AccountDimension;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.AccountReason;
import org.leadqualification.result.AccountStage;
import org.leadqualification.rules.AccountQualifier;

/**
 * {@code qualify impact --accounts}: the same accounts judged with the baseline and the candidate, the accounts that
 * change stage with the reasons that differ (compared by rule, dimension, points and contacts), the account-stage
 * transitions and the mean shift of the account score and each account dimension.
 */
final class AccountImpact {
    private final Map<AccountStage, Map<AccountStage, Integer>> transitions = new EnumMap<>(AccountStage.class);
    private final List<ObjectNode> changes = new ArrayList<>();
    private final long[] dimensionShift = new long[AccountDimension.values().length];
    private long scoreShift;
    private long accounts;

    /**
     * @return how many leads had errors (on either side)
     */
    long run(picocli.CommandLine cli, AccountGrouping grouping, AccountQualifier baseline, AccountQualifier candidate,
             InputStream in, Instant at, boolean json, String baselineName, String candidateName, PrintWriter out,
             PrintWriter err) throws IOException {
        LeadJson lj = LeadJson.standard();
        long[] errors = {0};
        if (!json) {
            out.println("Baseline:  " + baselineName);
            out.println("Candidate: " + candidateName);
            out.println("As of:     " + at);
            out.println();
            out.println("Accounts that change stage:");
        }
        errors[0] += grouping.read(cli, in, baseline, err, (id, leads) -> {
            AccountQualification b = baseline.qualify(id, leads, at);
            AccountQualification c = candidate.qualify(id, leads, at);
            for (LeadError e : b.contactErrors()) {
                errors[0]++;
                err.println(lj.writeError(e));
            }
            accounts++;
            transitions.computeIfAbsent(b.stage(), k -> new EnumMap<>(AccountStage.class))
                    .merge(c.stage(), 1, Integer::sum);
            scoreShift += c.score() - b.score();
            for (AccountDimension d : AccountDimension.values()) {
                dimensionShift[d.ordinal()] += c.dimensions().get(d) - b.dimensions().get(d);
            }
            if (b.stage() != c.stage()) {
                List<String> only = diff(b.reasons(), c.reasons());
                List<String> added = diff(c.reasons(), b.reasons());
                ObjectNode change = MAPPER.createObjectNode();
                change.put("accountId", id).put("baseline", b.stage().name()).put("candidate", c.stage().name())
                        .put("baselineScore", b.score()).put("candidateScore", c.score());
                only.forEach(change.putArray("onlyInBaseline")::add);
                added.forEach(change.putArray("onlyInCandidate")::add);
                changes.add(change);
                if (!json) {
                    out.printf("  %s  %s -> %s  (score %d -> %d)%n", id, b.stage(), c.stage(), b.score(), c.score());
                    only.forEach(r -> out.println("      - " + r));
                    added.forEach(r -> out.println("      + " + r));
                }
            }
        });
        if (json) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("asOf", at.toString()).put("baseline", baselineName).put("candidate", candidateName);
            ArrayNode ch = o.putArray("changes");
            changes.forEach(ch::add);
            o.put("accounts", accounts).put("changed", changes.size()).put("errors", errors[0]);
            ObjectNode t = o.putObject("transitions");
            for (AccountStage from : AccountStage.values()) {
                ObjectNode row = t.putObject(from.name());
                for (AccountStage to : AccountStage.values()) {
                    row.put(to.name(), transitions.getOrDefault(from, Map.of()).getOrDefault(to, 0));
                }
            }
            ObjectNode m = o.putObject("meanShift").put("score", mean(scoreShift));
            for (AccountDimension d : AccountDimension.values()) {
                m.put(d.jsonName(), mean(dimensionShift[d.ordinal()]));
            }
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            out.println();
            out.println(accounts + " accounts judged both ways, " + changes.size() + " changed stage.");
            out.println();
            out.println("Account-stage transitions (baseline -> candidate: accounts):");
            transitions.forEach((from, row) -> row.forEach((to, n) -> out.println("  " + from + " -> " + to + ": "
                    + n)));
            out.println();
            StringBuilder sb = new StringBuilder("Mean shift (candidate - baseline): score ")
                    .append(ImpactReport.signed(mean(scoreShift)));
            for (AccountDimension d : AccountDimension.values()) {
                sb.append(", ").append(d.jsonName()).append(' ')
                        .append(ImpactReport.signed(mean(dimensionShift[d.ordinal()])));
            }
            out.println(sb);
        }
        out.flush();
        return errors[0];
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private double mean(long sum) {
        return accounts == 0 ? 0 : Math.round(sum * 100.0 / accounts) / 100.0;
    }

    private static List<String> diff(List<AccountReason> a, List<AccountReason> b) {
        List<String> bs = b.stream().map(AccountImpact::key).toList();
        return a.stream().map(AccountImpact::key).filter(k -> !bs.contains(k)).toList();
    }

    private static String key(AccountReason r) {
        return r.rule() + r.dimension().map(d -> " " + d.jsonName() + " " + (r.points() >= 0 ? "+" : "") + r.points())
                .orElse("") + (r.contacts().isEmpty() ? "" : " " + r.contacts());
    }
}
