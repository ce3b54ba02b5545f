package org.leadqualification.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModule;

/**
 * Build-time tool (run by Maven in {@code process-classes}): compiles the built-in rules to the executable model
 * and writes the generated classes and an index next to the library's classes, for {@link PrecompiledRules}.
 * Not part of the API.
 */
final class BuiltInModelGenerator {
    private BuiltInModelGenerator() {
    }

    /**
     * @param args the output folder, e.g. {@code target/classes}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BuiltInModelGenerator OUTPUT_DIR");
        }
        Path out = Path.of(args[0]);
        generate(out, RuleBasedQualifier.builtInSources(), PrecompiledRules.INDEX, "qualification-rules-builtin", "");
        // The account rules are a set of their own, so that a lead-only engine loads exactly what it did before. Only
        // their own package is written: the module-level classes (org/drools/project/...) stay the lead rules' own.
        generate(out, AccountQualifier.builtInSources(), PrecompiledRules.ACCOUNT_INDEX, "qualification-rules-account",
                "org/leadqualification/rules/builtin/account/");
    }

    private static void generate(Path out, List<DrlSource> builtIn, String indexResource, String artifactId,
                                 String onlyUnder) throws IOException {
        String fingerprint = PrecompiledRules.fingerprint(builtIn);
        Path indexFile = out.resolve(indexResource);
        if (Files.exists(indexFile)) {
            Properties existing = new Properties();
            try (var in = Files.newInputStream(indexFile)) {
                existing.load(in);
            }
            if (fingerprint.equals(existing.getProperty("fingerprint"))) {
                System.out.println("precompiled built-in rules are up to date: " + indexResource);
                return;
            }
        }
        long start = System.nanoTime();
        // A fixed artifact id gives the generated classes stable names from build to build.
        RuleCompiler.Runtime compiled = RuleCompiler.compileModels(builtIn, artifactId);
        CanonicalKieModule module = compiled.module();
        int written = 0;
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class") && file.startsWith(onlyUnder)) {
                Path target = out.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(file));
                written++;
            }
        }
        List<String> models = new ArrayList<>();
        for (Model m : compiled.models()) {
            models.add(m.getClass().getName());
        }
        Properties index = new Properties();
        index.setProperty("fingerprint", fingerprint);
        index.setProperty("models", String.join(",", models));
        Files.createDirectories(indexFile.getParent());
        try (OutputStream os = Files.newOutputStream(indexFile)) {
            index.store(os, "Built-in rules compiled to the executable model at build time");
        }
        System.out.printf("precompiled %d built-in rule files: %d classes, models %s, in %d ms%n", builtIn.size(),
                written, models, (System.nanoTime() - start) / 1_000_000);
    }
}
