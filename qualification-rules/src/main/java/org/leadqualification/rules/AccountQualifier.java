package org.leadqualification.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.leadqualification.api.JudgementException;
import org.leadqualification.api.LeadError;
import org.leadqualification.model.Lead;
import org.leadqualification.result.AccountDimension;
import org.leadqualification.result.AccountDimensionScores;
import org.leadqualification.result.AccountQualification;
import org.leadqualification.result.AccountReason;
import org.leadqualification.result.AccountStage;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Reason;
import org.leadqualification.rules.facts.AccountScores;
import org.leadqualification.rules.facts.AccountScorecard;
import org.leadqualification.rules.facts.AccountSummary;
import org.leadqualification.rules.facts.Contact;
import org.leadqualification.rules.profile.AccountProfile;
import org.leadqualification.rules.profile.ContactRouting;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ProfileSource;
import org.leadqualification.rules.profile.ScoringProfile;

/**
 * Judges accounts: the leads of one company together. Each contact is judged by the lead rules first (a
 * {@link RuleBasedQualifier} built from the same profile); then one {@link Contact} fact per contact and one
 * {@link AccountSummary} (the engaged seniorities and departments, economic buyers, BANT parts covered, hand-raises,
 * the company) are inserted and the account scoring rules fire ({@code account.drl} and your own), writing to the
 * {@code account} global ({@link AccountScorecard}); then the account dimension scores and score are computed, an
 * {@link AccountScores} fact is inserted and the account classification rules fire.
 *
 * <pre>{@code
 * try (AccountQualifier accounts = AccountQualifier.builder().build()) {
 *     AccountQualification acme = accounts.qualify("acme.example", acmeLeads, Instant.now());
 * }
 * }</pre>
 *
 * <p>A lead's account is its {@code accountId}, else its company's domain, else its e-mail's domain; free-mail
 * domains (the profile's {@code fit.freeMail}) never make an account ({@link #accountOf(Lead)}). The same contacts
 * in any order give an identical result: contacts are sorted by lead id and every tie is broken by id; points are
 * whole numbers. A contact that cannot be judged is an error of that contact, listed in the result, and counts for
 * nothing; the others are judged.
 *
 * <p>Threading: immutable and thread-safe once built. Rules are compiled once, in {@link Builder#build()}; each
 * account takes a session from a pool and always returns it. {@link #close()} releases the pools.
 */
public final class AccountQualifier implements AutoCloseable {
    /** The built-in account rule files, in the order they are loaded. */
    public static final List<String> BUILT_IN_FILES = List.of("account.drl");
    private static final String BUILT_IN_FOLDER = "org/leadqualification/rules/builtin/account/";
    private static final String BUILT_IN_PACKAGE = "org.leadqualification.rules.builtin.account";
    static final String ACCOUNT_GLOBAL = "account";
    private static final List<DrlSource> BUILT_IN_SOURCES = BUILT_IN_FILES.stream()
            .map(file -> new DrlSource(file, RuleBasedQualifier.readResource(BUILT_IN_FOLDER + file), true)).toList();
    private static final RuleCompiler.BuiltInSet ACCOUNT_RULES = new RuleCompiler.BuiltInSet(BUILT_IN_SOURCES,
            PrecompiledRules.ACCOUNT_INDEX, BUILT_IN_PACKAGE, "account.rules", "account ");

    private final RuleBasedQualifier leads;
    private final ScoringProfile profile;
    private final RuleCompiler.Compiled compiled;
    private final KieSessionsPool pool;
    private final AccountFolder folder;
    private final boolean setProfile;
    private final boolean setAccount;

    private AccountQualifier(RuleBasedQualifier leads, ScoringProfile profile, RuleCompiler.Compiled compiled) {
        this.leads = leads;
        this.profile = profile;
        this.compiled = compiled;
        this.pool = compiled.kieBase().newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.folder = new AccountFolder(profile);
        this.setProfile = compiled.globals().contains(RuleCompiler.PROFILE_GLOBAL);
        this.setAccount = compiled.globals().contains(ACCOUNT_GLOBAL);
    }

    /** @return a builder with the built-in lead and account rules on and the default profile */
    public static Builder builder() {
        return new Builder();
    }

    static List<DrlSource> builtInSources() {
        return BUILT_IN_SOURCES;
    }

    /** @return the lead engine that judges each contact */
    public RuleBasedQualifier leadQualifier() {
        return leads;
    }

    /** @return the profile this engine judges with */
    public ScoringProfile profile() {
        return profile;
    }

    /** @return the names of every active account rule, in file order */
    public List<String> ruleNames() {
        return compiled.ruleNames();
    }

    /**
     * The account a lead belongs to: its {@code accountId}; else its company's domain; else its e-mail's domain
     * (domains in lower case, without {@code www.}). A free-mail domain (the profile's {@code fit.freeMail}) never
     * names an account.
     *
     * @param lead a lead
     * @return its account, or empty when it names none
     */
    public Optional<String> accountOf(Lead lead) {
        return AccountKeys.accountOf(Objects.requireNonNull(lead, "lead"), profile);
    }

    /**
     * Judges one account.
     *
     * @param accountId the account, e.g. {@code acme.example}
     * @param contacts  its leads, in any order; a lead whose own account ({@link #accountOf(Lead)}) is a different
     *                  one, a lead id that appears more than once, and a lead the lead rules fail on are errors of
     *                  those contacts, listed in the result
     * @param asOf      the instant to judge at
     * @return the account's result, with every contact's own result
     * @throws NullPointerException     if an argument or a contact is null
     * @throws IllegalArgumentException if {@code accountId} is blank
     * @throws JudgementException       if an account rule fails (naming the account and the rule)
     */
    public AccountQualification qualify(String accountId, List<Lead> contacts, Instant asOf) {
        Objects.requireNonNull(accountId, "accountId");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank");
        }
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(asOf, "asOf");
        List<Lead> sorted = new ArrayList<>(contacts.size());
        Map<String, Integer> ids = new HashMap<>();
        for (Lead lead : contacts) {
            sorted.add(Objects.requireNonNull(lead, "contact"));
            ids.merge(lead.id(), 1, Integer::sum);
        }
        sorted.sort(Comparator.comparing(Lead::id));
        List<AccountFolder.Judged> judged = new ArrayList<>(sorted.size());
        List<LeadError> errors = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Lead lead = sorted.get(i);
            Optional<String> own = accountOf(lead);
            if (ids.get(lead.id()) > 1) {
                // Every copy is an error, so that which one wins never depends on the input order.
                errors.add(new LeadError(Optional.of(lead.id()), i, Optional.of("id"), "lead id \"" + lead.id()
                        + "\" appears " + ids.get(lead.id()) + " times in account \"" + accountId + "\""));
            } else if (own.isPresent() && !own.get().equals(accountId)) {
                errors.add(new LeadError(Optional.of(lead.id()), i, Optional.empty(), "lead belongs to account \""
                        + own.get() + "\", not \"" + accountId + "\""));
            } else {
                try {
                    judged.add(new AccountFolder.Judged(lead, leads.qualify(lead, asOf)));
                } catch (JudgementException e) {
                    errors.add(new LeadError(Optional.of(lead.id()), i, Optional.empty(), e.getMessage()));
                } catch (RuntimeException e) {
                    errors.add(new LeadError(Optional.of(lead.id()), i, Optional.empty(), "cannot be judged: " + e));
                }
            }
        }
        return judge(accountId, judged, errors, asOf);
    }

    private AccountQualification judge(String accountId, List<AccountFolder.Judged> judged, List<LeadError> errors,
                                       Instant asOf) {
        AccountFolder.Folded folded = folder.fold(accountId, judged, asOf);
        AccountTally tally = new AccountTally();
        KieSession session = pool.newKieSession();
        Tracker tracker = Tracker.of(session);
        tracker.tally = tally;
        try {
            if (setAccount) {
                session.setGlobal(ACCOUNT_GLOBAL, tally);
            }
            if (setProfile) {
                session.setGlobal(RuleCompiler.PROFILE_GLOBAL, profile);
            }
            session.insert(folded.summary());
            for (Contact c : folded.contacts()) {
                session.insert(c);
            }
            session.fireAllRules();
            AccountScores scores = scores(tally, folded.summary());
            tally.startClassification();
            tally.enter("(classification)");
            session.insert(scores);
            session.fireAllRules();
            return result(accountId, asOf, tally, scores, folded, errors);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new JudgementException(accountId, e.getMatch() == null ? tally.currentRule()
                    : e.getMatch().getRule().getName(), "account " + cause, cause);
        } catch (RuntimeException e) {
            throw new JudgementException(accountId, null, "account: while matching rule conditions: " + e, e);
        } finally {
            tracker.tally = null;
            session.dispose();
        }
    }

    private AccountScores scores(AccountTally tally, AccountSummary summary) {
        AccountProfile a = profile.account();
        int fit = Results.normalise(tally.raw(AccountDimension.FIT), a.normalisation().fit());
        int engagement = Results.normalise(tally.raw(AccountDimension.ENGAGEMENT), a.normalisation().engagement());
        int committee = Results.normalise(tally.raw(AccountDimension.COMMITTEE), a.normalisation().committee());
        int intent = Results.normalise(tally.raw(AccountDimension.INTENT), a.normalisation().intent());
        var w = a.weights();
        int score = (fit * w.fit() + engagement * w.engagement() + committee * w.committee() + intent * w.intent()
                + 50) / 100;
        return new AccountScores(fit, engagement, committee, intent, score, summary.engagedCount());
    }

    private AccountQualification result(String accountId, Instant asOf, AccountTally tally, AccountScores s,
                                        AccountFolder.Folded folded, List<LeadError> errors) {
        AccountStage stage = AccountStage.COLD;
        for (AccountStage candidate : tally.qualifications()) {
            if (candidate.precedence() < stage.precedence()) {
                stage = candidate;
            }
        }
        List<AccountReason> reasons = tally.reasons();
        reasons.sort(REASON_ORDER);
        List<Qualification> contacts = new ArrayList<>(folded.contacts().size());
        for (Contact c : folded.contacts()) {
            contacts.add(route(c, stage));
        }
        return new AccountQualification(accountId, asOf, stage, s.score(),
                new AccountDimensionScores(s.fit(), s.engagement(), s.committee(), s.intent()), reasons,
                tally.qualifications().isEmpty() ? Set.of() : EnumSet.copyOf(tally.qualifications()),
                profile.account().actionFor(stage), contacts, errors);
    }

    /** The profile's {@code account.contactRouting}: a contact's result reflecting its account, when switched on. */
    private Qualification route(Contact c, AccountStage accountStage) {
        ContactRouting r = profile.account().contactRouting();
        Qualification q = c.result();
        if (!r.enabled() || !r.accountStages().contains(accountStage) || !r.fromStages().contains(q.stage())
                || c.lead().person().seniority().map(s -> !r.seniorities().contains(s)).orElse(true)) {
            return q;
        }
        List<Reason> reasons = new ArrayList<>(q.reasons());
        reasons.add(Reason.classified("Routed with its account", "account " + accountStage + ", own stage "
                + q.stage()));
        Set<org.leadqualification.result.Stage> met = EnumSet.noneOf(org.leadqualification.result.Stage.class);
        met.addAll(q.qualifications());
        met.add(r.stage());
        return new Qualification(q.leadId(), q.asOf(), r.stage(), q.score(), q.grade(), q.dimensions(), reasons, met,
                profile.actionFor(r.stage()));
    }

    /** Scoring reasons first, the largest contributions first, then by rule, detail and contacts. */
    static final Comparator<AccountReason> REASON_ORDER = Comparator
            .comparing((AccountReason r) -> r.dimension().isEmpty())
            .thenComparing(r -> -Math.abs(r.points()))
            .thenComparing(AccountReason::rule)
            .thenComparing(r -> r.dimension().map(Enum::ordinal).orElse(-1))
            .thenComparing(r -> r.detail().orElse(""))
            .thenComparing(r -> String.join(",", r.contacts()));

    /** Releases the session pools and the compiled rules, and the lead engine. */
    @Override
    public void close() {
        try {
            pool.shutdown();
        } finally {
            leads.close();
        }
    }

    /** Tells the tally which account rule is firing. */
    static final class Tracker extends org.kie.api.event.rule.DefaultAgendaEventListener {
        private AccountTally tally;

        static Tracker of(KieSession session) {
            for (Object listener : session.getAgendaEventListeners()) {
                if (listener instanceof Tracker tracker) {
                    return tracker;
                }
            }
            Tracker tracker = new Tracker();
            session.addEventListener(tracker);
            return tracker;
        }

        @Override
        public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
            tally.enter(event.getMatch().getRule().getName());
        }
    }

    /**
     * Builds an {@link AccountQualifier}: the lead rules and the account rules, with one profile. Files are only
     * named here; they are read, checked and compiled in {@link #build()}, which reports every problem at once. Not
     * thread-safe.
     */
    public static final class Builder {
        /** The lead engine's settings are kept by its own builder; only the profile is loaded once, here. */
        private final RuleBasedQualifier.Builder leads = RuleBasedQualifier.builder();
        private boolean builtInAccount = true;
        private ProfileSource profile = ProfileSource.of(ScoringProfile.defaults());
        private final List<RuleSource> accountSources = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param enabled whether the built-in lead rule files are loaded (default true)
         * @return this builder
         */
        public Builder builtInRules(boolean enabled) {
            leads.builtInRules(enabled);
            return this;
        }

        /**
         * @param enabled whether the built-in account rules ({@code account.drl}) are loaded (default true)
         * @return this builder
         */
        public Builder builtInAccountRules(boolean enabled) {
            this.builtInAccount = enabled;
            return this;
        }

        /**
         * Adds lead rules: a {@code .drl} file, or every {@code .drl} file under a folder.
         *
         * @param path a file or folder; it is read in {@link #build()}
         * @return this builder
         */
        public Builder addRules(Path path) {
            leads.addRules(path);
            return this;
        }

        /**
         * Adds lead rules given as text.
         *
         * @param name how error messages name them
         * @param drl  the DRL
         * @return this builder
         */
        public Builder addRules(String name, String drl) {
            leads.addRules(name, drl);
            return this;
        }

        /**
         * Adds account rules: a {@code .drl} file, or every {@code .drl} file under a folder. They match
         * {@link Contact}, {@link AccountSummary} and {@link AccountScores} and write to the {@code account} global.
         *
         * @param path a file or folder; it is read in {@link #build()}
         * @return this builder
         */
        public Builder addAccountRules(Path path) {
            accountSources.add(new RuleSource.FromPath(Objects.requireNonNull(path, "path")));
            return this;
        }

        /**
         * Adds account rules given as text.
         *
         * @param name how error messages name them
         * @param drl  the DRL
         * @return this builder
         */
        public Builder addAccountRules(String name, String drl) {
            accountSources.add(new RuleSource.Text(Objects.requireNonNull(name, "name"), Objects.requireNonNull(drl,
                    "drl")));
            return this;
        }

        /**
         * @param value the scoring profile (default {@link ScoringProfile#defaults()})
         * @return this builder
         */
        public Builder profile(ScoringProfile value) {
            return profile(ProfileSource.of(Objects.requireNonNull(value, "profile")));
        }

        /**
         * @param file a profile file laid over the defaults; it is read in {@link #build()}
         * @return this builder
         */
        public Builder profile(Path file) {
            return profile(ProfileSource.file(Objects.requireNonNull(file, "file")));
        }

        /**
         * @param source where the profile comes from; it is read in {@link #build()}
         * @return this builder
         */
        public Builder profile(ProfileSource source) {
            this.profile = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Reads the profile and the rule files, checks and compiles the lead and the account rules.
         *
         * @return the engine
         * @throws InvalidProfileException if the profile cannot be read or is invalid
         * @throws InvalidRulesException   if a file cannot be read or any rule is invalid, lead or account: the
         *                                 exception lists every problem with its file and line
         */
        public AccountQualifier build() {
            ScoringProfile p = profile.load();
            RuleCompiler.Compiled compiled = RuleCompiler.compile(ACCOUNT_RULES, builtInAccount, p.account().rules(),
                    accountSources);
            return new AccountQualifier(leads.build(p, profile), p, compiled);
        }
    }
}
