package org.leadqualification.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.model.Lead;
import org.leadqualification.rules.AccountQualifier;
import picocli.CommandLine.Option;

/**
 * How {@code accounts} and {@code impact --accounts} group leads into accounts, in bounded memory. By default every
 * lead is held until the input ends (at most {@code --max-leads}), then the accounts are judged in account order.
 * With {@code --grouped} the input must already be grouped by account (all leads of an account one after the
 * other, e.g. sorted by domain): each account is judged as soon as the next begins, so memory holds one account;
 * a lead of an account that already ended is an error of that lead.
 */
final class AccountGrouping {

    @Option(names = "--grouped", description = "The input is grouped by account (each account's leads together): "
            + "judge each account as soon as it ends, holding one account in memory.")
    boolean grouped;

    @Option(names = "--max-leads", paramLabel = "N", defaultValue = "1000000",
            description = "Without --grouped, the most leads held in memory; more is an error (exit 2). "
                    + "Default: ${DEFAULT-VALUE}.")
    long maxLeads;

    /** What is done with each account. */
    interface AccountHandler {
        void account(String accountId, List<Lead> leads) throws IOException;
    }

    /**
     * Reads the leads, reports those that cannot be read or name no account on {@code err} as JSON error lines,
     * and hands every account to {@code handler}.
     *
     * @param cli the command, for usage errors
     *
     * @return how many leads had errors
     */
    long read(picocli.CommandLine cli, InputStream in, AccountQualifier engine, PrintWriter err,
              AccountHandler handler) throws IOException {
        if (maxLeads < 1) {
            throw new picocli.CommandLine.ParameterException(cli,
                    "--max-leads must be >= 1, got " + maxLeads);
        }
        LeadJson json = LeadJson.standard();
        long errors = 0;
        long held = 0;
        Map<String, List<Lead>> buffered = new TreeMap<>();
        Set<String> done = new HashSet<>();
        String current = null;
        List<Lead> group = new ArrayList<>();
        try (LeadReader leads = json.readLeads(in)) {
            while (leads.hasNext()) {
                LeadItem item = leads.next();
                if (item.lead().isEmpty()) {
                    errors++;
                    err.println(json.writeError(item.error().orElseThrow()));
                    continue;
                }
                Lead lead = item.lead().get();
                Optional<String> account = engine.accountOf(lead);
                if (account.isEmpty()) {
                    errors++;
                    err.println(json.writeError(new LeadError(Optional.of(lead.id()), item.index(), Optional.empty(),
                            "no account: the lead has no accountId, and neither a company domain nor an e-mail "
                                    + "domain that is not a free-mail domain")));
                    continue;
                }
                String id = account.get();
                if (grouped) {
                    if (!id.equals(current)) {
                        if (current != null) {
                            handler.account(current, group);
                            done.add(current);
                            group = new ArrayList<>();
                        }
                        if (done.contains(id)) {
                            errors++;
                            err.println(json.writeError(new LeadError(Optional.of(lead.id()), item.index(),
                                    Optional.empty(), "account \"" + id + "\" already ended: with --grouped, the "
                                    + "leads of an account must come together")));
                            current = null;
                            continue;
                        }
                        current = id;
                    }
                    group.add(lead);
                } else {
                    if (++held > maxLeads) {
                        throw new picocli.CommandLine.ParameterException(cli,
                                "more than --max-leads " + maxLeads + " leads: raise --max-leads, or sort the input "
                                        + "by account and use --grouped");
                    }
                    buffered.computeIfAbsent(id, k -> new ArrayList<>()).add(lead);
                }
            }
        }
        if (grouped && current != null) {
            handler.account(current, group);
        }
        for (Map.Entry<String, List<Lead>> e : buffered.entrySet()) {
            handler.account(e.getKey(), e.getValue());
        }
        return errors;
    }
}
