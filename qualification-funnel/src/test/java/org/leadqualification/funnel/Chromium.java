package org.leadqualification.funnel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Debian package's headless Chromium on a local file. Skips the calling test when Chromium is absent, unless
 * the environment variable {@code CI} is set: there a missing browser fails.
 */
final class Chromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    static Chromium findOrSkip() {
        for (String c : CANDIDATES) {
            if (Files.isExecutable(Path.of(c))) {
                return new Chromium(Path.of(c));
            }
        }
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            throw new AssertionError("CI is set but no Chromium at " + CANDIDATES + ": apt-get install -y chromium");
        }
        assumeTrue(false, "no Chromium at " + CANDIDATES + " (apt-get install -y chromium); skipped outside CI");
        throw new IllegalStateException("unreachable");
    }

    /** @return the page's DOM after its scripts ran */
    String dumpDom(Path page, Path work) throws IOException, InterruptedException {
        return run(page, work, "--dump-dom");
    }

    /** Takes a screenshot of the page, 1280 wide, into {@code png}. */
    void screenshot(Path page, Path work, Path png) throws IOException, InterruptedException {
        run(page, work, "--screenshot=" + png.toAbsolutePath());
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("Chromium wrote no screenshot at " + png);
        }
    }

    private String run(Path page, Path work, String action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,2400",
                action, page.toUri().toString()));
        Path stdout = work.resolve("chromium-" + System.nanoTime() + ".out");
        Path stderr = work.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("Chromium exited " + p.exitValue() + ": "
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
