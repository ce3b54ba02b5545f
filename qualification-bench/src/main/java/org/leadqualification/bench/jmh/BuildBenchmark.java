package org.leadqualification.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.leadqualification.rules.RuleBasedQualifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Engine build time ({@code RuleBasedQualifier.Builder.build()}: parse, check, compile with the executable model,
 * create the session pool) for the built-in rules alone and with 200 generated custom rules. Single shot: each
 * measurement is one build; a few forks, since the first builds in a JVM are much slower.
 *
 * <pre>
 * java -jar qualification-bench/target/benchmarks.jar BuildBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(3)
public class BuildBenchmark {

    /** Which rules to build. */
    public enum Rules {
        /** The built-in files (71 rules). */
        BUILT_IN,
        /** The built-in files plus one file of 200 generated custom rules. */
        BUILT_IN_PLUS_200_CUSTOM
    }

    /** The rules and the engine built last, closed after each build. */
    @State(Scope.Benchmark)
    public static class Input {
        /** Which rules. */
        @Param({"BUILT_IN", "BUILT_IN_PLUS_200_CUSTOM"})
        public Rules rules;

        String customDrl;
        RuleBasedQualifier built;

        @Setup(Level.Trial)
        public void setUp() {
            customDrl = customRules(200, 42L);
        }

        @TearDown(Level.Invocation)
        public void close() {
            if (built != null) {
                built.close();
                built = null;
            }
        }
    }

    @Benchmark
    public RuleBasedQualifier build(Input in) {
        RuleBasedQualifier.Builder b = RuleBasedQualifier.builder();
        if (in.rules == Rules.BUILT_IN_PLUS_200_CUSTOM) {
            b.addRules("custom-200.drl", in.customDrl);
        }
        in.built = b.build();
        return in.built;
    }

    /**
     * Generates custom rules of the shapes teams write: on lead attributes, firmographics, single activity types with
     * thresholds, and joins of the lead with an activity.
     *
     * @param count how many rules
     * @param seed  the seed
     * @return the DRL text of one file
     */
    public static String customRules(int count, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        String[] types = {"PAGE_VIEW", "BLOG_VIEW", "CONTENT_DOWNLOAD", "PRICING_PAGE_VIEW", "DEMO_REQUEST",
                "WEBINAR_ATTENDED", "EMAIL_CLICK", "PRODUCT_LOGIN", "CASE_STUDY_VIEW", "PODCAST_LISTENED"};
        String[] industries = {"SOFTWARE", "RETAIL", "HEALTHCARE", "EDUCATION", "MANUFACTURING", "SAAS"};
        StringBuilder sb = new StringBuilder("""
                package com.acme.custom;

                import org.leadqualification.model.*;
                import org.leadqualification.result.Dimension;
                import org.leadqualification.rules.facts.Activity;
                import org.leadqualification.rules.facts.Scorecard;

                global Scorecard score;

                """);
        for (int i = 1; i <= count; i++) {
            int points = 1 + r.nextInt(9);
            sb.append("rule \"Custom rule ").append(i).append("\"\nwhen\n");
            switch (i % 4) {
                case 0 -> sb.append("    Lead( attributes[\"campaign\"] == \"q").append(1 + r.nextInt(4))
                        .append("-webinar\" )\nthen\n    score.engagement(").append(points)
                        .append(", \"campaign\");\n");
                case 1 -> sb.append("    Lead( company.industry.isPresent(), company.industry.get() == \"")
                        .append(industries[r.nextInt(industries.length)]).append("\", company.employees.orElse(0) > ")
                        .append(10 * r.nextInt(100)).append(" )\nthen\n    score.fit(").append(points)
                        .append(", \"custom segment\");\n");
                case 2 -> sb.append("    $a : Activity( type == \"").append(types[r.nextInt(types.length)])
                        .append("\", count >= ").append(1 + r.nextInt(5)).append(", daysSinceLast <= ")
                        .append(7 + r.nextInt(60)).append(" )\nthen\n    score.intent(").append(points)
                        .append(", $a.type());\n");
                default -> sb.append("    Lead( bant.budget == Budget.CONFIRMED, $c : company )\n    $a : Activity( type == \"")
                        .append(types[r.nextInt(types.length)]).append("\", recentCount > ").append(r.nextInt(3))
                        .append(" )\nthen\n    score.intent(").append(points).append(", \"budget and \" + $a.type());\n");
            }
            sb.append("end\n\n");
        }
        return sb.toString();
    }
}
