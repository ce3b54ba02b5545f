package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar follows standard error, whatever standard output is redirected to. */
class TerminalTest {

    @Test
    void standardErrorOnATerminal_isInteractive_evenWithOutputRedirected(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"));

        assertThat(Terminal.standardErrorIsTerminal(link)).contains(true);
    }

    @Test
    void standardErrorToAFileOrPipe_isNotInteractive(@TempDir Path dir) throws IOException {
        Path file = Files.createSymbolicLink(dir.resolve("file"), dir.resolve("err.txt"));
        Path pipe = Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[4242]"));

        assertThat(Terminal.standardErrorIsTerminal(file)).contains(false);
        assertThat(Terminal.standardErrorIsTerminal(pipe)).contains(false);
    }

    @Test
    void noProcFileSystem_fallsBackToTheConsole(@TempDir Path dir) {
        assertThat(Terminal.standardErrorIsTerminal(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void terminalDevices() {
        assertThat(Terminal.isTerminalDevice("/dev/pts/0")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
        assertThat(Terminal.isTerminalDevice("socket:[12]")).isFalse();
    }
}
