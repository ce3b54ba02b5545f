package org.leadqualification.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a person is watching standard error, which decides whether a progress bar is drawn. */
final class Terminal {
    /** Where Linux shows what standard error is connected to. */
    static final Path STANDARD_ERROR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /**
     * The progress bar goes to standard error, so that is the stream that matters: a long run is usually
     * {@code qualify score ... > results.jsonl}, output redirected and standard error still on the terminal. Java 17
     * cannot ask whether one stream is a terminal, so on Linux this reads what {@code /proc/self/fd/2} links to (a
     * terminal is {@code /dev/pts/N} or {@code /dev/ttyN}). Elsewhere it falls back to {@link System#console()},
     * which exists only when standard input and output are a terminal (Java 22 and later: when
     * {@code Console.isTerminal()} says so).
     *
     * @return true if standard error is (or, where that cannot be told, probably is) an interactive terminal
     */
    static boolean isInteractive() {
        return standardErrorIsTerminal(STANDARD_ERROR_LINK).orElseGet(Terminal::consoleIsTerminal);
    }

    /**
     * @param link a {@code /proc/self/fd/N} symbolic link
     * @return whether it points at a terminal device; empty if it cannot be read (no {@code /proc})
     */
    static java.util.Optional<Boolean> standardErrorIsTerminal(Path link) {
        try {
            return java.util.Optional.of(isTerminalDevice(Files.readSymbolicLink(link).toString()));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * @param target what a file descriptor links to, e.g. {@code /dev/pts/3}, {@code /tmp/out.txt} or
     *               {@code pipe:[1234]}
     * @return true for a terminal device
     */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    private static boolean consoleIsTerminal() {
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
