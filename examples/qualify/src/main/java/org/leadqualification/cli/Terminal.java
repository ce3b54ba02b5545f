package org.leadqualification.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is watching, which decides whether a progress bar is drawn. */
final class Terminal {
    private Terminal() {
    }

    /**
     * Java 17 cannot ask whether standard error alone is a terminal; {@link System#console()} is non-null when the
     * JVM runs in an interactive terminal (standard input and output not redirected), which is the closest it can
     * tell. On Java 22 and later the console exists even when redirected, so {@code Console.isTerminal()} decides.
     *
     * @return true if the JVM is attached to an interactive terminal
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // before Java 22: a console exists only for a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
