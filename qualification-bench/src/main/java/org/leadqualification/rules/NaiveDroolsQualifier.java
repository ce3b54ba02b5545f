package org.leadqualification.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Dimension;
import org.leadqualification.result.DimensionScores;
import org.leadqualification.result.Grade;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The benchmarks' NAIVE variant: the built-in DRL used the way most teams first use Drools. Benchmark code only,
 * not part of the library.
 *
 * <p>What it does: the seven built-in {@code .drl} files are read from the class path and compiled the usual way
 * ({@code KieFileSystem} + {@code KieBuilder.buildAll(ExecutableModelProject.class)} + {@code KieContainer}), once.
 * Then, per lead: a brand-new {@code KieSession} from {@code kieBase.newKieSession()} (no session pool), an agenda
 * listener for the rule names, the {@code score} and {@code profile} globals, then the {@link Lead}, every one of its
 * {@link Interaction}s up to the as-of instant (inserted although no built-in rule matches them, as a team inserting
 * "all the facts" would), the folded {@code Activity}/{@code Recency} facts the built-in rules need, fire, then the
 * {@code Scores} fact, fire, dispose. The fold, score arithmetic and result are the engine's own, so NAIVE gives the
 * same results as ENGINE (the differential test checks it); what differs is session creation per lead and the
 * extra facts.
 *
 * <p>It lives in the engine's package only to reach the package-private {@code Scorecard} constructor and
 * {@code ActivityFolder}: a benchmark shortcut, on the class path only.
 */
public final class NaiveDroolsQualifier implements LeadQualifier, AutoCloseable {
    private static final Comparator<Reason> REASON_ORDER = Comparator
            .comparing((Reason r) -> r.dimension().isEmpty())
            .thenComparing(r -> -Math.abs(r.points()))
            .thenComparing(Reason::rule)
            .thenComparing(r -> r.dimension().map(Enum::ordinal).orElse(-1))
            .thenComparing(r -> r.detail().orElse(""));

    private final ScoringProfile profile = ScoringProfile.defaults();
    private final ActivityFolder folder = new ActivityFolder(profile);
    private final KieContainer container;
    private final KieBase kieBase;

    /** Compiles the built-in rules with the default profile. */
    public NaiveDroolsQualifier() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (String file : RuleBasedQualifier.BUILT_IN_FILES) {
            String path = "org/leadqualification/rules/builtin/" + file;
            kfs.write("src/main/resources/" + path, read(path));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("built-in rules do not compile: " + errors);
        }
        container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        kieBase = container.getKieBase();
    }

    private static String read(String resource) {
        try (InputStream in = NaiveDroolsQualifier.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Qualification qualify(Lead lead, Instant asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        Scorecard card = new Scorecard(profile);
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    card.enter(event.getMatch().getRule().getName());
                }
            });
            session.setGlobal("score", card);
            session.setGlobal("profile", profile);
            session.insert(lead);
            for (Interaction i : lead.interactions()) {
                if (!i.at().isAfter(asOf)) {
                    session.insert(i);
                }
            }
            ActivityFolder.Folded folded = folder.fold(lead, asOf);
            session.insert(folded.recency());
            folded.activities().forEach(session::insert);
            session.fireAllRules();

            int fit = RuleBasedQualifier.normalise(card.raw(Dimension.FIT), profile.normalisation().fit());
            int engagement = RuleBasedQualifier.normalise(card.raw(Dimension.ENGAGEMENT),
                    profile.normalisation().engagement());
            int intent = RuleBasedQualifier.normalise(card.raw(Dimension.INTENT), profile.normalisation().intent());
            int bant = RuleBasedQualifier.normalise(card.raw(Dimension.BANT), profile.normalisation().bant());
            var w = profile.weights();
            int score = (fit * w.fit() + engagement * w.engagement() + intent * w.intent() + bant * w.bant() + 50)
                    / 100;
            Grade grade = profile.grades().gradeOf(fit);
            Scores scores = new Scores(fit, engagement, intent, bant, score, grade,
                    profile.classification().sql().positiveBant().count(lead.bant()));
            card.startClassification();
            session.insert(scores);
            session.fireAllRules();

            Set<Stage> met = card.qualifications().isEmpty() ? Set.of() : EnumSet.copyOf(card.qualifications());
            Stage stage = Stage.UNQUALIFIED;
            for (Stage s : met) {
                if (s.precedence() < stage.precedence()) {
                    stage = s;
                }
            }
            List<Reason> reasons = new ArrayList<>(card.reasons());
            reasons.sort(REASON_ORDER);
            return new Qualification(lead.id(), asOf, stage, score, grade,
                    new DimensionScores(fit, engagement, intent, bant), reasons, met, profile.actionFor(stage));
        } finally {
            session.dispose();
        }
    }

    /** Disposes the compiled rules. */
    @Override
    public void close() {
        container.dispose();
    }
}
