package org.leadqualification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code target/qualify.jar} in its own JVM, as the README does. Failsafe runs it in the
 * {@code verify} phase, after {@code package} built the jar; the jar must judge leads, which it only can if the
 * shade kept Drools' service files.
 */
class QualifyJarIT {

    @Test
    void shadedJar_scoresTheSampleLeads(@TempDir Path dir) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("qualify.jar", "target/qualify.jar"));
        Path leads = Path.of(System.getProperty("qualify.sampleLeads", "../data/sample-leads.json"));
        assertThat(jar).as("the shaded jar, made by mvn package").isRegularFile();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(),
                "score", "--as-of", "2026-11-01T00:00:00Z", leads.toString())
                .redirectError(err.toFile())
                .start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(err)).isEmpty();
        List<String> rows = stdout.lines().filter(l -> l.matches("L-\\d+ .*")).toList();
        assertThat(rows).hasSize(29);
        assertThat(rows.get(0)).startsWith("L-1001").contains("SQL");
        assertThat(stdout).contains("29 leads judged as of 2026-11-01T00:00:00Z");
        assertThat(Files.size(jar)).isGreaterThan(1_000_000);
    }
}
