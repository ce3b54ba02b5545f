package org.leadqualification.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.model.Lead;

class GenerateLeadsTest {

    @Test
    void writesTheGeneratedLeadsAsJsonLinesThatReadBackEqual(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("leads.jsonl");

        GenerateLeads.main(new String[] {"300", "7", "99", file.toString()});

        List<Lead> read = new ArrayList<>();
        try (LeadReader reader = LeadJson.standard().readLeads(file)) {
            while (reader.hasNext()) {
                LeadItem item = reader.next();
                assertThat(item.error()).as("lead #%s", item.index()).isEmpty();
                read.add(item.lead().orElseThrow());
            }
        }
        assertThat(Files.readAllLines(file)).hasSize(300);
        assertThat(read).isEqualTo(new LeadGenerator(99, 7).leads(300));
    }
}
