package org.leadqualification.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.leadqualification.rules.facts.Scorecard;
import org.leadqualification.rules.internal.ResourceScanner;
import org.leadqualification.rules.profile.RuleSwitches;

/**
 * Turns DRL sources into a KieBase with the executable model, checking first what Drools does not: parse errors
 * with file and line, rule names unique across every file, the types of the {@code score} and {@code profile}
 * globals, and the rules the profile switches off.
 */
final class RuleCompiler {
    static final String SCORE_GLOBAL = "score";
    static final String PROFILE_GLOBAL = "profile";
    private static final Map<String, Set<String>> GLOBAL_TYPES = Map.of(
            SCORE_GLOBAL, Set.of("Scorecard", Scorecard.class.getName()),
            PROFILE_GLOBAL, Set.of("ScoringProfile", org.leadqualification.rules.profile.ScoringProfile.class.getName()));

    private RuleCompiler() {
    }

    /**
     * The built rule base.
     *
     * @param kieBase           the rules
     * @param usesInteractions  whether some rule matches {@code Interaction} facts (so they must be inserted)
     * @param globals           names of the globals the rules declare
     * @param ruleNames         every active rule, in file order
     */
    record Compiled(KieBase kieBase, boolean usesInteractions, Set<String> globals, List<String> ruleNames) {
    }

    /**
     * One set of built-in rules, compiled ahead of time: the lead rules, or the account rules.
     *
     * @param sources     every built-in file of the set, in load order
     * @param index       the class-path index {@link PrecompiledRules} reads
     * @param packageName the built-in rules' DRL package
     * @param profileKey  where the profile switches its rules off, for messages ({@code rules}, {@code account.rules})
     * @param kind        how messages qualify "rules" and "file": empty for the lead rules, {@code "account "}
     */
    record BuiltInSet(List<DrlSource> sources, String index, String packageName, String profileKey, String kind) {
        /** @return the built-in file names, in load order */
        List<String> fileNames() {
            return sources.stream().map(DrlSource::fileName).toList();
        }
    }

    /**
     * Reads the team's rule files and compiles them with a built-in set as the profile switches it: both engine
     * builders' one way from what they were given to a rule base.
     *
     * @param set       the built-in rules
     * @param builtInOn whether the built-in files are loaded
     * @param switches  the profile's switches for this set
     * @param sources   the team's rules, read here
     * @return the rule base
     * @throws InvalidRulesException if a switch names no built-in file, a file cannot be read, there are no rules,
     *                               or any rule is invalid: listing every problem found
     */
    static Compiled compile(BuiltInSet set, boolean builtInOn, RuleSwitches switches, List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        List<String> files = set.fileNames();
        for (String file : switches.disabledFiles()) {
            if (!files.contains(file)) {
                problems.add(RuleProblem.of("profile", 0, set.profileKey() + ".disabledFiles names \"" + file
                        + "\", which is not a built-in " + set.kind() + "file; built-in files: " + files));
            }
        }
        List<DrlSource> drl = new ArrayList<>();
        try (ResourceScanner scanner = new ResourceScanner()) {
            for (RuleSource source : sources) {
                source.read(scanner, drl, problems);
            }
        }
        List<DrlSource> builtIn = builtInOn ? set.sources() : List.of();
        if (problems.isEmpty() && drl.isEmpty()
                && builtIn.stream().allMatch(f -> switches.disabledFiles().contains(f.fileName()))) {
            problems.add(RuleProblem.of("(none)", 0, "no " + set.kind() + "rules: enable the built-in " + set.kind()
                    + "rules or add at least one .drl file"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems, null);
        }
        return compile(set, builtIn, Set.copyOf(switches.disabledFiles()), drl,
                builtInOn ? switches.disabled() : List.of());
    }

    /**
     * Checks and compiles the rules.
     *
     * @param set                  which built-in rules these are
     * @param builtIn              every built-in file in load order (empty when the built-in rules are off)
     * @param disabledFiles        built-in files switched off
     * @param custom               the team's own files
     * @param disabledBuiltInRules built-in rule names switched off
     * @return the rule base
     * @throws InvalidRulesException listing every problem found
     */
    private static Compiled compile(BuiltInSet set, List<DrlSource> builtIn, Set<String> disabledFiles,
                                    List<DrlSource> custom, List<String> disabledBuiltInRules) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> firstDefinition = new HashMap<>();
        Set<String> disabled = new LinkedHashSet<>(disabledBuiltInRules);
        Set<String> disabledFound = new HashSet<>();
        Set<String> switchedOff = new LinkedHashSet<>();
        Set<String> globals = new HashSet<>();
        List<String> ruleNames = new ArrayList<>();
        List<DrlSource> activeBuiltIn = new ArrayList<>();
        List<DrlSource> runtime = new ArrayList<>();
        boolean usesInteractions = false;

        List<DrlSource> all = new ArrayList<>(builtIn);
        all.addAll(custom);
        for (DrlSource src : all) {
            boolean fileOff = src.builtIn() && disabledFiles.contains(src.fileName());
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, src.text());
            } catch (DroolsParserException | RuntimeException e) {
                problems.add(RuleProblem.of(src.name(), 0, "cannot parse: " + e.getMessage()));
                continue;
            }
            if (parser.hasErrors() || pkg == null) {
                for (DroolsError err : parser.getErrors()) {
                    problems.add(RuleProblem.of(src.name(), firstLine(err.getLines()), clean(err.getMessage())));
                }
                if (pkg == null && !parser.hasErrors()) {
                    problems.add(RuleProblem.of(src.name(), 0, "cannot parse: no package or rule found"));
                }
                continue;
            }
            for (ImportDescr imp : pkg.getImports()) {
                RuleVocabulary.movedTo(imp.getTarget())
                        .ifPresent(msg -> problems.add(RuleProblem.of(src.name(), imp.getLine(), msg)));
            }
            char[] text = null;
            for (RuleDescr rule : pkg.getRules()) {
                if (src.builtIn() && (fileOff || disabled.contains(rule.getName()))) {
                    if (disabled.contains(rule.getName())) {
                        disabledFound.add(rule.getName());
                    }
                    switchedOff.add(rule.getName());
                    if (text == null) {
                        text = src.text().toCharArray();
                    }
                    blank(text, rule.getStartCharacter(), rule.getEndCharacter());
                    continue;
                }
                String where = src.name() + ":" + rule.getLine();
                String previous = firstDefinition.putIfAbsent(rule.getName(), where);
                if (previous != null) {
                    problems.add(RuleProblem.of(src.name(), rule.getLine(), "duplicate rule name \"" + rule.getName()
                            + "\": already defined at " + previous + " (rule names must be unique across all files;"
                            + " to replace a built-in rule, switch it off in the profile's rules.disabled)"));
                }
                ruleNames.add(rule.getName());
                usesInteractions |= usesInteractionFacts(rule.getLhs());
                RuleVocabulary.pointsWhileClassifying(rule, src.text())
                        .ifPresent(line -> problems.add(RuleProblem.of(src.name(), line, "rule \"" + rule.getName()
                                + "\" matches Scores, so it fires once scoring is over, and adds points there ("
                                + RuleVocabulary.pointsCall(rule) + "): a rule that matches Scores may only call "
                                + "score.qualify or score.disqualify; add points in a rule that does not match Scores")));
            }
            if (fileOff) {
                continue;
            }
            for (GlobalDescr g : pkg.getGlobals()) {
                Set<String> expected = GLOBAL_TYPES.get(g.getIdentifier());
                Optional<String> moved = RuleVocabulary.movedTo(g.getType());
                if (moved.isPresent()) {
                    problems.add(RuleProblem.of(src.name(), g.getLine(), moved.get()));
                } else if (expected != null && !expected.contains(g.getType())) {
                    problems.add(RuleProblem.of(src.name(), g.getLine(), "global \"" + g.getIdentifier()
                            + "\" must have type " + expected.stream().filter(t -> t.contains(".")).findFirst()
                            .orElseThrow() + ", got " + g.getType()));
                }
                globals.add(g.getIdentifier());
            }
            DrlSource effective = text == null ? src : new DrlSource(src.name(), new String(text), src.builtIn());
            (src.builtIn() ? activeBuiltIn : runtime).add(effective);
        }
        for (String name : disabled) {
            if (!disabledFound.contains(name)) {
                problems.add(RuleProblem.of("profile", 0, set.profileKey() + ".disabled names \"" + name
                        + "\", which is not a built-in rule"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems, null);
        }

        List<Model> models = new ArrayList<>();
        Set<String> removeAfterBuild = Set.of();
        if (!activeBuiltIn.isEmpty()) {
            Optional<List<Model>> precompiled = PrecompiledRules.load(set.index(), builtIn);
            if (precompiled.isPresent()) {
                models.addAll(precompiled.get());
                removeAfterBuild = switchedOff;
            } else {
                runtime.addAll(0, activeBuiltIn);
            }
        }
        if (!runtime.isEmpty()) {
            models.addAll(compileModels(runtime).models());
        }
        KieBase kieBase;
        try {
            kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        } catch (RuntimeException e) {
            throw new InvalidRulesException(List.of(RuleProblem.of(names(all), 0,
                    "the rules could not be assembled: " + rootMessage(e))), e);
        }
        for (String name : removeAfterBuild) {
            kieBase.removeRule(set.packageName(), name);
        }
        return new Compiled(kieBase, usesInteractions, Set.copyOf(globals), List.copyOf(ruleNames));
    }

    private static String names(List<DrlSource> sources) {
        return String.join(", ", sources.stream().map(DrlSource::name).toList());
    }

    /**
     * Rules compiled at runtime.
     *
     * @param module the compiled module
     * @param models its executable models
     */
    record Runtime(CanonicalKieModule module, List<Model> models) {
    }

    /** Compiles DRL to the executable model; every error is reported with its file and line. */
    static Runtime compileModels(List<DrlSource> sources) {
        return compileModels(sources, "rules-" + UUID.randomUUID());
    }

    /** Compiles DRL under a given artifact id (which names the generated classes). */
    static Runtime compileModels(List<DrlSource> sources, String artifactId) {
        Map<String, DrlSource> files = new LinkedHashMap<>();
        for (DrlSource src : sources) {
            String dir = packagePath(src.text());
            files.put("src/main/resources/" + dir + "/" + (files.size() + 1) + "_" + safe(src.fileName()), src);
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.leadqualification.generated", artifactId, "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        files.forEach((path, src) -> kfs.write(path, src.text()));
        KieBuilder builder = ks.newKieBuilder(kfs);
        List<RuleProblem> problems = new ArrayList<>();
        try {
            builder.buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // Some invalid constraints make the executable-model build throw instead of reporting.
            problems.add(RuleProblem.of(names(sources), 0, "the rules could not be compiled: " + rootMessage(e)));
            throw new InvalidRulesException(problems, e);
        }
        try {
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                DrlSource src = m.getPath() == null ? null : files.get(m.getPath());
                if (src == null && m.getPath() != null) {
                    src = files.get("src/main/resources/" + m.getPath());
                }
                String file = src != null ? src.name() : describeGenerated(m.getPath(), files);
                problems.add(RuleProblem.of(file, m.getLine(), clean(m.getText())));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRulesException(problems, null);
            }
            CanonicalKieModule module = (CanonicalKieModule) builder.getKieModule();
            KieBaseModelImpl kieBaseModel = (KieBaseModelImpl) module.getKieModuleModel().getKieBaseModels()
                    .values().iterator().next();
            return new Runtime(module, List.copyOf(module.getModelForKBase(kieBaseModel)));
        } finally {
            // Only the models are kept; the repository would otherwise keep every module ever built.
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("^\\s*package\\s+([\\w.]+)", java.util.regex.Pattern.MULTILINE);

    private static String packagePath(String drl) {
        java.util.regex.Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') : "defaultpkg";
    }

    private static String describeGenerated(String path, Map<String, DrlSource> files) {
        if (path == null) {
            return files.size() == 1 ? files.values().iterator().next().name() : "rules";
        }
        return files.size() == 1 ? files.values().iterator().next().name() + " (generated " + path + ")" : path;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Drools appends its parser's stack trace to some messages; a reader needs the text above it. */
    static String clean(String message) {
        if (message == null) {
            return "(no message)";
        }
        int trace = message.indexOf("Problem stacktrace");
        return (trace < 0 ? message : message.substring(0, trace)).strip();
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    /** Blanks a rule out of the text, keeping line breaks so that every other line keeps its number. */
    private static void blank(char[] text, int start, int end) {
        for (int i = Math.max(0, start); i <= end && i < text.length; i++) {
            if (text[i] != '\n' && text[i] != '\r') {
                text[i] = ' ';
            }
        }
    }

    private static String safe(String fileName) {
        String s = fileName.replaceAll("[^A-Za-z0-9_.-]", "_");
        return s.toLowerCase(Locale.ROOT).endsWith(".drl") ? s : s + ".drl";
    }

    /** Whether a condition matches {@code Interaction} facts from working memory (not {@code from} a list). */
    static boolean usesInteractionFacts(BaseDescr descr) {
        return matches(descr, Set.of("Interaction", org.leadqualification.model.Interaction.class.getName()), false);
    }

    /**
     * Whether a condition has a pattern of one of the given types anywhere, including inside {@code not},
     * {@code exists}, {@code or}, {@code accumulate} and {@code collect}.
     *
     * @param descr     the condition
     * @param types     the type's simple and qualified names
     * @param countFrom whether a pattern over {@code from} counts (it does not come from working memory)
     */
    static boolean matches(BaseDescr descr, Set<String> types, boolean countFrom) {
        if (descr instanceof PatternDescr p) {
            if (types.contains(p.getObjectType()) && (countFrom || !(p.getSource() instanceof FromDescr))) {
                return true;
            }
            return p.getSource() != null && matches(p.getSource(), types, countFrom);
        }
        if (descr instanceof AccumulateDescr a) {
            return matches(a.getInput(), types, countFrom);
        }
        if (descr instanceof CollectDescr c) {
            return matches(c.getInputPattern(), types, countFrom);
        }
        if (descr instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                if (matches(child, types, countFrom)) {
                    return true;
                }
            }
        }
        return false;
    }
}
