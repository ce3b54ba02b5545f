package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leadqualification.rules.Leads.AS_OF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.reload.ReloadStatus;
import org.leadqualification.rules.reload.ReloadingQualifier;

/**
 * Hot reload: a good change swaps the engine, a broken rule file or a failing scenario is refused with the reason
 * while the old engine judges on, and threads judging during swaps see no error and no mix of two engines.
 */
class ReloadingQualifierTest {
    private static final String PROFILE_A = "normalisation: { bant: 100 }\n";
    private static final String PROFILE_B = "normalisation: { bant: 200 }\n";
    private static final String SCENARIO = """
            defaults:
              asOf: 2026-11-01T00:00:00Z
            scenarios:
              - name: Complete confirmed BANT scores 100
                lead:
                  id: BANT-1
                  bant: { budget: CONFIRMED, authority: DECISION_MAKER, need: CONFIRMED, timeline: IMMEDIATE }
                expect: { bant: 100 }
            """;
    private static final String RULES_V1 = """
            package com.acme.reload;
            import org.leadqualification.model.Lead;
            import org.leadqualification.rules.facts.Scorecard;
            global Scorecard score;
            rule "Rules version"
            when
                Lead()
            then
                score.fit(1, "v1");
            end
            """;

    private static Lead fullBant() {
        return Lead.builder("BANT-9").bant(Leads.fullBant()).build();
    }

    @Test
    void goodProfileChange_isSwappedIn_andJudgesFromThen(@TempDir Path dir) throws IOException {
        Path profile = Files.writeString(dir.resolve("profile.yaml"), PROFILE_A);
        try (ReloadingQualifier q = ReloadingQualifier.builder(RuleBasedQualifier.builder().profile(profile))
                .watch(profile).pollEvery(Duration.ZERO).build()) {
            assertThat(q.status().generation()).isEqualTo(1);
            assertThat(q.status().lastCheck()).isEqualTo(ReloadStatus.Check.FIRST_BUILD);
            assertThat(q.qualify(fullBant(), AS_OF).dimensions().bant()).isEqualTo(100);
            assertThat(q.reload().lastCheck()).isEqualTo(ReloadStatus.Check.UNCHANGED);

            Files.writeString(profile, PROFILE_B);
            ReloadStatus s = q.reload();

            assertThat(s.lastCheck()).isEqualTo(ReloadStatus.Check.RELOADED);
            assertThat(s.generation()).isEqualTo(2);
            assertThat(s.refusal()).isEmpty();
            assertThat(q.qualify(fullBant(), AS_OF).dimensions().bant()).isEqualTo(50);
        }
    }

    @Test
    void brokenRuleFile_isRefusedWithItsProblem_oldRulesJudgeOn_thenAFixIsSwappedIn(@TempDir Path dir)
            throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path file = Files.writeString(rules.resolve("ours.drl"), RULES_V1);
        List<ReloadStatus> told = new ArrayList<>();
        try (ReloadingQualifier q = ReloadingQualifier.builder(RuleBasedQualifier.builder().addRules(rules))
                .watch(rules).pollEvery(Duration.ZERO).onCheck(told::add).build()) {
            Lead lead = Leads.clearSql("L-1").build();
            Qualification v1 = q.qualify(lead, AS_OF);
            assertThat(v1.reasons()).anySatisfy(r -> assertThat(r.detail()).contains("v1"));

            Files.writeString(file, RULES_V1.replace("then", "then score.fit(1, \"v2\"")); // a parse error
            ReloadStatus refused = q.reload();

            assertThat(refused.lastCheck()).isEqualTo(ReloadStatus.Check.REFUSED);
            assertThat(refused.generation()).isEqualTo(1);
            assertThat(refused.refusal()).get().asString().contains("do not build").contains("ours.drl");
            assertThat(q.qualify(lead, AS_OF)).isEqualTo(v1);
            assertThat(q.reload().lastCheck()).as("refused once, not rebuilt at every check")
                    .isEqualTo(ReloadStatus.Check.UNCHANGED);
            assertThat(q.status().refusal()).isPresent();

            Files.writeString(file, RULES_V1.replace("\"v1\"", "\"v2\""));
            ReloadStatus fixed = q.reload();

            assertThat(fixed.lastCheck()).isEqualTo(ReloadStatus.Check.RELOADED);
            assertThat(fixed.generation()).isEqualTo(2);
            assertThat(fixed.refusal()).isEmpty();
            assertThat(q.qualify(lead, AS_OF).reasons()).anySatisfy(r -> assertThat(r.detail()).contains("v2"));
            assertThat(told).extracting(ReloadStatus::lastCheck)
                    .containsExactly(ReloadStatus.Check.REFUSED, ReloadStatus.Check.RELOADED);
        }
    }

    @Test
    void changeThatFailsAScenario_isRefusedNamingIt_oldProfileJudgesOn(@TempDir Path dir) throws IOException {
        Path profile = Files.writeString(dir.resolve("profile.yaml"), PROFILE_A);
        Path scenarios = Files.writeString(dir.resolve("scenarios.yaml"), SCENARIO);
        try (ReloadingQualifier q = ReloadingQualifier.builder(RuleBasedQualifier.builder().profile(profile))
                .watch(profile).verifyWith(scenarios).pollEvery(Duration.ZERO).build()) {
            Files.writeString(profile, PROFILE_B);

            ReloadStatus s = q.reload();

            assertThat(s.lastCheck()).isEqualTo(ReloadStatus.Check.REFUSED);
            assertThat(s.refusal()).get().asString().contains("fail their scenarios")
                    .contains("Complete confirmed BANT scores 100").contains("bant");
            assertThat(q.qualify(fullBant(), AS_OF).dimensions().bant()).isEqualTo(100);
        }
    }

    @Test
    void firstRulesFailingTheirScenarios_areRefusedAtBuild(@TempDir Path dir) throws IOException {
        Path profile = Files.writeString(dir.resolve("profile.yaml"), PROFILE_B);
        Path scenarios = Files.writeString(dir.resolve("scenarios.yaml"), SCENARIO);

        assertThatThrownBy(() -> ReloadingQualifier.builder(RuleBasedQualifier.builder().profile(profile))
                .watch(profile).verifyWith(scenarios).pollEvery(Duration.ZERO).build())
                .isInstanceOf(ReloadingQualifier.RefusedRulesException.class)
                .hasMessageContaining("Complete confirmed BANT scores 100");
    }

    @Test
    void eightThreadsJudgingDuringSwaps_noErrorAndNoMix(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve("profile.yaml"), PROFILE_A);
        List<Lead> leads = new RandomLeads(5, AS_OF).leads(200);
        Map<String, Qualification> expectA = new ConcurrentHashMap<>();
        Map<String, Qualification> expectB = new ConcurrentHashMap<>();
        try (RuleBasedQualifier a = RuleBasedQualifier.builder().profile(ScoringProfileText.parse(PROFILE_A)).build();
             RuleBasedQualifier b = RuleBasedQualifier.builder().profile(ScoringProfileText.parse(PROFILE_B)).build()) {
            for (Lead lead : leads) {
                expectA.put(lead.id(), a.qualify(lead, AS_OF));
                expectB.put(lead.id(), b.qualify(lead, AS_OF));
            }
        }
        long differing = leads.stream().filter(l -> !expectA.get(l.id()).equals(expectB.get(l.id()))).count();
        assertThat(differing).as("the two profiles judge some leads differently").isGreaterThan(20);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong judged = new AtomicLong();
        AtomicLong seenA = new AtomicLong();
        AtomicLong seenB = new AtomicLong();
        List<Throwable> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(8);
        try (ReloadingQualifier q = ReloadingQualifier.builder(RuleBasedQualifier.builder().profile(profile))
                .watch(profile).pollEvery(Duration.ZERO).build()) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                Thread thread = new Thread(() -> {
                    started.countDown();
                    for (int i = offset; !stop.get(); i++) {
                        Lead lead = leads.get(i % leads.size());
                        try {
                            Qualification got = q.qualify(lead, AS_OF);
                            boolean isA = got.equals(expectA.get(lead.id()));
                            boolean isB = got.equals(expectB.get(lead.id()));
                            if (!isA && !isB) {
                                problems.add(new AssertionError("lead " + lead.id() + " judged by neither: " + got));
                            } else if (isA != isB) {
                                (isA ? seenA : seenB).incrementAndGet();
                            }
                            judged.incrementAndGet();
                        } catch (Throwable e) {
                            problems.add(e);
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            started.await();
            for (int swap = 0; swap < 6; swap++) {
                Files.writeString(profile, swap % 2 == 0 ? PROFILE_B : PROFILE_A);
                assertThat(q.reload().lastCheck()).isEqualTo(ReloadStatus.Check.RELOADED);
                long before = judged.get();
                while (judged.get() < before + 500) {
                    Thread.onSpinWait(); // let the threads judge on this engine for a while
                }
            }
            stop.set(true);
            for (Thread t : threads) {
                t.join();
            }
            assertThat(q.status().generation()).isEqualTo(7);
        }
        assertThat(problems).isEmpty();
        assertThat(seenA.get()).isPositive();
        assertThat(seenB.get()).isPositive();
    }

    @Test
    void poller_findsAChangeByItself(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve("profile.yaml"), PROFILE_A);
        try (ReloadingQualifier q = ReloadingQualifier.builder(RuleBasedQualifier.builder().profile(profile))
                .watch(profile).pollEvery(Duration.ofMillis(50)).build()) {
            Files.writeString(profile, PROFILE_B);

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (q.status().generation() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(q.status().generation()).isEqualTo(2);
            assertThat(q.qualify(fullBant(), AS_OF).dimensions().bant()).isEqualTo(50);
        }
    }

    @Test
    void closed_refusesToJudge(@TempDir Path dir) throws IOException {
        Path profile = Files.writeString(dir.resolve("profile.yaml"), PROFILE_A);
        ReloadingQualifier q = ReloadingQualifier.builder(RuleBasedQualifier.builder().profile(profile))
                .pollEvery(Duration.ZERO).build();
        q.close();
        q.close(); // idempotent

        assertThatThrownBy(() -> q.qualify(fullBant(), AS_OF)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(q::reload).isInstanceOf(IllegalStateException.class);
    }

    /** Profiles from text, laid over the defaults. */
    private static final class ScoringProfileText {
        static org.leadqualification.rules.profile.ScoringProfile parse(String text) {
            return org.leadqualification.rules.profile.ScoringProfile.parse(text, "test.yaml");
        }
    }
}
