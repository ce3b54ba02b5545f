package org.leadqualification.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.leadqualification.api.LeadError;
import org.leadqualification.json.LeadJson;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.AccountStage;
import org.leadqualification.rules.AccountQualifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code qualify accounts}: reads leads, groups them by account (their {@code accountId}, company domain or e-mail
 * domain; never a free-mail domain), judges each account and prints its result.
 */
@Command(name = "accounts",
        description = {"Groups leads by account and judges each account: score, dimensions, stage, reasons naming "
                + "their contacts, recommended action and the contacts' own results.",
                "Reads a JSON array of leads or JSON Lines from FILE, or standard input for '-' or no FILE. A lead's "
                        + "account is its accountId, else its company domain, else its e-mail domain; free-mail "
                        + "domains never make an account. Leads that cannot be read, name no account or cannot be "
                        + "judged are reported on standard error as JSON lines; the others are judged."})
final class AccountsCommand implements Callable<Integer> {

    /** How results are printed. */
    enum Format {
        /** Aligned columns for people. */
        TABLE,
        /** One JSON array of account results. */
        JSON,
        /** One account result per line. */
        JSONL
    }

    @ParentCommand
    private Qualify root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private EngineOptions engine = new EngineOptions();

    @Option(names = "--account-rules", paramLabel = "PATH",
            description = "An account .drl file, or a folder of them, judged with the built-in account rules "
                    + "(repeatable).")
    private List<Path> accountRules = new ArrayList<>();

    @Mixin
    private AccountGrouping grouping = new AccountGrouping();

    @Mixin
    private AsOfOption asOf = new AsOfOption();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json (an array of account results) or jsonl (one per line); default: "
                    + "${DEFAULT-VALUE}.")
    private Format format;

    @Mixin
    private LeadsFile input = new LeadsFile();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant at = asOf.instant();
        LeadJson json = LeadJson.standard();
        try (AccountQualifier accounts = build(engine.spec(), accountRules);
             InputStream in = input.open(root.stdin())) {
            long[] errors = {0};
            Map<AccountStage, Integer> stages = new EnumMap<>(AccountStage.class);
            int[] count = {0};
            if (format == Format.TABLE) {
                out.printf("%-24s %-18s %5s %4s %10s %9s %6s %8s  %s%n", "ACCOUNT", "STAGE", "SCORE", "FIT",
                        "ENGAGEMENT", "COMMITTEE", "INTENT", "CONTACTS", "TOP REASONS");
            } else if (format == Format.JSON) {
                out.println("[");
            }
            errors[0] += grouping.read(spec.commandLine(), in, accounts, err, (id, leads) -> {
                AccountQualification a = accounts.qualify(id, leads, at);
                for (LeadError e : a.contactErrors()) {
                    errors[0]++;
                    err.println(json.writeError(e));
                }
                stages.merge(a.stage(), 1, Integer::sum);
                switch (format) {
                    case TABLE -> out.printf("%-24s %-18s %5d %4d %10d %9d %6d %8s  %s%n", id, a.stage(), a.score(),
                            a.dimensions().fit(), a.dimensions().engagement(), a.dimensions().committee(),
                            a.dimensions().intent(), a.contacts().size() + "/" + leads.size(), top(a));
                    case JSON -> out.print((count[0] > 0 ? ",\n" : "") + json.pretty().writeAccountQualification(a));
                    case JSONL -> out.println(json.writeAccountQualification(a));
                }
                count[0]++;
            });
            if (format == Format.JSON) {
                out.println(count[0] > 0 ? "\n]" : "]");
            } else if (format == Format.TABLE) {
                out.println();
                out.println(count[0] + " accounts judged as of " + at + ": " + stages.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                        + (errors[0] > 0 ? "; " + errors[0] + " leads with errors" : ""));
            }
            out.flush();
            return errors[0] == 0 ? Qualify.OK : Qualify.SOME_FAILED;
        }
    }

    /** The three scoring reasons with the most points. */
    private static String top(AccountQualification a) {
        return a.reasons().stream().filter(r -> r.dimension().isPresent()).limit(3)
                .map(r -> r.rule() + " " + (r.points() >= 0 ? "+" : "") + r.points())
                .collect(Collectors.joining(", "));
    }

    /** The account engine of an engine spec plus account rule files. */
    static AccountQualifier build(EngineSpec spec, List<Path> accountRules) {
        AccountQualifier.Builder b = AccountQualifier.builder().builtInRules(spec.builtInRules());
        spec.rules().forEach(b::addRules);
        accountRules.forEach(b::addAccountRules);
        spec.profile().ifPresent(b::profile);
        return b.build();
    }
}
