package org.leadqualification.apireport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.leadqualification.rules.RuleBasedQualifier;

/**
 * The public API of {@code qualification-rules}, kept in {@code api/qualification-rules.api}. A change to the API
 * makes this test fail with the lines added and removed; after review, run
 * {@code mvn -B -o -pl qualification-core,qualification-rules verify -Dtest=RulesPublicApiTest -Dapi.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and commit the file.
 */
class RulesPublicApiTest {
    private static final Path API_FILE = Path.of("api", "qualification-rules.api");
    /**
     * The built-in rules' executable model, generated at build time under {@code org.leadqualification.rules.builtin}
     * and {@code org.drools.project.model}, is not API.
     */
    private static final PublicApi API = PublicApi.ofModuleOf(RuleBasedQualifier.class,
            packageName -> packageName.startsWith("org.leadqualification.rules.builtin")
                    || !packageName.startsWith("org.leadqualification."));

    @Test
    void noPublicSignatureMentionsDroolsKieOrJackson() {
        assertThat(API.lines()).as("public API lines naming a Drools, KIE or Jackson type")
                .noneMatch(l -> l.contains("org.drools.") || l.contains("org.kie.") || l.contains("com.fasterxml"));
    }

    @Test
    void theRuleAuthorsVocabularyIsListed_andNoInternalPackage() {
        assertThat(API.lines()).noneMatch(l -> l.contains(".internal."));
        assertThat(API.lines()).anyMatch(l -> l.contains("org.leadqualification.rules.facts.Scorecard"))
                .anyMatch(l -> l.contains("org.leadqualification.rules.facts.Activity"))
                .noneMatch(l -> l.contains("org.leadqualification.rules.Tally"))
                .noneMatch(l -> l.contains("org.leadqualification.rules.Pipeline"));
    }

    @Test
    void publicApi_isTheCheckedInFile() throws IOException {
        String diff = API.diffAgainst(API_FILE);

        assertThat(diff).as("the public API differs from %s (- only in the file, + only in the classes); if the "
                + "change is meant, run with -Dapi.update=true and commit the file", API_FILE.toAbsolutePath())
                .isEmpty();
    }
}
