package org.leadqualification.apireport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.leadqualification.json.LeadJson;

/**
 * The public API of {@code qualification-core}, kept in {@code api/qualification-core.api}. A change to the API makes
 * this test fail with the lines added and removed; after review, run
 * {@code mvn -B -o -pl qualification-core verify -Dtest=CorePublicApiTest -Dapi.update=true} and commit the file.
 */
class CorePublicApiTest {
    private static final Path API_FILE = Path.of("api", "qualification-core.api");
    private static final PublicApi API = PublicApi.ofModuleOf(LeadJson.class);

    @Test
    void noPublicSignatureMentionsJackson() {
        assertThat(API.lines()).as("public API lines naming a Jackson type").noneMatch(l -> l.contains("com.fasterxml"));
    }

    @Test
    void noInternalPackageIsListed() {
        assertThat(API.lines()).noneMatch(l -> l.contains(".internal."));
        assertThat(API.lines()).anyMatch(l -> l.contains("org.leadqualification.json.LeadJson.readLead(java.lang.String)"));
    }

    @Test
    void publicApi_isTheCheckedInFile() throws IOException {
        String diff = API.diffAgainst(API_FILE);

        assertThat(diff).as("the public API differs from %s (- only in the file, + only in the classes); if the "
                + "change is meant, run with -Dapi.update=true and commit the file", API_FILE.toAbsolutePath())
                .isEmpty();
    }
}
