package org.leadqualification.examples.xeducation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.json.LeadItem;
import org.leadqualification.json.LeadJson;
import org.leadqualification.json.LeadReader;
import org.leadqualification.model.Lead;

/** The converter on the real file: no lead lost, labels kept, every lead valid JSON that reads back the same. */
class XEducationRealDataTest {

    static Path csv;
    static List<Lead> leads;

    @BeforeAll
    static void convert() throws IOException {
        csv = RealData.leadsCsv();
        leads = XEducation.read(csv);
    }

    /** Prospect ID, Lead Number, Converted of each row, read without the converter (no quotes before column 8). */
    static List<String[]> rawRows() throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 8);
            rows.add(new String[] {cells[0], cells[1], cells[6]});
        }
        return rows;
    }

    @Test
    void everyRow_isALead_withItsLabel() throws IOException {
        List<String[]> rows = rawRows();
        assertThat(rows).hasSize(9_240);
        assertThat(leads).hasSize(rows.size());
        assertThat(leads).extracting(Lead::id).containsExactlyElementsOf(rows.stream().map(r -> r[0]).toList());
        long ones = rows.stream().filter(r -> r[2].equals("1")).count();
        long zeros = rows.stream().filter(r -> r[2].equals("0")).count();
        assertThat(ones).isEqualTo(3_561);
        assertThat(zeros).isEqualTo(5_679);
        assertThat(leads.stream().filter(l -> l.outcome().orElseThrow().isWon()).count()).isEqualTo(ones);
        assertThat(leads.stream().filter(l -> l.outcome().orElseThrow().isLost()).count()).isEqualTo(zeros);
        Map<String, String> label = rows.stream().collect(Collectors.toMap(r -> r[0], r -> r[2]));
        assertThat(leads).allSatisfy(l -> assertThat(l.outcome().orElseThrow().isWon())
                .isEqualTo(label.get(l.id()).equals("1")));
    }

    @Test
    void createdAt_followsTheLeadNumber_within2019_andInteractionsPrecedeTheOutcome() {
        List<Lead> byNumber = leads.stream()
                .sorted(Comparator.comparingLong(l -> ((Number) l.attributes().get(XEducation.LEAD_NUMBER)).longValue()))
                .toList();
        assertThat(byNumber).extracting(l -> l.createdAt().orElseThrow()).isSorted();
        assertThat(byNumber.get(0).createdAt()).contains(Instant.parse("2019-01-01T00:00:00Z"));
        assertThat(byNumber.get(byNumber.size() - 1).createdAt().orElseThrow())
                .isBefore(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(leads).allSatisfy(l -> {
            Instant decided = l.outcome().orElseThrow().at().orElseThrow();
            assertThat(l.interactions()).allSatisfy(i -> assertThat(i.at()).isBefore(decided)
                    .isAfterOrEqualTo(l.createdAt().orElseThrow()));
        });
    }

    @Test
    void everyLead_isValidJson_thatLeadJsonReadsBackTheSame() throws IOException {
        StringWriter out = new StringWriter();
        XEducation.write(leads, out);
        LeadJson json = LeadJson.standard();
        List<String> written = out.toString().lines().toList();
        assertThat(written).hasSize(leads.size());
        List<String> reread = new ArrayList<>();
        try (LeadReader reader = json.readLeads(new StringReader(out.toString()))) {
            while (reader.hasNext()) {
                LeadItem item = reader.next();
                assertThat(item.error()).isEmpty();
                reread.add(json.writeLead(item.lead().orElseThrow()));
            }
        }
        assertThat(reread).containsExactlyElementsOf(written);
    }

    @Test
    void countryAndSource_coverWhatTheDataSays() {
        // 6,492 India plus 351 blank-country leads of an Indian city group.
        assertThat(leads.stream().filter(l -> l.person().country().filter("IN"::equals).isPresent()).count())
                .isEqualTo(6_492 + 211 + 80 + 43 + 15 + 2);
        // Every named country but "unknown" (5) and "Asia/Pacific Region" (2) has its ISO code.
        assertThat(leads.stream().filter(l -> l.attributes().containsKey(XEducation.COUNTRY)
                && l.person().country().isEmpty()).count()).isLessThanOrEqualTo(7);
        assertThat(leads.stream().filter(l -> l.source().isEmpty()).count()).isEqualTo(36);
    }
}
