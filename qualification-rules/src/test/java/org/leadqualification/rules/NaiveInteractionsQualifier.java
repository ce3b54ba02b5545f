package org.leadqualification.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.bench.naive.AsOf;
import org.leadqualification.bench.naive.InteractionMath;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * The benchmarks' NAIVE_INTERACTIONS variant: the built-in rule base as a team without the engine's fold would
 * write it, with every interaction inserted as its own fact and rules that match interactions directly. Benchmark
 * code only, not part of the library; default profile only.
 *
 * <p>The rules: the built-in {@code fit.drl} and {@code bant.drl} (they match only the {@link Lead}) and five files
 * in {@code org/leadqualification/bench/naive/} that replace {@code engagement.drl}, {@code intent.drl},
 * {@code product.drl}, {@code customer.drl} and {@code classification.drl}. Those keep the built-in rule names,
 * points, details and stages, but read no {@code Activity} or {@code Recency} fact: each scoring rule
 * {@code accumulate}s its type's {@link Interaction} facts inside the decay window (count, sum of decay factors in
 * thousandths, latest), and the recency rules (no recent engagement, PQL, MQL) accumulate the interactions they
 * need; an {@link AsOf} fact and the static helpers of {@link InteractionMath} give ages and decay.
 *
 * <p>Compiled the usual way ({@code KieFileSystem} + {@code KieBuilder.buildAll(ExecutableModelProject.class)} +
 * {@code KieContainer}), once. Per lead: a new {@code kieBase.newKieSession()} (no pool), an agenda listener that
 * names each reason's rule, the {@code score} and {@code profile} globals, the {@link Lead}, the {@link AsOf} fact,
 * one {@code insert} per interaction at or before the as-of instant, fire, then the {@code Scores} fact, fire,
 * dispose. Score arithmetic and the result are the engine's own ({@link Tally},
 * {@code Pipeline.classify}), so the differential test can demand results equal to the
 * engine's. What differs from the engine is the "one fact per interaction" shape its fold avoids, plus a new
 * session per lead.
 *
 * <p>It lives in the engine's package only to reach the package-private {@code Tally} (the engine's scorecard) and the
 * engine's score and result code: a benchmark shortcut, on the class path only. Thread-safe: each call has its own
 * session and scorecard.
 */
public final class NaiveInteractionsQualifier implements LeadQualifier, AutoCloseable {
    /**
     * The built-in files reused unchanged: their rules match only the lead (fit, BANT) or the SLA breaches, which
     * this variant does not insert (leads without a stage history have none).
     */
    static final List<String> BUILT_IN_FILES = List.of("fit.drl", "bant.drl", "sla.drl");
    /** This variant's own files, replacing the built-in files of the same names. */
    static final List<String> FILES = List.of("engagement.drl", "intent.drl", "product.drl", "customer.drl",
            "classification.drl");
    private static final String FOLDER = "org/leadqualification/bench/naive/";

    private final ScoringProfile profile = ScoringProfile.defaults();
    private final KieContainer container;
    private final KieBase kieBase;

    /**
     * Compiles the rules with the default profile.
     *
     * @throws IllegalStateException if the rules do not compile
     */
    public NaiveInteractionsQualifier() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (DrlSource file : RuleBasedQualifier.builtInSources()) {
            if (BUILT_IN_FILES.contains(file.fileName())) {
                kfs.write("src/main/resources/org/leadqualification/rules/builtin/" + file.fileName(), file.text());
            }
        }
        for (String file : FILES) {
            kfs.write("src/main/resources/" + FOLDER + file, RuleBasedQualifier.readResource(FOLDER + file));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("NAIVE_INTERACTIONS rules do not compile: " + errors);
        }
        container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        kieBase = container.getKieBase();
    }

    /** @return the name of every rule in the compiled rule base, in no particular order */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        return names;
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
            session.insert(new AsOf(asOf));
            for (Interaction i : lead.interactions()) {
                if (!i.at().isAfter(asOf)) {
                    session.insert(i);
                }
            }
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
