package org.leadqualification.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leadqualification.bench.LeadGenerator;
import org.leadqualification.model.Lead;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.rules.AccountQualifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One account through {@code AccountQualifier.qualify(accountId, contacts, asOf)}: every contact judged by the lead
 * rules, then the account rules; throughput in accounts per second. Cycles through 64 generated accounts (seed 42,
 * 20 interactions per contact) of {@code contacts} contacts each.
 *
 * <pre>
 * java -jar qualification-bench/target/benchmarks.jar AccountBenchmark -wi 2 -w 5s -i 3 -r 5s -f 1
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AccountBenchmark {

    /** The account engine and the accounts, shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Input {
        /** Contacts per account. */
        @Param({"1", "5", "50"})
        public int contacts;

        AccountQualifier engine;
        List<List<Lead>> accounts;

        /** Generates the accounts (seed 42) and builds the engine. */
        @Setup(Level.Trial)
        public void setUp() {
            List<Lead> leads = new LeadGenerator(42L, 20).leads(64 * contacts);
            accounts = new ArrayList<>(64);
            for (int a = 0; a < 64; a++) {
                List<Lead> account = new ArrayList<>(contacts);
                for (int c = 0; c < contacts; c++) {
                    // One account id for all: the generator's companies differ, the account groups them anyway.
                    account.add(leads.get(a * contacts + c).toBuilder().accountId("ACC-" + a).build());
                }
                accounts.add(account);
            }
            engine = AccountQualifier.builder().build();
        }

        /** Releases the engine. */
        @TearDown(Level.Trial)
        public void tearDown() {
            engine.close();
        }
    }

    /** Each thread's position in the accounts. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /**
     * @param in     the engine and accounts
     * @param cursor this thread's position
     * @return the account's result
     */
    @Benchmark
    public AccountQualification qualifyAccount(Input in, Cursor cursor) {
        int i = cursor.next++ & 63;
        return in.engine.qualify("ACC-" + i, in.accounts.get(i), LeadGenerator.AS_OF);
    }
}
