package org.leadqualification.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadqualification.api.LeadQualifier;
import org.leadqualification.model.Interaction;
import org.leadqualification.model.Lead;
import org.leadqualification.result.Qualification;
import org.leadqualification.result.Stage;
import org.leadqualification.rules.facts.Activity;
import org.leadqualification.rules.facts.Recency;
import org.leadqualification.rules.facts.Scorecard;
import org.leadqualification.rules.facts.Scores;
import org.leadqualification.rules.likelihood.InvalidLikelihoodModelException;
import org.leadqualification.rules.likelihood.LikelihoodModel;
import org.leadqualification.rules.likelihood.LikelihoodModelSource;
import org.leadqualification.rules.profile.InvalidProfileException;
import org.leadqualification.rules.profile.ProfileSource;
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
 * <p>Runaway rules: a lead may cause at most {@link Builder#maxFiringsPerLead(int)} rule firings (default
 * {@value #DEFAULT_MAX_FIRINGS_PER_LEAD}) and take at most {@link Builder#maxTimePerLead(Duration)} (default
 * 10 s, checked between firings). Past either, or when a consequence throws (even a {@link StackOverflowError}),
 * that lead fails with a {@link org.leadqualification.api.JudgementException} naming the rule (for a limit, the
 * rule that fired most); the engine stays usable and judges the next lead normally.
 *
 * <p>Threading: immutable and thread-safe once built. The rules are compiled once, in {@link Builder#build()};
 * each call takes a session from a pool and always returns it. {@link #close()} releases the pool.
 */
public final class RuleBasedQualifier implements LeadQualifier, AutoCloseable {
    /** The built-in rule files, in the order they are loaded. */
    public static final List<String> BUILT_IN_FILES = List.of("fit.drl", "engagement.drl", "intent.drl", "bant.drl",
            "product.drl", "customer.drl", "classification.drl", "sla.drl");
    private static final String BUILT_IN_FOLDER = "org/leadqualification/rules/builtin/";
    private static final String BUILT_IN_PACKAGE = "org.leadqualification.rules.builtin";
    private static final List<DrlSource> BUILT_IN_SOURCES = BUILT_IN_FILES.stream()
            .map(file -> new DrlSource(file, readResource(BUILT_IN_FOLDER + file), true)).toList();
    private static final RuleCompiler.BuiltInSet LEAD_RULES = new RuleCompiler.BuiltInSet(BUILT_IN_SOURCES,
            PrecompiledRules.INDEX, BUILT_IN_PACKAGE, "rules", "");

    /** Rule firings one lead may cause by default, both rounds (scoring and classification) together. */
    public static final int DEFAULT_MAX_FIRINGS_PER_LEAD = 10_000;
    /** Wall time one lead may take by default. */
    public static final Duration DEFAULT_MAX_TIME_PER_LEAD = Duration.ofSeconds(10);

    private final Pipeline pipeline;

    private RuleBasedQualifier(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** @return a builder with the built-in rules on and the default profile */
    public static Builder builder() {
        return new Builder();
    }

    /** @return every built-in rule file, in load order */
    static List<DrlSource> builtInSources() {
        return BUILT_IN_SOURCES;
    }

    /** @return the engine's pipeline, for code that measures its steps one by one */
    Pipeline pipeline() {
        return pipeline;
    }

    /** @return the profile this engine judges with */
    public ScoringProfile profile() {
        return pipeline.profile();
    }

    /** @return the learned likelihood model this engine adds to every result, if it has one */
    public Optional<LikelihoodModel> likelihoodModel() {
        return pipeline.model();
    }

    /** @return the names of every active rule, in file order */
    public List<String> ruleNames() {
        return pipeline.ruleNames();
    }

    @Override
    public Qualification qualify(Lead lead, Instant asOf) {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
        return pipeline.judge(lead, asOf);
    }

    /** Releases the session pool and the compiled rules. The engine must not be used afterwards. */
    @Override
    public void close() {
        pipeline.close();
    }

    /** @return a resource of this library's class loader as UTF-8 text; a missing one is a packaging error */
    static String readResource(String resource) {
        try (InputStream in = RuleBasedQualifier.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a {@link RuleBasedQualifier}. Rule files and the profile are only named here; they are read, checked and
     * compiled in {@link #build()}, which reports every problem at once. Not thread-safe; {@link #build()} may be
     * called more than once.
     */
    public static final class Builder {
        private boolean builtIn = true;
        private ProfileSource profile = ProfileSource.of(ScoringProfile.defaults());
        private final List<RuleSource> sources = new ArrayList<>();
        private LikelihoodModelSource model;
        private int maxFirings = DEFAULT_MAX_FIRINGS_PER_LEAD;
        private Duration maxTime = DEFAULT_MAX_TIME_PER_LEAD;

        private Builder() {
        }

        /**
         * Bounds the rule firings of one lead, so that a rule that re-fires forever (a {@code modify} without a
         * guard, an {@code insert} per firing) fails its lead instead of hanging the batch. A lead of the built-in
         * rules causes a few dozen.
         *
         * @param firings the most rule firings one lead may cause, scoring and classification together (default
         *                {@value RuleBasedQualifier#DEFAULT_MAX_FIRINGS_PER_LEAD})
         * @return this builder
         * @throws IllegalArgumentException if {@code firings} is less than 1
         */
        public Builder maxFiringsPerLead(int firings) {
            if (firings < 1) {
                throw new IllegalArgumentException("maxFiringsPerLead must be >= 1, got " + firings);
            }
            this.maxFirings = firings;
            return this;
        }

        /**
         * Bounds the wall time of one lead. It is checked between rule firings (every eighth), so it stops rules
         * that fire many times slowly; a single consequence that never returns (an endless loop in Java) cannot be
         * stopped from outside and is the rule author's to avoid.
         *
         * @param time the longest one lead may take (default 10 s)
         * @return this builder
         * @throws IllegalArgumentException if {@code time} is zero or negative
         */
        public Builder maxTimePerLead(Duration time) {
            Objects.requireNonNull(time, "time");
            if (time.isZero() || time.isNegative()) {
                throw new IllegalArgumentException("maxTimePerLead must be positive, got " + time);
            }
            this.maxTime = time;
            return this;
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
            sources.add(new RuleSource.FromPath(Objects.requireNonNull(path, "path")));
            return this;
        }

        /**
         * Adds a classpath resource: one {@code .drl} file, or a folder of them (in a directory or a jar), in every
         * classpath entry that holds it.
         *
         * @param resource e.g. {@code com/acme/rules/} or {@code com/acme/rules/extra.drl}
         * @return this builder
         * @throws IllegalArgumentException if {@code resource} is blank
         */
        public Builder addClasspathRules(String resource) {
            Objects.requireNonNull(resource, "resource");
            if (resource.isBlank()) {
                throw new IllegalArgumentException("resource must not be blank");
            }
            sources.add(new RuleSource.FromClasspath(resource.startsWith("/") ? resource.substring(1) : resource));
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
            sources.add(new RuleSource.Text(Objects.requireNonNull(name, "name"), Objects.requireNonNull(drl, "drl")));
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
         * @param source where the profile comes from: a file, a classpath resource or a value; it is read in
         *               {@link #build()}
         * @return this builder
         */
        public Builder profile(ProfileSource source) {
            this.profile = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Adds a learned conversion likelihood to every result ({@link Qualification#likelihood()}), with each
         * feature's contribution. Without one, the engine uses the model its profile names ({@code likelihood.model},
         * relative to the profile file), if any; without either (the default), results have no likelihood.
         *
         * @param file a model file, as {@code qualify learn} writes it; it is read in {@link #build()}
         * @return this builder
         */
        public Builder likelihoodModel(Path file) {
            return likelihoodModel(LikelihoodModelSource.file(Objects.requireNonNull(file, "file")));
        }

        /**
         * @param value a likelihood model
         * @return this builder
         */
        public Builder likelihoodModel(LikelihoodModel value) {
            return likelihoodModel(LikelihoodModelSource.of(Objects.requireNonNull(value, "model")));
        }

        /**
         * @param source where the model comes from: a file, a classpath resource or a value; it is read in
         *               {@link #build()}
         * @return this builder
         */
        public Builder likelihoodModel(LikelihoodModelSource source) {
            this.model = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * The model a profile names ({@code likelihood.model}), resolved against where the profile came from: a
         * file's directory, a classpath resource's folder, or the working directory for a profile value.
         */
        private static Optional<LikelihoodModelSource> modelNamedBy(ProfileSource source, ScoringProfile p) {
            Optional<String> named = p.likelihood().model();
            if (named.isEmpty()) {
                return Optional.empty();
            }
            String text = named.get();
            if (text.startsWith("classpath:")) {
                return Optional.of(LikelihoodModelSource.resource(text.substring("classpath:".length())));
            }
            if (source instanceof ProfileSource.File f) {
                Path dir = f.path().toAbsolutePath().getParent();
                return Optional.of(LikelihoodModelSource.file(dir == null ? Path.of(text) : dir.resolve(text)));
            }
            if (source instanceof ProfileSource.Resource r) {
                return Optional.of(LikelihoodModelSource.resource(r.name().substring(0, r.name().lastIndexOf('/') + 1)
                        + text));
            }
            return Optional.of(LikelihoodModelSource.file(Path.of(text)));
        }

        /**
         * Reads the profile and the rule files, checks and compiles the rules.
         *
         * @return the engine
         * @throws InvalidProfileException if the profile cannot be read or is invalid
         * @throws InvalidLikelihoodModelException if the likelihood model cannot be read or is invalid
         * @throws InvalidRulesException   if no rules are given, a file cannot be read, or any rule is invalid: the
         *                                 exception lists every problem with its file and line
         */
        public RuleBasedQualifier build() {
            return build(profile.load(), profile);
        }

        /**
         * Builds with a profile already loaded (the account engine loads it once for both of its engines).
         *
         * @param p      the profile
         * @param origin where it was loaded from: a model it names is resolved against it
         */
        RuleBasedQualifier build(ScoringProfile p, ProfileSource origin) {
            Optional<LikelihoodModelSource> named = model != null ? Optional.of(model) : modelNamedBy(origin, p);
            Optional<LikelihoodModel> m = named.map(LikelihoodModelSource::load);
            long nanos = maxTime.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : maxTime.toNanos();
            return new RuleBasedQualifier(new Pipeline(p, RuleCompiler.compile(LEAD_RULES, builtIn, p.rules(), sources),
                    new Pipeline.Limits(maxFirings, nanos), m));
        }
    }
}
