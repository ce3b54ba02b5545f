package org.leadqualification.cli;

import java.time.Instant;
import picocli.CommandLine.Option;

/** The {@code --as-of} option, shared by {@code score} and {@code impact}. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "Judge the leads as of this ISO-8601 instant, e.g. 2026-11-01T00:00:00Z (default: now).")
    private Instant asOf;

    /** @return the instant given, or now when none was */
    Instant instant() {
        return asOf != null ? asOf : Instant.now();
    }
}
