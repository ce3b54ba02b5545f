package org.leadqualification.rules;

import java.util.Objects;

/**
 * The text of one rule file and where it came from.
 *
 * @param name    how messages name the file: a path, a classpath resource, or a given name
 * @param text    the DRL
 * @param builtIn true for the built-in rule files
 */
record DrlSource(String name, String text, boolean builtIn) {
    DrlSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** @return the last part of the name, e.g. {@code fit.drl} */
    String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
