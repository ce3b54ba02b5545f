package org.leadqualification.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The built-in rules plus a team's own rules from all three kinds of source (text, a folder, the classpath), built
 * once per test JVM and shared by {@link CustomRulesTest} and {@link RuleFailureTest}.
 */
final class CustomEngine {
    static final String PROFILE = """
            interactions:
              PODCAST_LISTENED: { points: 4, cap: 8, group: event }
            rules:
              disabled: ["Target industry"]
            """;

    /** Given as text: a custom interaction type scored with the profile, another with fixed points. */
    static final String TEXT_RULES = """
            package com.acme.rules;

            import org.leadqualification.model.*;
            import org.leadqualification.result.Dimension;
            import org.leadqualification.rules.facts.Activity;
            import org.leadqualification.rules.facts.Scorecard;
            import org.leadqualification.rules.facts.Scores;

            global Scorecard score;

            rule "Podcast episodes"
            when
                $a : Activity( type == "PODCAST_LISTENED", recentCount > 0 )
            then
                score.activity(Dimension.ENGAGEMENT, $a);
            end

            rule "Office visit"
            when
                $a : Activity( type == "OFFICE_VISIT", daysSinceLast <= 30 )
            then
                score.engagement(7, "visited the office " + $a.last());
            end

            // Matches Interaction facts directly: the engine must insert them.
            rule "Badge scanned at our booth"
            when
                $i : Interaction( type == "BADGE_SCAN", attributes.get("booth") == "A1" )
            then
                score.engagement(5, "badge scan " + $i.at());
            end

            // Walks the lead's own list instead.
            rule "Sales call logged"
            when
                $lead : Lead()
                $i : Interaction( type == "SALES_CALL" ) from $lead.interactions
            then
                score.intent(10, "sales call " + $i.at());
            end

            rule "Explodes on request"
            when
                Lead( id.startsWith("BOOM") )
            then
                throw new IllegalStateException("cannot judge this lead");
            end

            // A direct score.fit(...) here is refused when the engine is built; through a function it gets past
            // that check and fails the lead at run time instead.
            function void lateBonus(Scorecard card) {
                card.fit(5, "too late");
            }

            rule "Bonus after classification started"
            when
                Scores( score >= 0 )
                Lead( id.startsWith("GREEDY") )
            then
                lateBonus(score);
            end
            """;

    static final String REPLACED_INDUSTRY = """
            package com.acme.rules;

            import org.leadqualification.model.*;
            import org.leadqualification.rules.facts.Scorecard;
            import org.leadqualification.rules.profile.ScoringProfile;

            global Scorecard score;
            global ScoringProfile profile;

            // Replaces the built-in rule of the same name (switched off in the profile): 25 points, not 20.
            rule "Target industry"
            when
                Lead( company.industry.isPresent(), $industry : company.industry.get(),
                      profile.fit().industries().matches($industry) )
            then
                score.fit(25, $industry);
            end
            """;

    static final String INDUSTRY_BONUS = """
            package com.acme.rules.fit;

            import org.leadqualification.model.Lead;
            import org.leadqualification.rules.facts.Scorecard;

            global Scorecard score;

            rule "Healthcare bonus"
            when
                Lead( company.industry.isPresent(), company.industry.get() == "HEALTHCARE" )
            then
                score.fit(12, "HEALTHCARE");
            end
            """;

    private static RuleBasedQualifier engine;
    private static Path folder;

    /** Deletes a folder tree: the builder has read the files. */
    static void delete(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CustomEngine() {
    }

    static synchronized RuleBasedQualifier get() {
        if (engine == null) {
            try {
                folder = Files.createTempDirectory("custom-rules");
                Files.writeString(folder.resolve("replaced.drl"), REPLACED_INDUSTRY);
                Files.createDirectories(folder.resolve("fit"));
                Files.writeString(folder.resolve("fit/industry.drl"), INDUSTRY_BONUS);
                Files.writeString(folder.resolve("notes.txt"), "not a rule file");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            engine = RuleBasedQualifier.builder()
                    .profile(ScoringProfile.parse(PROFILE, "custom-profile.yaml"))
                    .addRules("acme.drl", TEXT_RULES)
                    .addRules(folder)
                    .addClasspathRules("org/leadqualification/rules/custom/")
                    .build();
            delete(folder);
        }
        return engine;
    }
}
