package org.leadqualification.examples.xeducation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Channel;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.model.OutcomeStatus;
import org.leadqualification.model.Seniority;

/** Every mapping of the converter, on {@code hand-made-leads.csv} (five rows written for it). */
class XEducationTest {

    static final Instant START = Instant.parse("2019-01-01T00:00:00Z");
    static final Duration DECISION = Duration.ofDays(30);

    static String csv;
    static Map<String, Lead> leads;

    @BeforeAll
    static void read() throws IOException {
        csv = handMadeCsv();
        leads = byId(XEducation.read(new StringReader(csv), XEducation.Options.defaults()));
    }

    static String handMadeCsv() throws IOException {
        try (InputStream in = XEducationTest.class.getResourceAsStream("hand-made-leads.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, Lead> byId(List<Lead> list) {
        return list.stream().collect(Collectors.toMap(Lead::id, Function.identity()));
    }

    static List<Interaction> ofType(Lead lead, String type) {
        return lead.interactions().stream().filter(i -> i.type().equals(type)).toList();
    }

    @Test
    void everyRow_isOneLead_inFileOrder_idFromProspectId() throws IOException {
        List<Lead> list = XEducation.read(new StringReader(csv), XEducation.Options.defaults());
        assertThat(list).extracting(Lead::id).containsExactly("a-working-professional", "b-student",
                "c-nothing-answered", "d-heavy-visitor", "e-new-activity");
    }

    @Test
    void createdAt_spreadsLeadNumbersEvenlyOver2019() {
        // 365 days over the 81,205 lead numbers 579,533 .. 660,737: 388,350.47 ms each, rounded down per lead.
        assertThat(leads.get("a-working-professional").createdAt()).contains(START);
        assertThat(leads.get("b-student").createdAt()).contains(Instant.parse("2019-01-01T00:06:28.350Z"));
        assertThat(leads.get("e-new-activity").createdAt()).contains(START.plusMillis(20467L * 31_536_000_000L
                / 81_205));
        assertThat(leads.get("d-heavy-visitor").createdAt()).contains(START.plusMillis(31_535_611_649L));
        assertThat(leads.get("d-heavy-visitor").createdAt().orElseThrow())
                .isBefore(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void converted_isWonOrLost_30DaysAfterCreation_withNoAmountReasonStagesOrSales() {
        leads.values().forEach(lead -> {
            Instant decided = lead.createdAt().orElseThrow().plus(DECISION);
            assertThat(lead.outcome().orElseThrow().at()).contains(decided);
            assertThat(lead.outcome().orElseThrow().amount()).isEmpty();
            assertThat(lead.outcome().orElseThrow().lostReason()).isEmpty();
            assertThat(lead.stageHistory()).isEmpty();
            assertThat(lead.sales()).isEmpty();
        });
        assertThat(leads.get("a-working-professional").outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.WON);
        assertThat(leads.get("d-heavy-visitor").outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.WON);
        assertThat(leads.get("b-student").outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.LOST);
        assertThat(leads.get("c-nothing-answered").outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.LOST);
        assertThat(leads.get("e-new-activity").outcome().orElseThrow().status()).isEqualTo(OutcomeStatus.LOST);
    }

    @Test
    void everyInteraction_liesFromCreationToBeforeTheOutcome() {
        leads.values().forEach(lead -> {
            Instant created = lead.createdAt().orElseThrow();
            Instant decided = created.plus(DECISION);
            assertThat(lead.interactions()).allSatisfy(i -> {
                assertThat(i.at()).isAfterOrEqualTo(created);
                assertThat(i.at()).isBefore(decided);
            });
        });
    }

    @Test
    void source_isLeadSourceAsAWord_caseFolded_andTheColumnsStayAsAttributes() {
        assertThat(leads.get("a-working-professional").source()).contains("GOOGLE");
        assertThat(leads.get("d-heavy-visitor").source()).contains("GOOGLE");
        assertThat(leads.get("d-heavy-visitor").attributes()).containsEntry(XEducation.LEAD_SOURCE, "google");
        assertThat(leads.get("b-student").source()).contains("OLARK_CHAT");
        assertThat(leads.get("e-new-activity").source()).contains("DIRECT_TRAFFIC");
        assertThat(leads.get("c-nothing-answered").source()).isEmpty();
        assertThat(leads.get("c-nothing-answered").attributes()).containsEntry(XEducation.LEAD_ORIGIN,
                "Lead Add Form").doesNotContainKey(XEducation.LEAD_SOURCE);
    }

    @Test
    void country_isTheIsoCode_elseIndiaForTheFormsIndianCityGroups() {
        assertThat(leads.get("a-working-professional").person().country()).contains("IN");       // India
        assertThat(leads.get("c-nothing-answered").person().country()).contains("US");           // United States
        assertThat(leads.get("b-student").person().country()).contains("IN");                    // blank, Thane
        assertThat(leads.get("d-heavy-visitor").person().country()).contains("IN");              // unknown, Maharashtra
        assertThat(leads.get("e-new-activity").person().country()).isEmpty();                    // blank, Other Cities
        assertThat(leads.get("d-heavy-visitor").attributes()).containsEntry(XEducation.COUNTRY, "unknown")
                .containsEntry(XEducation.CITY, "Other Cities of Maharashtra");
        assertThat(leads.get("c-nothing-answered").attributes()).doesNotContainKey(XEducation.CITY); // Select
    }

    @Test
    void occupation_isAnAttribute_neverSeniority_unlessStudentAsSeniorityIsAskedFor() throws IOException {
        assertThat(leads.values()).allSatisfy(l -> assertThat(l.person().seniority()).isEmpty());
        assertThat(leads.get("b-student").attributes()).containsEntry(XEducation.OCCUPATION, "Student");
        assertThat(leads.get("a-working-professional").attributes())
                .containsEntry(XEducation.OCCUPATION, "Working Professional");

        Map<String, Lead> students = byId(XEducation.read(new StringReader(csv),
                XEducation.Options.builder().studentAsSeniority(true).build()));
        assertThat(students.get("b-student").person().seniority()).contains(Seniority.STUDENT);
        assertThat(students.get("e-new-activity").person().seniority()).isEmpty();
    }

    @Test
    void selectAndBlank_areNotAnswered() {
        Lead a = leads.get("a-working-professional");
        assertThat(a.attributes()).doesNotContainKey(XEducation.SPECIALIZATION)
                .containsEntry(XEducation.HEARD_FROM, "Online Search")
                .containsEntry(XEducation.WHAT_MATTERS, "Better Career Prospects");
        Lead c = leads.get("c-nothing-answered");
        assertThat(c.attributes()).doesNotContainKeys(XEducation.SPECIALIZATION, XEducation.HEARD_FROM,
                XEducation.OCCUPATION, XEducation.LAST_ACTIVITY);
        assertThat(c.interactions()).isEmpty();
    }

    @Test
    void formFlags_areInteractionsAtCreation() {
        Lead a = leads.get("a-working-professional");
        Instant created = a.createdAt().orElseThrow();
        assertThat(ofType(a, XEducation.AD_SEEN)).singleElement().satisfies(i -> {
            assertThat(i.at()).isEqualTo(created);
            assertThat(i.detail()).contains("Search");
        });
        assertThat(ofType(a, "REFERRAL")).singleElement().satisfies(i -> assertThat(i.at()).isEqualTo(created));
        assertThat(ofType(a, "CONTENT_DOWNLOAD")).singleElement().satisfies(i -> {
            assertThat(i.at()).isEqualTo(created);
            assertThat(i.detail()).contains("Mastering The Interview");
        });
        assertThat(a.attributes()).containsEntry(XEducation.FREE_COPY, true);
        assertThat(ofType(leads.get("e-new-activity"), XEducation.AD_SEEN)).singleElement()
                .satisfies(i -> assertThat(i.detail()).contains("Digital Advertisement"));
    }

    @Test
    void doNotEmailAndDoNotCall_areSignalsAtCreation_andAttributes() {
        Lead b = leads.get("b-student");
        Instant created = b.createdAt().orElseThrow();
        assertThat(ofType(b, "UNSUBSCRIBE")).singleElement().satisfies(i -> {
            assertThat(i.at()).isEqualTo(created);
            assertThat(i.channel()).contains(Channel.EMAIL);
            assertThat(i.detail()).contains("Do Not Email");
        });
        assertThat(ofType(b, XEducation.DO_NOT_CALL_REQUEST)).singleElement()
                .satisfies(i -> assertThat(i.channel()).contains(Channel.PHONE));
        assertThat(b.attributes()).containsEntry(XEducation.DO_NOT_EMAIL, true)
                .containsEntry(XEducation.DO_NOT_CALL, true);
        assertThat(leads.get("a-working-professional").attributes()).containsEntry(XEducation.DO_NOT_EMAIL, false);
        assertThat(ofType(leads.get("a-working-professional"), "UNSUBSCRIBE")).isEmpty();
    }

    @Test
    void visits_areRoundedVisitsTimesPagesPageViews_inTheFirst85PercentOfTheWindow_spacedByTimeOnSite() {
        Lead a = leads.get("a-working-professional");
        Instant created = a.createdAt().orElseThrow();
        List<Instant> views = ofType(a, "PAGE_VIEW").stream().map(Interaction::at).sorted().toList();
        assertThat(views).hasSize(3);                                   // round(2 visits x 1.5 pages)
        assertThat(views).allSatisfy(at -> assertThat(at).isBefore(created.plus(DECISION.multipliedBy(85)
                .dividedBy(100))));
        // Two visits of 120 s / 2 = 60 s; the visit with two pages has them 30 s apart.
        assertThat(views.get(1).toEpochMilli() - views.get(0).toEpochMilli() == 30_000
                || views.get(2).toEpochMilli() - views.get(1).toEpochMilli() == 30_000
                || views.get(2).toEpochMilli() - views.get(0).toEpochMilli() == 30_000).isTrue();
        assertThat(a.attributes()).containsEntry(XEducation.TOTAL_VISITS, 2L)
                .containsEntry(XEducation.PAGE_VIEWS_PER_VISIT, 1.5)
                .containsEntry(XEducation.TIME_ON_WEBSITE, 120L);

        assertThat(ofType(leads.get("d-heavy-visitor"), "PAGE_VIEW")).hasSize(50);     // 3,000, capped at 50
        assertThat(leads.get("d-heavy-visitor").attributes()).containsEntry(XEducation.TOTAL_VISITS, 300L);
        assertThat(ofType(leads.get("e-new-activity"), "PAGE_VIEW")).hasSize(1);
        assertThat(ofType(leads.get("b-student"), "PAGE_VIEW")).isEmpty();              // visits blank
        assertThat(leads.get("b-student").attributes()).doesNotContainKey(XEducation.TOTAL_VISITS);
    }

    @Test
    void lastActivity_isTheLastInteraction_inTheLast10PercentOfTheWindow() {
        record Expected(String lead, String type, Channel channel, String detail) {
        }
        List<Expected> expected = List.of(
                new Expected("a-working-professional", "EMAIL_OPEN", Channel.EMAIL, "Email Opened"),
                new Expected("b-student", "SMS_SENT", Channel.PHONE, "SMS Sent"),
                new Expected("d-heavy-visitor", "PHONE_CONVERSATION", Channel.PHONE, "Had a Phone Conversation"),
                new Expected("e-new-activity", "BRAND_NEW_ACTIVITY", Channel.OTHER, "Brand new Activity!"));
        for (Expected e : expected) {
            Lead lead = leads.get(e.lead());
            Instant created = lead.createdAt().orElseThrow();
            Interaction last = lead.interactions().stream().max(java.util.Comparator.comparing(Interaction::at))
                    .orElseThrow();
            assertThat(last.type()).as(e.lead()).isEqualTo(e.type());
            assertThat(last.channel()).contains(e.channel());
            assertThat(last.detail()).contains(e.detail());
            assertThat(last.at()).isAfterOrEqualTo(created.plus(Duration.ofDays(27)));
            assertThat(lead.attributes()).containsEntry(XEducation.LAST_ACTIVITY, e.detail());
        }
    }

    @Test
    void lastActivity_mapsToTheBuiltInTypeWhereOneMeansTheSame() {
        assertThat(RowMapper.LAST_ACTIVITY.get("Email Bounced").type()).isEqualTo("EMAIL_BOUNCE");
        assertThat(RowMapper.LAST_ACTIVITY.get("Email Marked Spam").type()).isEqualTo("SPAM_COMPLAINT");
        assertThat(RowMapper.LAST_ACTIVITY.get("Olark Chat Conversation").type()).isEqualTo("CHAT_CONVERSATION");
        assertThat(RowMapper.LAST_ACTIVITY.get("Converted to Lead").type()).isEqualTo("FORM_SUBMIT");
        assertThat(RowMapper.LAST_ACTIVITY.get("Unreachable").type()).isEqualTo("UNREACHABLE");
    }

    @Test
    void instants_areTheSameOnEveryRun_seededByLeadNumber() throws IOException {
        Map<String, Lead> again = byId(XEducation.read(new StringReader(csv), XEducation.Options.defaults()));
        assertThat(again).isEqualTo(leads);
    }

    @Test
    void postHocColumns_changeNothing() throws IOException {
        String changed = csv.replace("Closed by Horizzon", "Lost to EINS").replace("High in Relevance", "Worst")
                .replace("Potential Lead", "Student of SomeSchool").replace("01.High,01.High,17,20", "03.Low,03.Low,9,11")
                .replace("Yes,Email Opened", "Yes,Unsubscribed").replace("Ringing", "Will revert after reading the email");
        assertThat(changed).isNotEqualTo(csv).contains("Lost to EINS", "03.Low", "Yes,Unsubscribed");
        assertThat(byId(XEducation.read(new StringReader(changed), XEducation.Options.defaults()))).isEqualTo(leads);
        assertThat(XEducation.COLUMNS_READ).doesNotContainAnyElementsOf(XEducation.COLUMNS_EXCLUDED);
    }

    @Test
    void options_moveTheTimeline() throws IOException {
        XEducation.Options options = XEducation.Options.builder().start(Instant.parse("2024-01-01T00:00:00Z"))
                .span(Duration.ofDays(10)).leadNumbers(579_533, 579_542).decisionAfter(Duration.ofDays(5)).build();
        Lead b = byId(XEducation.read(new StringReader(csv), options)).get("b-student");
        assertThat(b.createdAt()).contains(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(b.outcome().orElseThrow().at()).contains(Instant.parse("2024-01-07T00:00:00Z"));
        assertThatThrownBy(() -> XEducation.Options.builder().decisionAfter(Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decisionAfter");
        assertThatThrownBy(() -> XEducation.Options.builder().leadNumbers(10, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9");
    }

    @Test
    void aWrongValue_isRefusedWithLineAndColumn() {
        String badLabel = csv.replace("Other Cities of Maharashtra", "X").replace("d-heavy-visitor,660737,API,google,No,No,1",
                "d-heavy-visitor,660737,API,google,No,No,yes");
        assertThatThrownBy(() -> XEducation.read(new StringReader(badLabel), XEducation.Options.defaults()))
                .isInstanceOfSatisfying(XEducationFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.column()).isEqualTo("Converted");
                    assertThat(e.getMessage()).contains("\"yes\"");
                });
        String badVisits = csv.replace("b-student,579534,API,Olark Chat,Yes,Yes,0,,", "b-student,579534,API,Olark Chat,Yes,Yes,0,-3,");
        assertThatThrownBy(() -> XEducation.read(new StringReader(badVisits), XEducation.Options.defaults()))
                .isInstanceOfSatisfying(XEducationFormatException.class,
                        e -> assertThat(e.column()).isEqualTo("TotalVisits"));
        String duplicate = csv.replace("e-new-activity", "b-student");
        assertThatThrownBy(() -> XEducation.read(new StringReader(duplicate), XEducation.Options.defaults()))
                .isInstanceOf(XEducationFormatException.class).hasMessageContaining("duplicate Prospect ID");
        String noLabel = csv.replace("Converted", "Label");
        assertThatThrownBy(() -> XEducation.read(new StringReader(noLabel), XEducation.Options.defaults()))
                .isInstanceOf(XEducationFormatException.class).hasMessageContaining("missing column \"Converted\"");
    }

    @Test
    void readFromAnotherSeed_wouldDiffer_soTheSeedIsTheLeadNumber() {
        // The instants of lead a come from new Random(579533): the first visit start is its first draw.
        Lead a = leads.get("a-working-professional");
        java.util.Random random = new java.util.Random(579_533);
        long[] starts = {(long) (random.nextDouble() * (DECISION.toMillis() * 8 / 10)),
                (long) (random.nextDouble() * (DECISION.toMillis() * 8 / 10))};
        java.util.Arrays.sort(starts);
        assertThat(ofType(a, "PAGE_VIEW")).extracting(Interaction::at)
                .contains(START.plusMillis(starts[0]), START.plusMillis(starts[1]));
        assertThat(Optional.of(a.interactions().size())).contains(3 + 3 + 1);
    }
}
