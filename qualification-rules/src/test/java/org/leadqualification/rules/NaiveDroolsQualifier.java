package org.leadqualification.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The benchmarks' NAIVE variant: the built-in DRL used the way most teams first use Drools. Benchmark code only,
 * not part of the library: it is published in the rules module's test-jar, for the benchmarks and the differential
 * test.
 *
 * <p>What it does: the built-in {@code .drl} files are read from the class path and compiled the usual way
 * ({@code KieFileSystem} + {@code KieBuilder.buildAll(ExecutableModelProject.class)} + {@code KieContainer}), once.
 * Then, per lead: a brand-new {@code KieSession} from {@code kieBase.newKieSession()} (no session pool), an agenda
 * listener for the rule names, the {@code score} and {@code profile} globals, then the {@link Lead}, every one of its
 * {@link Interaction}s up to the as-of instant (inserted although no built-in rule matches them, as a team inserting
 * "all the facts" would), the folded {@code Activity}/{@code Recency} facts the built-in rules need, fire, then the
 * {@code Scores} fact, fire, dispose. The fold, score arithmetic and result are the engine's own, so NAIVE gives the
 * same results as ENGINE (the differential test checks it); what differs is session creation per lead and the
 * extra facts.
 *
 * <p>It lives in the engine's package only to reach the package-private {@code Tally} (the engine's scorecard) and
 * {@code ActivityFolder}: a benchmark shortcut, on the class path only.
 */
public final class NaiveDroolsQualifier implements LeadQualifier, AutoCloseable {
    private final ScoringProfile profile = ScoringProfile.defaults();
    private final ActivityFolder folder = new ActivityFolder(profile);
    private final KieContainer container;
    private final KieBase kieBase;

    /** Compiles the built-in rules with the default profile. */
    public NaiveDroolsQualifier() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (DrlSource file : RuleBasedQualifier.builtInSources()) {
            kfs.write("src/main/resources/org/leadqualification/rules/builtin/" + file.fileName(), file.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("built-in rules do not compile: " + errors);
        }
        container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        kieBase = container.getKieBase();
    }

    @Override
    public Qualification qualify(Lead lead, Instant asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        Tally card = new Tally(profile);
        KieSession session = kieBase.newKieSession();
        try {
            Pipeline.RuleTracker.track(session, card);
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
            folded.breaches().forEach(session::insert);
            session.fireAllRules();
            return Pipeline.classify(session, lead, asOf, card);
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
