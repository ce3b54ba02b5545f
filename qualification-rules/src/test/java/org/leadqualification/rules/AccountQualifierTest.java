package org.leadqualification.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leadqualification.rules.Leads.AS_OF;
import static org.leadqualification.rules.Leads.daysAgo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadqualification.model.Authority;
import org.leadqualification.model.Bant;
import org.leadqualification.model.Budget;
import org.leadqualification.model.Company;
import org.leadqualification.model.Lead;
import org.leadqualification.model.Need;
import org.leadqualification.model.Person;
import org.leadqualification.model.Seniority;
import org.leadqualification.model.Timeline;
import org.leadqualification.result.AccountDimension;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.AccountReason;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.profile.ScoringProfile;

/** The account engine: grouping keys, the default account model's behaviour, reproducibility and robustness. */
class AccountQualifierTest {
    private static AccountQualifier accounts;

    @BeforeAll
    static void build() {
        accounts = AccountQualifier.builder().build();
    }

    @AfterAll
    static void close() {
        accounts.close();
    }

    static Company acme() {
        return Company.builder().name("Acme").domain("acme.example").industry("SOFTWARE").employees(250)
                .annualRevenue(25_000_000).country("US").fundingRaised(5_000_000).build();
    }

    static Lead contact(String id, Seniority seniority, String department, String... types) {
        Lead.Builder b = Lead.builder(id).createdAt(daysAgo(60)).company(acme())
                .person(Person.builder().email(id.toLowerCase() + "@acme.example").seniority(seniority)
                        .department(department).build());
        int day = 2;
        for (String type : types) {
            b.interaction(type, daysAgo(day++));
        }
        return b.build();
    }

    /** A director in marketing, a manager in finance and an IT lead, each engaged a little. */
    static List<Lead> committee() {
        return List.of(
                contact("C-1", Seniority.DIRECTOR, "MARKETING", "WEBINAR_ATTENDED", "CONTENT_DOWNLOAD",
                        "PRICING_PAGE_VIEW"),
                contact("C-2", Seniority.MANAGER, "FINANCE", "WEBINAR_ATTENDED", "CONTENT_DOWNLOAD", "CASE_STUDY_VIEW"),
                contact("C-3", Seniority.INDIVIDUAL_CONTRIBUTOR, "IT", "WEBINAR_ATTENDED", "EVENT_ATTENDED"));
    }

    /** One very active intern. */
    static List<Lead> intern() {
        return List.of(contact("I-1", Seniority.INDIVIDUAL_CONTRIBUTOR, "MARKETING", "WEBINAR_ATTENDED",
                "WEBINAR_ATTENDED", "EVENT_ATTENDED", "EVENT_ATTENDED", "CONTENT_DOWNLOAD", "CONTENT_DOWNLOAD",
                "CONTENT_DOWNLOAD", "PAGE_VIEW", "PAGE_VIEW", "PAGE_VIEW", "EMAIL_CLICK", "EMAIL_CLICK",
                "PRICING_PAGE_VIEW", "PRICING_PAGE_VIEW"));
    }

    @Test
    void threeEngagedPeople_outweighOneVeryActiveIntern() {
        AccountQualification three = accounts.qualify("acme.example", committee(), AS_OF);
        AccountQualification one = accounts.qualify("acme.example", intern(), AS_OF);

        assertThat(three.score()).isGreaterThan(one.score());
        assertThat(three.dimensions().committee()).isGreaterThan(one.dimensions().committee());
        assertThat(three.stage()).isEqualTo(AccountStage.ACCOUNT_QUALIFIED);
        assertThat(one.stage()).isEqualTo(AccountStage.ENGAGED);
        assertThat(three.contacts()).extracting(q -> q.leadId()).containsExactly("C-1", "C-2", "C-3");
    }

    @Test
    void accountFit_countsTheCompanyOnce_howeverManyContacts() {
        AccountQualification three = accounts.qualify("acme.example", committee(), AS_OF);
        AccountQualification one = accounts.qualify("acme.example", committee().subList(0, 1), AS_OF);

        assertThat(three.dimensions().fit()).isEqualTo(one.dimensions().fit()).isEqualTo(100);
        assertThat(three.reasons()).filteredOn(r -> r.rule().equals("Account in a target industry")).hasSize(1)
                .first().satisfies(r -> assertThat(r.contacts()).containsExactly("C-1"));
    }

    @Test
    void everyScoringReason_namesTheContactsItCameFrom() {
        AccountQualification a = accounts.qualify("acme.example", committee(), AS_OF);

        assertThat(a.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.contacts()).as(r.rule()).isNotEmpty());
        AccountReason seniorities = a.reasons().stream().filter(r -> r.rule().equals("Seniorities engaged"))
                .findFirst().orElseThrow();
        assertThat(seniorities.contacts()).containsExactly("C-1", "C-2", "C-3");
        assertThat(seniorities.detail()).contains("DIRECTOR, INDIVIDUAL_CONTRIBUTOR, MANAGER");
        assertThat(seniorities.points()).isEqualTo(30);
    }

    @Test
    void contactsInAnyOrder_giveTheSameAccountResult() {
        List<Lead> leads = new ArrayList<>(committee());
        leads.addAll(intern());
        leads.add(contact("D-9", Seniority.VP, "SALES", "DEMO_REQUEST"));
        AccountQualification expected = accounts.qualify("acme.example", leads, AS_OF);
        Random random = new Random(42);

        for (int i = 0; i < 20; i++) {
            Collections.shuffle(leads, random);
            assertThat(accounts.qualify("acme.example", leads, AS_OF)).isEqualTo(expected);
        }
    }

    @Test
    void oneBadContact_isAnErrorForThatContact_notTheWholeAccount() {
        String boom = """
                package test.boom;
                import org.leadqualification.model.*;
                rule "Explodes on a flagged lead"
                when
                    Lead( attributes.get("boom") == true )
                then
                    throw new IllegalStateException("boom");
                end
                """;
        try (AccountQualifier engine = AccountQualifier.builder().addRules("boom.drl", boom).build()) {
            List<Lead> leads = new ArrayList<>(committee());
            leads.add(contact("B-1", Seniority.VP, "SALES").toBuilder().attribute("boom", true).build());
            leads.add(contact("X-1", Seniority.VP, "SALES").toBuilder()
                    .company(Company.builder().domain("other.example").build()).build());
            leads.add(contact("C-2", Seniority.VP, "SALES"));

            AccountQualification a = engine.qualify("acme.example", leads, AS_OF);

            assertThat(a.contactErrors()).extracting(e -> e.leadId().orElseThrow())
                    .containsExactly("B-1", "C-2", "C-2", "X-1");
            assertThat(a.contactErrors().get(0).message()).contains("Explodes on a flagged lead").contains("boom");
            assertThat(a.contactErrors().get(1).message()).contains("appears 2 times");
            assertThat(a.contactErrors().get(3).message()).contains("belongs to account \"other.example\"");
            assertThat(a.contacts()).extracting(q -> q.leadId()).containsExactly("C-1", "C-3");
            assertThat(a.stage()).isIn(AccountStage.ENGAGED, AccountStage.ACCOUNT_QUALIFIED);
        }
    }

    @Test
    void tenThousandContacts_inOneAccount_work() {
        List<Lead> leads = new ArrayList<>(10_000);
        Seniority[] seniorities = Seniority.values();
        String[] departments = {"MARKETING", "SALES", "IT", "FINANCE", "OPERATIONS"};
        for (int i = 0; i < 10_000; i++) {
            leads.add(contact(String.format("M-%05d", i), seniorities[i % seniorities.length],
                    departments[i % departments.length], i % 3 == 0 ? "WEBINAR_ATTENDED" : "PAGE_VIEW",
                    "CONTENT_DOWNLOAD", "EVENT_ATTENDED"));
        }

        AccountQualification a = accounts.qualify("acme.example", leads, AS_OF);

        assertThat(a.contacts()).hasSize(10_000);
        assertThat(a.contactErrors()).isEmpty();
        assertThat(a.reasons()).filteredOn(r -> r.rule().equals("Engaged contact")).hasSize(3);
        assertThat(a.dimensions().engagement()).isEqualTo(100);
        assertThat(a.stage()).isEqualTo(AccountStage.ACCOUNT_QUALIFIED);
    }

    @Test
    void accountOf_prefersTheAccountId_thenTheCompanyDomain_thenTheEmailDomain_neverAFreeMailDomain() {
        Lead.Builder base = Lead.builder("L-1");

        assertThat(accounts.accountOf(base.accountId(" CRM-7 ").company(acme()).build())).contains("CRM-7");
        assertThat(accounts.accountOf(Lead.builder("L-2").company(Company.builder().domain("WWW.Acme.Example")
                .build()).build())).contains("acme.example");
        assertThat(accounts.accountOf(Lead.builder("L-3").person(Person.builder().email("jo@Globex.example").build())
                .build())).contains("globex.example");
        assertThat(accounts.accountOf(Lead.builder("L-4").person(Person.builder().email("jo@gmail.com").build())
                .build())).isEmpty();
        assertThat(accounts.accountOf(Lead.builder("L-5").company(Company.builder().domain("outlook.com").build())
                .person(Person.builder().email("jo@globex.example").build()).build())).isEmpty();
        assertThat(accounts.accountOf(Lead.builder("L-6").build())).isEmpty();
    }

    @Test
    void freeMailDomains_comeFromTheProfilesFitList() {
        ScoringProfile p = ScoringProfile.defaults().with("fit: { freeMail: { values: [acme.example] } }", "test");
        try (AccountQualifier engine = AccountQualifier.builder().profile(p).build()) {
            assertThat(engine.accountOf(contact("C-1", Seniority.VP, "SALES"))).isEmpty();
            assertThat(engine.accountOf(Lead.builder("L").person(Person.builder().email("a@gmail.com").build())
                    .build())).contains("gmail.com");
        }
    }

    @Test
    void contactRouting_whenSwitchedOn_movesAManagerAtAnAccountQualifiedCompanyToSql() {
        ScoringProfile routing = ScoringProfile.defaults().with("account: { contactRouting: { enabled: true } }",
                "routing");
        AccountQualification off = accounts.qualify("acme.example", committee(), AS_OF);
        try (AccountQualifier engine = AccountQualifier.builder().profile(routing).build()) {
            AccountQualification on = engine.qualify("acme.example", committee(), AS_OF);

            assertThat(off.contact("C-2").orElseThrow().stage()).isNotEqualTo(Stage.SQL);
            assertThat(on.stage()).isEqualTo(AccountStage.ACCOUNT_QUALIFIED);
            assertThat(on.contact("C-2").orElseThrow().stage()).isEqualTo(Stage.SQL);
            assertThat(on.contact("C-2").orElseThrow().firedRule("Routed with its account")).isTrue();
            assertThat(on.contact("C-2").orElseThrow().recommendedAction()).isEqualTo(
                    engine.profile().actionFor(Stage.SQL));
            // an individual contributor is not routed
            assertThat(on.contact("C-3").orElseThrow()).isEqualTo(off.contact("C-3").orElseThrow());
            assertThat(on.score()).isEqualTo(off.score());
        }
    }

    @Test
    void customAccountRules_fire_andBuiltInAccountRulesCanBeSwitchedOff() {
        String drl = """
                package com.acme.accounts;
                import org.leadqualification.result.AccountDimension;
                import org.leadqualification.rules.facts.*;
                global AccountScorecard account;
                rule "Target account list"
                when
                    $a : AccountSummary( accountId == "acme.example" )
                then
                    account.add(AccountDimension.FIT, 7, "on the ABM list", java.util.List.of());
                end
                """;
        ScoringProfile p = ScoringProfile.defaults().with("account: { rules: { disabled: [Funded account] } }", "t");
        try (AccountQualifier engine = AccountQualifier.builder().profile(p).addAccountRules("abm.drl", drl).build()) {
            AccountQualification a = engine.qualify("acme.example", committee(), AS_OF);

            assertThat(engine.ruleNames()).contains("Target account list").doesNotContain("Funded account");
            assertThat(a.firedRule("Target account list")).isTrue();
            assertThat(a.firedRule("Funded account")).isFalse();
        }
    }

    @Test
    void unknownDisabledAccountRule_andBrokenAccountRules_failTheBuild() {
        ScoringProfile p = ScoringProfile.defaults().with("account: { rules: { disabled: [No such rule] } }", "t");

        assertThatThrownBy(() -> AccountQualifier.builder().profile(p).build())
                .isInstanceOf(InvalidRulesException.class)
                .hasMessageContaining("account.rules.disabled names \"No such rule\"");
        assertThatThrownBy(() -> AccountQualifier.builder().addAccountRules("bad.drl", "package x; rule \"a\" when")
                .build()).isInstanceOf(InvalidRulesException.class).hasMessageContaining("bad.drl");
    }

    @Test
    void everyContactDisqualified_disqualifiesTheAccount() {
        List<Lead> leads = List.of(contact("S-1", Seniority.STUDENT, "MARKETING", "WEBINAR_ATTENDED"),
                contact("S-2", Seniority.VP, "SALES", "SPAM_COMPLAINT"));

        AccountQualification a = accounts.qualify("acme.example", leads, AS_OF);

        assertThat(a.stage()).isEqualTo(AccountStage.DISQUALIFIED);
        assertThat(a.recommendedAction()).isEqualTo(accounts.profile().account().actionFor(AccountStage.DISQUALIFIED));
        assertThat(a.reasons()).filteredOn(r -> r.rule().startsWith("Account disqualified")).singleElement()
                .satisfies(r -> assertThat(r.contacts()).containsExactly("S-1", "S-2"));
    }

    @Test
    void bantCoveredByAnyone_andAnEconomicBuyer_countForTheCommittee() {
        Lead cfo = contact("F-1", Seniority.EXECUTIVE, "FINANCE", "WEBINAR_ATTENDED", "EVENT_ATTENDED").toBuilder()
                .bant(new Bant(Budget.CONFIRMED, Authority.DECISION_MAKER, Need.UNKNOWN, Timeline.UNKNOWN)).build();
        Lead user = contact("U-1", Seniority.MANAGER, "MARKETING", "DEMO_REQUEST").toBuilder()
                .bant(new Bant(Budget.UNKNOWN, Authority.UNKNOWN, Need.CONFIRMED, Timeline.WITHIN_3_MONTHS)).build();

        AccountQualification a = accounts.qualify("acme.example", List.of(user, cfo), AS_OF);

        assertThat(a.reasons()).filteredOn(r -> r.dimension().orElse(null) == AccountDimension.COMMITTEE)
                .extracting(AccountReason::rule).contains("Economic buyer engaged", "Budget covered in the account",
                        "Authority covered in the account", "Need covered in the account",
                        "Timeline covered in the account");
        assertThat(a.firedRule("Hand-raise in the account")).isTrue();
        assertThat(a.reasons()).filteredOn(r -> r.rule().equals("Need covered in the account")).singleElement()
                .satisfies(r -> assertThat(r.contacts()).containsExactly("U-1"));
    }

    @Test
    void arguments_areChecked() {
        assertThatThrownBy(() -> accounts.qualify(" ", List.of(), AS_OF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.qualify("a", null, AS_OF)).isInstanceOf(NullPointerException.class);
        assertThat(accounts.qualify("empty.example", List.of(), AS_OF).stage()).isEqualTo(AccountStage.COLD);
    }
}
