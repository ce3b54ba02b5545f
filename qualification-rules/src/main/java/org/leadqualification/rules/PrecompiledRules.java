package org.leadqualification.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in rules compiled to the executable model when the library was built (by
 * {@link BuiltInModelGenerator}), so that an engine with the built-in rules starts in a fraction of the time a
 * runtime compilation takes. Used only when the DRL on the classpath is exactly the DRL that was compiled.
 */
final class PrecompiledRules {
    static final String INDEX = "org/leadqualification/rules/builtin/precompiled.properties";
    /** The index of the built-in account rules, compiled as a set of their own. */
    static final String ACCOUNT_INDEX = "org/leadqualification/rules/builtin/account/precompiled.properties";
    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);

    private PrecompiledRules() {
    }

    /** A fingerprint of the built-in rule files: their names and text, in load order. */
    static String fingerprint(List<DrlSource> builtIn) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (DrlSource s : builtIn) {
                sha.update(s.fileName().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(s.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param index   the index of the set, e.g. {@link #ACCOUNT_INDEX}
     * @param builtIn every built-in file of the set, in load order
     * @return the precompiled models of exactly these files, or empty when there are none or they are stale
     */
    static Optional<List<Model>> load(String index, List<DrlSource> builtIn) {
        Properties properties = new Properties();
        try (InputStream in = PrecompiledRules.class.getClassLoader().getResourceAsStream(index)) {
            if (in == null) {
                LOG.debug("no precompiled built-in rules; compiling them at runtime");
                return Optional.empty();
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!fingerprint(builtIn).equals(properties.getProperty("fingerprint"))) {
            LOG.warn("precompiled built-in rules do not match the built-in DRL on the classpath; compiling at runtime");
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : properties.getProperty("models", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                Class<?> type = Class.forName(name.strip(), true, PrecompiledRules.class.getClassLoader());
                models.add((Model) type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                LOG.warn("cannot load precompiled rule model {}; compiling at runtime: {}", name, e.toString());
                return Optional.empty();
            }
        }
        return models.isEmpty() ? Optional.empty() : Optional.of(models);
    }
}
