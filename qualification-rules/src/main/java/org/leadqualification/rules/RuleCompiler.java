package org.leadqualification.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

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
     * @param container         the container that owns them, disposed with the engine
     * @param usesInteractions  whether some rule matches {@code Interaction} facts (so they must be inserted)
     * @param globals           names of the globals the rules declare
     * @param ruleNames         every active rule, in file order
     */
    record Compiled(KieBase kieBase, KieContainer container, boolean usesInteractions, Set<String> globals,
                    List<String> ruleNames) {
    }

    static Compiled compile(List<DrlSource> sources, List<String> disabledBuiltInRules) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> firstDefinition = new HashMap<>();
        Set<String> disabled = new LinkedHashSet<>(disabledBuiltInRules);
        Set<String> disabledFound = new HashSet<>();
        Set<String> globals = new HashSet<>();
        List<String> ruleNames = new ArrayList<>();
        Map<String, DrlSource> files = new LinkedHashMap<>();
        boolean usesInteractions = false;

        for (DrlSource src : sources) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, src.text());
            } catch (DroolsParserException | RuntimeException e) {
                problems.add(new RuleProblem(src.name(), 0, "cannot parse: " + e.getMessage()));
                continue;
            }
            if (parser.hasErrors() || pkg == null) {
                for (DroolsError err : parser.getErrors()) {
                    problems.add(new RuleProblem(src.name(), firstLine(err.getLines()), err.getMessage()));
                }
                if (pkg == null && !parser.hasErrors()) {
                    problems.add(new RuleProblem(src.name(), 0, "cannot parse: no package or rule found"));
                }
                continue;
            }
            char[] text = null;
            for (RuleDescr rule : pkg.getRules()) {
                if (src.builtIn() && disabled.contains(rule.getName())) {
                    disabledFound.add(rule.getName());
                    if (text == null) {
                        text = src.text().toCharArray();
                    }
                    blank(text, rule.getStartCharacter(), rule.getEndCharacter());
                    continue;
                }
                String where = src.name() + ":" + rule.getLine();
                String previous = firstDefinition.putIfAbsent(rule.getName(), where);
                if (previous != null) {
                    problems.add(new RuleProblem(src.name(), rule.getLine(), "duplicate rule name \"" + rule.getName()
                            + "\": already defined at " + previous + " (rule names must be unique across all files;"
                            + " to replace a built-in rule, switch it off in the profile's rules.disabled)"));
                }
                ruleNames.add(rule.getName());
                usesInteractions |= usesInteractionFacts(rule.getLhs());
            }
            for (GlobalDescr g : pkg.getGlobals()) {
                Set<String> expected = GLOBAL_TYPES.get(g.getIdentifier());
                if (expected != null && !expected.contains(g.getType())) {
                    problems.add(new RuleProblem(src.name(), g.getLine(), "global \"" + g.getIdentifier()
                            + "\" must have type " + expected.stream().filter(t -> t.contains(".")).findFirst()
                            .orElseThrow() + ", got " + g.getType()));
                }
                globals.add(g.getIdentifier());
            }
            String dir = pkg.getNamespace() == null || pkg.getNamespace().isEmpty()
                    ? "defaultpkg" : pkg.getNamespace().replace('.', '/');
            String path = "src/main/resources/" + dir + "/" + (files.size() + 1) + "_" + safe(src.fileName());
            files.put(path, text == null ? src : new DrlSource(src.name(), new String(text), src.builtIn()));
        }
        for (String name : disabled) {
            if (!disabledFound.contains(name)) {
                problems.add(new RuleProblem("profile", 0, "rules.disabled names \"" + name
                        + "\", which is not a built-in rule"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems, null);
        }
        return build(files, usesInteractions, globals, ruleNames);
    }

    private static Compiled build(Map<String, DrlSource> files, boolean usesInteractions, Set<String> globals,
                                  List<String> ruleNames) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.leadqualification.generated", "rules-" + UUID.randomUUID(),
                "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        files.forEach((path, src) -> kfs.write(path, src.text()));
        KieBuilder builder = ks.newKieBuilder(kfs);
        List<RuleProblem> problems = new ArrayList<>();
        try {
            builder.buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // Some invalid constraints make the executable-model build throw instead of reporting.
            problems.add(new RuleProblem(String.join(", ", files.values().stream().map(DrlSource::name).toList()), 0,
                    "the rules could not be compiled: " + rootMessage(e)));
            throw new InvalidRulesException(problems, e);
        }
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            DrlSource src = m.getPath() == null ? null : files.get(m.getPath());
            if (src == null && m.getPath() != null) {
                src = files.get("src/main/resources/" + m.getPath());
            }
            String file = src != null ? src.name() : describeGenerated(m.getPath(), files);
            problems.add(new RuleProblem(file, m.getLine(), m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems, null);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        try {
            KieBase kieBase = container.getKieBase();
            return new Compiled(kieBase, container, usesInteractions, Set.copyOf(globals), List.copyOf(ruleNames));
        } finally {
            // The container keeps what it needs; the repository would otherwise keep every engine ever built.
            ks.getRepository().removeKieModule(releaseId);
        }
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
        if (descr instanceof PatternDescr p) {
            String type = p.getObjectType();
            boolean interaction = "Interaction".equals(type)
                    || org.leadqualification.model.Interaction.class.getName().equals(type);
            if (interaction && !(p.getSource() instanceof FromDescr)) {
                return true;
            }
            return p.getSource() != null && usesInteractionFacts(p.getSource());
        }
        if (descr instanceof AccumulateDescr a) {
            return usesInteractionFacts(a.getInput());
        }
        if (descr instanceof CollectDescr c) {
            return usesInteractionFacts(c.getInputPattern());
        }
        if (descr instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                if (usesInteractionFacts(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
