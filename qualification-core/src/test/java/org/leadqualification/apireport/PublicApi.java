package org.leadqualification.apireport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module, listed from its compiled classes: every public or protected type, constructor, method
 * and field that a user can reach, outside {@code internal} packages, with its full generic signature, one line
 * each, types in name order, each type's members sorted after it. A module keeps the list in a file and a test
 * compares it with the classes ({@link #diff(List, List)}), so that any change to the API is a deliberate,
 * reviewed change of that file.
 *
 * <p>Reusable by every module: {@code qualification-core}'s test-jar ships it.
 */
public final class PublicApi {
    private final List<String> lines;

    private PublicApi(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * @param anyClass a class of the module, to find its classes folder or jar root
     * @return the module's public API
     */
    public static PublicApi ofModuleOf(Class<?> anyClass) {
        return ofModuleOf(anyClass, packageName -> false);
    }

    /**
     * @param anyClass    a class of the module, to find its classes folder or jar root
     * @param skipPackage packages that are not API besides the internal ones, e.g. generated code
     * @return the module's public API
     */
    public static PublicApi ofModuleOf(Class<?> anyClass, Predicate<String> skipPackage) {
        try {
            Path root = Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            return of(root, anyClass.getClassLoader(), skipPackage);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + anyClass, e);
        }
    }

    /**
     * @param classes the module's classes folder, e.g. {@code target/classes}
     * @param loader  a class loader that can load them
     * @return the module's public API
     */
    public static PublicApi of(Path classes, ClassLoader loader) {
        return of(classes, loader, packageName -> false);
    }

    /**
     * @param classes     the module's classes folder, e.g. {@code target/classes}
     * @param loader      a class loader that can load them
     * @param skipPackage packages that are not API besides the internal ones, e.g. generated code
     * @return the module's public API
     */
    public static PublicApi of(Path classes, ClassLoader loader, Predicate<String> skipPackage) {
        TreeMap<String, List<String>> byType = new TreeMap<>();
        for (String name : classNames(classes)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
            if (isInternal(type.getPackageName()) || skipPackage.test(type.getPackageName()) || !reachable(type)) {
                continue;
            }
            byType.put(type.getTypeName(), describe(type));
        }
        return new PublicApi(byType.values().stream().flatMap(List::stream).toList());
    }

    /** @return one line per type and member */
    public List<String> lines() {
        return lines;
    }

    /** @return the lines, each ending with a newline */
    public String text() {
        return lines.stream().map(l -> l + "\n").collect(Collectors.joining());
    }

    /**
     * Compares this API with the module's checked-in API file; with {@code -Dapi.update=true} first rewrites the file
     * (the reviewed way to change it).
     *
     * @param apiFile the module's API file, e.g. {@code api/qualification-core.api}
     * @return the {@link #diff} of the file against this API; empty when equal
     * @throws IOException if the file cannot be read or written
     */
    public String diffAgainst(Path apiFile) throws IOException {
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(apiFile.toAbsolutePath().getParent());
            Files.writeString(apiFile, text(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> expected = Files.exists(apiFile)
                ? Files.readAllLines(apiFile, java.nio.charset.StandardCharsets.UTF_8) : List.of();
        return diff(expected, lines());
    }

    /**
     * @param expected the lines kept in the module's API file
     * @param actual   the lines of the compiled classes
     * @return what the classes add ({@code +}) and remove ({@code -}) against the file, one line each; empty when
     *         equal
     */
    public static String diff(List<String> expected, List<String> actual) {
        Set<String> was = new LinkedHashSet<>(expected);
        Set<String> now = new LinkedHashSet<>(actual);
        StringBuilder sb = new StringBuilder();
        expected.stream().filter(l -> !now.contains(l)).forEach(l -> sb.append("- ").append(l).append('\n'));
        actual.stream().filter(l -> !was.contains(l)).forEach(l -> sb.append("+ ").append(l).append('\n'));
        if (sb.isEmpty() && !expected.equals(actual)) {
            sb.append("same lines in another order\n");
        }
        return sb.toString();
    }

    /** @return true for a package named {@code internal} or below one: no compatibility promise, not API */
    static boolean isInternal(String packageName) {
        return Arrays.asList(packageName.split("\\.")).contains("internal");
    }

    private static List<String> classNames(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString())
                    .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A type a user can name: public, or protected in a reachable type, and not local, anonymous or synthetic. */
    private static boolean reachable(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        int m = type.getModifiers();
        Class<?> outer = type.getDeclaringClass();
        if (outer == null) {
            return Modifier.isPublic(m);
        }
        return (Modifier.isPublic(m) || Modifier.isProtected(m) && !Modifier.isFinal(outer.getModifiers()))
                && reachable(outer);
    }

    private static List<String> describe(Class<?> type) {
        List<String> members = new ArrayList<>();
        boolean extensible = !Modifier.isFinal(type.getModifiers()) && !type.isEnum() && !type.isRecord();
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c, extensible)) {
                members.add(c.toGenericString());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m, extensible) && !m.isBridge()) {
                members.add(m.toGenericString());
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f, extensible)) {
                members.add(f.toGenericString());
            }
        }
        members.sort(Comparator.naturalOrder());
        List<String> out = new ArrayList<>();
        out.add(header(type));
        members.forEach(m -> out.add("  " + m));
        return out;
    }

    /** Public members, and protected ones where a user can subclass. */
    private static boolean visible(Member member, boolean extensible) {
        if (member.isSynthetic() || member instanceof Executable e && e.isSynthetic()) {
            return false;
        }
        int m = member.getModifiers();
        return Modifier.isPublic(m) || Modifier.isProtected(m) && extensible;
    }

    private static String header(Class<?> type) {
        StringBuilder sb = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            sb.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            sb.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
                    .map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        if (type.isSealed()) {
            sb.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
                    .map(Class::getTypeName).collect(Collectors.joining(", ")));
        }
        return Objects.requireNonNull(sb.toString());
    }
}
