package org.leadqualification.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.leadqualification.regression.ScenarioLoadException.Problem;
import org.leadqualification.rules.internal.ResourceScanner;

/**
 * Finds scenario files in files, folders and classpath folders (with the {@link ResourceScanner} that finds rule
 * files too), tells lead scenario files (top-level {@code scenarios}) from account scenario files (top-level
 * {@code accountScenarios}) and parses the kinds asked for, all while the scanner is open.
 *
 * <p>Files that a scenario file of either kind uses as leads are leads, not scenario files, and are left out. A
 * file of a kind not asked for is left out too; a file of neither kind is parsed as the kind asked for (as a lead
 * scenario file when both are), so that it fails with what it lacks.
 */
final class ScenarioLoader {

    /** Which kinds of scenario file a load parses. */
    enum Kinds {
        /** Lead scenario files only ({@link ScenarioSuite}). */
        LEADS,
        /** Account scenario files only ({@link AccountScenarios}). */
        ACCOUNTS,
        /** Both ({@link RegressionSuite}). */
        BOTH;

        boolean leads() {
            return this != ACCOUNTS;
        }

        boolean accounts() {
            return this != LEADS;
        }
    }

    /**
     * What a load found.
     *
     * @param files            the lead scenario files, in load order
     * @param accountScenarios the account scenarios, file by file in load order
     */
    record Loaded(List<ScenarioFile> files, List<AccountScenario> accountScenarios) {
    }

    /** What a file is, by its top-level keys. */
    private enum FileKind { LEAD, ACCOUNT, BOTH_KEYS, NEITHER }

    /** The files found under one path the caller gave. */
    private record Given(String shownAs, List<ResourceScanner.Found> files) {
    }

    /** A file that could be read. */
    private record Read(ResourceScanner.Found found, int given, LocatedTree tree, FileKind kind) {
    }

    private ScenarioLoader() {
    }

    static Loaded fromPaths(Collection<Path> paths, Kinds kinds) {
        try (ResourceScanner scanner = new ResourceScanner()) {
            List<Given> given = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (Path p : paths) {
                try {
                    List<ResourceScanner.Found> found = scanner.files(p, ScenarioLoader::isScenarioFileName);
                    if (found.isEmpty()) {
                        problems.add(Problem.of(p.toString(), "no scenario files (*.yaml, *.yml, *.json) here"));
                    }
                    given.add(new Given(p.toString(), found));
                } catch (NoSuchFileException e) {
                    problems.add(Problem.of(p.toString(), "no such file or folder"));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            }
            return parse(given, problems, kinds);
        }
    }

    static Loaded fromClasspath(String folder, ClassLoader loader, Kinds kinds) {
        String name = folder.replaceAll("^/+|/+$", "");
        try (ResourceScanner scanner = new ResourceScanner(loader)) {
            List<Given> given = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            try {
                List<ResourceScanner.Found> found = scanner.classpath(name, ScenarioLoader::isScenarioFileName);
                if (found.isEmpty()) {
                    problems.add(Problem.of("classpath:" + name, "no scenario files (*.yaml, *.yml, *.json) here"));
                }
                given.add(new Given("classpath:" + name, found));
            } catch (NoSuchFileException e) {
                problems.add(Problem.of("classpath:" + name, "no such classpath resource or folder"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list classpath resources " + name, e);
            }
            return parse(given, problems, kinds);
        }
    }

    private static boolean isScenarioFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static FileKind kindOf(JsonNode root) {
        boolean leads = root.isObject() && root.has("scenarios");
        boolean accounts = root.isObject() && root.has(AccountScenarioParser.LIST);
        if (leads && accounts) {
            return FileKind.BOTH_KEYS;
        }
        return leads ? FileKind.LEAD : accounts ? FileKind.ACCOUNT : FileKind.NEITHER;
    }

    /**
     * Reads every file, collects the lead files both kinds name, then parses the scenario files of the kinds asked
     * for. Every problem of every file is collected and thrown together.
     */
    private static Loaded parse(List<Given> given, List<Problem> problems, Kinds kinds) {
        List<Read> read = new ArrayList<>();
        Set<Path> leadFiles = new HashSet<>();
        int[] wanted = new int[given.size()];
        int[] other = new int[given.size()];
        for (int g = 0; g < given.size(); g++) {
            for (ResourceScanner.Found f : given.get(g).files()) {
                Optional<LocatedTree> tree = LocatedTree.readFile(f.path(), f.name(), problems);
                if (tree.isEmpty()) {
                    wanted[g]++; // broken, reported: not a reason to say the path holds nothing
                    continue;
                }
                FileKind kind = kindOf(tree.get().root());
                read.add(new Read(f, g, tree.get(), kind));
                leadFiles.addAll(kind == FileKind.ACCOUNT
                        ? new AccountScenarioParser(f.path(), f.name(), tree.get(), problems).referencedLeadFiles()
                        : new ScenarioFileParser(f.path(), f.name(), f.uri(), tree.get(), problems)
                                .referencedLeadFiles());
            }
        }
        List<ScenarioFile> files = new ArrayList<>();
        List<AccountScenario> accountScenarios = new ArrayList<>();
        for (Read r : read) {
            if (leadFiles.contains(r.found().path().toAbsolutePath().normalize())) {
                continue;
            }
            FileKind kind = r.kind();
            if (kind == FileKind.NEITHER) {
                kind = kinds.leads() ? FileKind.LEAD : FileKind.ACCOUNT;
            }
            switch (kind) {
                case BOTH_KEYS -> {
                    wanted[r.given()]++;
                    new TreeValues(r.tree(), r.found().name(), problems).problem("/" + AccountScenarioParser.LIST,
                            "a file holds either \"scenarios\" (lead scenarios) or \"" + AccountScenarioParser.LIST
                                    + "\" (account scenarios), not both");
                }
                case LEAD -> {
                    if (kinds.leads()) {
                        wanted[r.given()]++;
                        new ScenarioFileParser(r.found().path(), r.found().name(), r.found().uri(), r.tree(), problems)
                                .parse().ifPresent(files::add);
                    } else {
                        other[r.given()]++;
                    }
                }
                default -> { // ACCOUNT; NEITHER was made one of the kinds asked for above
                    if (kinds.accounts()) {
                        wanted[r.given()]++;
                        accountScenarios.addAll(new AccountScenarioParser(r.found().path(), r.found().name(),
                                r.tree(), problems).parse());
                    } else {
                        other[r.given()]++;
                    }
                }
            }
        }
        for (int g = 0; g < given.size(); g++) {
            if (wanted[g] == 0 && other[g] > 0) {
                problems.add(Problem.of(given.get(g).shownAs(), kinds.leads()
                        ? "no lead scenario files here, only account scenario files (top-level \""
                                + AccountScenarioParser.LIST + "\"), which AccountScenarios.load reads"
                        : "no account scenario files here, only lead scenario files (top-level \"scenarios\"), "
                                + "which ScenarioSuite.load reads"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioLoadException(problems);
        }
        return new Loaded(files, accountScenarios);
    }
}
