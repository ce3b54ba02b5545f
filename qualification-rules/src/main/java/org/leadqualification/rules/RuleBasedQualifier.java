package org.leadqualification.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.leadqualification.api.JudgementException;
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
 * A {@link LeadQualifier} that judges leads with Drools rules: the built-in rule base, a team's own {@code .drl}
 * files, or both, with the numbers of a {@link ScoringProfile}.
 *
 * <pre>{@code
 * try (RuleBasedQualifier qualifier = RuleBasedQualifier.builder()
 *         .addRules(Path.of("rules/our-rules.drl"))
 *         .profile(Path.of("rules/profile.yaml"))
 *         .build()) {
 *     Qualification q = qualifier.qualify(lead, Instant.now());
 * }
 * }</pre>
 *
 * <p>Judging one lead: its interactions up to the as-of instant are folded into one {@link Activity} fact per
 * type plus one {@link Recency} fact; the {@link Lead}, those facts (and, only if some rule matches them, each
 * {@link Interaction}) are inserted and the scoring rules fire, writing to the {@code score} global
 * ({@link Scorecard}). Then the dimension scores, grade and score are computed, a {@link Scores} fact is inserted
 * and the classification rules fire. The stage is the highest-precedence stage any rule qualified the lead for, or
 * {@link Stage#UNQUALIFIED}.
 *
 * <p>Threading: immutable and thread-safe once built. The rules are compiled once, in {@link Builder#build()};
 * each call takes a session from a pool and always returns it. {@link #close()} releases the pool.
 */
public final class RuleBasedQualifier implements LeadQualifier, AutoCloseable {
    /** The built-in rule files, in the order they are loaded. */
    public static final List<String> BUILT_IN_FILES = List.of("fit.drl", "engagement.drl", "intent.drl", "bant.drl",
            "product.drl", "customer.drl", "classification.drl");
    private static final String BUILT_IN_FOLDER = "org/leadqualification/rules/builtin/";

    /**
     * Scoring reasons before classification reasons; then the largest contributions (by absolute points) first;
     * then by rule, dimension and detail, so that the order never depends on the order rules fired in.
     */
    static final Comparator<Reason> REASON_ORDER = RuleBasedQualifier::compareReasons;

    private final ScoringProfile profile;
    private final RuleCompiler.Compiled compiled;
    private final KieSessionsPool pool;
    private final ActivityFolder folder;
    private final boolean setScore;
    private final boolean setProfile;

    private static final List<DrlSource> BUILT_IN_SOURCES = BUILT_IN_FILES.stream()
            .map(file -> new DrlSource(file, Builder.readResource(BUILT_IN_FOLDER + file), true)).toList();

    /** @return every built-in rule file, in load order */
    static List<DrlSource> builtInSources() {
        return BUILT_IN_SOURCES;
    }

    private RuleBasedQualifier(ScoringProfile profile, RuleCompiler.Compiled compiled) {
        this.profile = profile;
        this.compiled = compiled;
        this.pool = compiled.kieBase().newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.folder = new ActivityFolder(profile);
        this.setScore = compiled.globals().contains(RuleCompiler.SCORE_GLOBAL);
        this.setProfile = compiled.globals().contains(RuleCompiler.PROFILE_GLOBAL);
    }

    /** @return a builder with the built-in rules on and the default profile */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the profile this engine judges with */
    public ScoringProfile profile() {
        return profile;
    }

    /** @return the names of every active rule, in file order */
    public List<String> ruleNames() {
        return compiled.ruleNames();
    }

    @Override
    public Qualification qualify(Lead lead, Instant asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        ActivityFolder.Folded folded = folder.fold(lead, asOf);
        Scorecard card = new Scorecard(profile);
        KieSession session = pool.newKieSession();
        RuleTracker tracker = RuleTracker.of(session);
        tracker.card = card;
        try {
            if (setScore) {
                session.setGlobal(RuleCompiler.SCORE_GLOBAL, card);
            }
            if (setProfile) {
                session.setGlobal(RuleCompiler.PROFILE_GLOBAL, profile);
            }
            session.insert(lead);
            session.insert(folded.recency());
            for (Activity a : folded.activities()) {
                session.insert(a);
            }
            if (compiled.usesInteractions()) {
                for (Interaction i : lead.interactions()) {
                    if (!i.at().isAfter(asOf)) {
                        session.insert(i);
                    }
                }
            }
            session.fireAllRules();
            return classify(session, lead, asOf, card);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new JudgementException(lead.id(), e.getMatch() == null ? card.currentRule()
                    : e.getMatch().getRule().getName(), describe(cause), cause);
        } catch (RuntimeException e) {
            throw new JudgementException(lead.id(), null, "while matching rule conditions: " + describe(e), e);
        } finally {
            tracker.card = null;
            session.dispose();
        }
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    /**
     * The second phase, once the scoring rules have fired: the {@link Scores} fact computed from the scorecard is
     * inserted, the classification rules fire, and the result is assembled.
     */
    static Qualification classify(KieSession session, Lead lead, Instant asOf, Scorecard card) {
        Scores scores = scores(lead, card);
        card.startClassification();
        card.enter("(classification)");
        session.insert(scores);
        session.fireAllRules();
        return result(lead, asOf, card, scores);
    }

    /** The dimension scores, score, grade and positive BANT parts of what the scoring rules recorded. */
    static Scores scores(Lead lead, Scorecard card) {
        ScoringProfile profile = card.profile();
        int fit = normalise(card.raw(Dimension.FIT), profile.normalisation().fit());
        int engagement = normalise(card.raw(Dimension.ENGAGEMENT), profile.normalisation().engagement());
        int intent = normalise(card.raw(Dimension.INTENT), profile.normalisation().intent());
        int bant = normalise(card.raw(Dimension.BANT), profile.normalisation().bant());
        var w = profile.weights();
        int score = (fit * w.fit() + engagement * w.engagement() + intent * w.intent() + bant * w.bant() + 50) / 100;
        Grade grade = profile.grades().gradeOf(fit);
        int bantParts = profile.classification().sql().positiveBant().count(lead.bant());
        return new Scores(fit, engagement, intent, bant, score, grade, bantParts);
    }

    /** {@code round(raw * 100 / max)} clamped to 0..100, in integers. */
    static int normalise(long raw, int max) {
        if (raw <= 0) {
            return 0;
        }
        long scaled = (raw * 200 + max) / (2L * max);
        return (int) Math.min(100, scaled);
    }

    /** The result: the highest-precedence stage qualified for, the reasons in {@link #REASON_ORDER}. */
    static Qualification result(Lead lead, Instant asOf, Scorecard card, Scores s) {
        Set<Stage> met = card.qualifications().isEmpty() ? Set.of() : EnumSet.copyOf(card.qualifications());
        Stage stage = Stage.UNQUALIFIED;
        for (Stage candidate : met) {
            if (candidate.precedence() < stage.precedence()) {
                stage = candidate;
            }
        }
        List<Reason> reasons = card.reasons();
        reasons.sort(REASON_ORDER);
        return new Qualification(lead.id(), asOf, stage, s.score(), s.grade(),
                new DimensionScores(s.fit(), s.engagement(), s.intent(), s.bant()), reasons, met,
                card.profile().actionFor(stage));
    }

    private static int compareReasons(Reason a, Reason b) {
        boolean aClassifies = a.dimension().isEmpty();
        if (aClassifies != b.dimension().isEmpty()) {
            return aClassifies ? 1 : -1;
        }
        int c = Integer.compare(Math.abs(b.points()), Math.abs(a.points()));
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        if (c == 0) {
            c = Integer.compare(aClassifies ? -1 : a.dimension().get().ordinal(),
                    b.dimension().isEmpty() ? -1 : b.dimension().get().ordinal());
        }
        if (c == 0) {
            c = a.detail().orElse("").compareTo(b.detail().orElse(""));
        }
        return c;
    }

    /** Releases the session pool and the compiled rules. The engine must not be used afterwards. */
    @Override
    public void close() {
        pool.shutdown();
    }

    /** Tells the scorecard which rule is firing, so each reason carries its rule's name. */
    static final class RuleTracker extends DefaultAgendaEventListener {
        /** The scorecard of the lead the session is judging; set for each lead. */
        Scorecard card;

        /** The session's tracker: pooled sessions keep theirs from lead to lead. */
        static RuleTracker of(KieSession session) {
            for (Object listener : session.getAgendaEventListeners()) {
                if (listener instanceof RuleTracker tracker) {
                    return tracker;
                }
            }
            RuleTracker tracker = new RuleTracker();
            session.addEventListener(tracker);
            return tracker;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            card.enter(event.getMatch().getRule().getName());
        }
    }

    /**
     * Builds a {@link RuleBasedQualifier}. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private boolean builtIn = true;
        private ScoringProfile profile;
        private final List<Object> sources = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param enabled whether the built-in rule files are loaded (default true)
         * @return this builder
         */
        public Builder builtInRules(boolean enabled) {
            this.builtIn = enabled;
            return this;
        }

        /**
         * Adds a {@code .drl} file, or every {@code .drl} file under a folder (recursively, in name order).
         *
         * @param path a file or folder; it is read in {@link #build()}
         * @return this builder
         */
        public Builder addRules(Path path) {
            sources.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * Adds a classpath resource: one {@code .drl} file, or a folder of them (in a directory or a jar).
         *
         * @param resource e.g. {@code com/acme/rules/} or {@code com/acme/rules/extra.drl}
         * @return this builder
         */
        public Builder addClasspathRules(String resource) {
            Objects.requireNonNull(resource, "resource");
            if (resource.isBlank()) {
                throw new IllegalArgumentException("resource must not be blank");
            }
            sources.add(new ClasspathRules(resource.startsWith("/") ? resource.substring(1) : resource));
            return this;
        }

        /**
         * Adds rules given as text.
         *
         * @param name how error messages name them, e.g. {@code our-rules.drl}
         * @param drl  the DRL
         * @return this builder
         */
        public Builder addRules(String name, String drl) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(drl, "drl");
            sources.add(new DrlSource(name, drl, false));
            return this;
        }

        /**
         * @param value the scoring profile (default {@link ScoringProfile#defaults()})
         * @return this builder
         */
        public Builder profile(ScoringProfile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * @param file a profile file laid over the defaults
         * @return this builder
         * @throws org.leadqualification.rules.profile.InvalidProfileException if the file is invalid
         */
        public Builder profile(Path file) {
            return profile(ScoringProfile.load(Objects.requireNonNull(file, "file")));
        }

        /**
         * Compiles the rules.
         *
         * @return the engine
         * @throws InvalidRulesException if no rules are given, a file cannot be read, or any rule is invalid: the
         *                               exception lists every problem with its file and line
         */
        public RuleBasedQualifier build() {
            ScoringProfile p = profile == null ? ScoringProfile.defaults() : profile;
            List<RuleProblem> problems = new ArrayList<>();
            List<DrlSource> drl = new ArrayList<>();
            List<DrlSource> builtInFiles = builtIn ? builtInSources() : List.of();
            for (String file : p.rules().disabledFiles()) {
                if (!BUILT_IN_FILES.contains(file)) {
                    problems.add(new RuleProblem("profile", 0, "rules.disabledFiles names \"" + file
                            + "\", which is not a built-in file; built-in files: " + BUILT_IN_FILES));
                }
            }
            for (Object source : sources) {
                if (source instanceof DrlSource d) {
                    drl.add(d);
                } else if (source instanceof Path path) {
                    readPath(path, drl, problems);
                } else if (source instanceof ClasspathRules cp) {
                    readClasspath(cp.resource(), drl, problems);
                }
            }
            if (problems.isEmpty() && drl.isEmpty()
                    && builtInFiles.stream().allMatch(f -> p.rules().disabledFiles().contains(f.fileName()))) {
                problems.add(new RuleProblem("(none)", 0,
                        "no rules: enable the built-in rules or add at least one .drl file"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRulesException(problems, null);
            }
            List<String> disabled = builtIn ? p.rules().disabled() : List.of();
            return new RuleBasedQualifier(p, RuleCompiler.compile(builtInFiles,
                    java.util.Set.copyOf(p.rules().disabledFiles()), drl, disabled));
        }

        private static String readResource(String resource) {
            try (InputStream in = RuleBasedQualifier.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in resource " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void readPath(Path path, List<DrlSource> out, List<RuleProblem> problems) {
            readPath(path, out, problems, true);
        }

        private static void readPath(Path path, List<DrlSource> out, List<RuleProblem> problems, boolean requireDrl) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> files = walk.filter(f -> Files.isRegularFile(f)
                            && f.getFileName().toString().endsWith(".drl")).sorted().toList();
                    if (files.isEmpty() && requireDrl) {
                        problems.add(new RuleProblem(path.toString(), 0, "folder holds no .drl file"));
                    }
                    files.forEach(f -> readFile(f, out, problems));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new RuleProblem(path.toString(), 0, "cannot read folder: " + e.getMessage()));
                }
            } else {
                readFile(path, out, problems);
            }
        }

        private static void readFile(Path file, List<DrlSource> out, List<RuleProblem> problems) {
            try {
                out.add(new DrlSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8), false));
            } catch (IOException e) {
                problems.add(new RuleProblem(file.toString(), 0, Files.exists(file)
                        ? "cannot read: " + e.getMessage() : "no such file or folder"));
            }
        }

        private static void readClasspath(String resource, List<DrlSource> out, List<RuleProblem> problems) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader == null) {
                loader = RuleBasedQualifier.class.getClassLoader();
            }
            // Every classpath entry that holds the resource counts: a test-classes folder of the same package
            // name must not hide the rules in the main classes folder or a jar.
            List<URL> urls;
            try {
                urls = java.util.Collections.list(loader.getResources(resource));
            } catch (IOException e) {
                problems.add(new RuleProblem("classpath:" + resource, 0, "cannot read: " + e.getMessage()));
                return;
            }
            if (urls.isEmpty()) {
                problems.add(new RuleProblem("classpath:" + resource, 0, "no such classpath resource"));
                return;
            }
            int before = out.size();
            for (URL url : urls) {
                try {
                    if ("file".equals(url.getProtocol())) {
                        Path p = Paths.get(url.toURI());
                        List<DrlSource> found = new ArrayList<>();
                        readPath(p, found, problems, false);
                        String base = p.toString();
                        for (DrlSource d : found) {
                            String rel = d.name().equals(base) ? "" : d.name().substring(base.length());
                            out.add(new DrlSource("classpath:" + resource + rel.replace('\\', '/'), d.text(), false));
                        }
                    } else if ("jar".equals(url.getProtocol())) {
                        readJar(url, resource, out);
                    } else {
                        try (InputStream in = url.openStream()) {
                            out.add(new DrlSource("classpath:" + resource,
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8), false));
                        }
                    }
                } catch (IOException | URISyntaxException e) {
                    problems.add(new RuleProblem("classpath:" + resource, 0, "cannot read: " + e.getMessage()));
                }
            }
            if (out.size() == before) {
                problems.add(new RuleProblem("classpath:" + resource, 0, "no .drl file in this classpath resource"));
            }
        }

        private static void readJar(URL url, String resource, List<DrlSource> out) throws IOException {
            JarURLConnection conn = (JarURLConnection) url.openConnection();
            conn.setUseCaches(false);
            try (JarFile jar = conn.getJarFile()) {
                JarEntry entry = conn.getJarEntry();
                String prefix = entry == null || entry.isDirectory()
                        ? (resource.endsWith("/") ? resource : resource + "/") : null;
                if (prefix == null) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        out.add(new DrlSource("classpath:" + resource,
                                new String(in.readAllBytes(), StandardCharsets.UTF_8), false));
                    }
                    return;
                }
                List<JarEntry> entries = new ArrayList<>();
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    JarEntry je = e.nextElement();
                    if (!je.isDirectory() && je.getName().startsWith(prefix) && je.getName().endsWith(".drl")) {
                        entries.add(je);
                    }
                }
                entries.sort(Comparator.comparing(JarEntry::getName));
                for (JarEntry je : entries) {
                    try (InputStream in = jar.getInputStream(je)) {
                        out.add(new DrlSource("classpath:" + je.getName(),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8), false));
                    }
                }
            }
        }
    }

    /** A classpath resource named in the builder, read in {@link Builder#build()}. */
    private record ClasspathRules(String resource) {
    }
}
