package org.leadqualification.rules.reload;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link ReloadingQualifier} stands: which engine judges, and what the last check of the watched files did.
 *
 * @param generation the engine judging now: 1 for the first, one more for each swap
 * @param loadedAt   when that engine was swapped in
 * @param lastCheck  what the latest check did
 * @param refusal    why the latest changed files were refused, while they are (cleared by a swap); the engine of
 *                   {@code generation} goes on judging meanwhile
 */
public record ReloadStatus(long generation, Instant loadedAt, Check lastCheck, Optional<String> refusal) {

    /** What a check of the watched files did. */
    public enum Check {
        /** The first engine was built; nothing checked since. */
        FIRST_BUILD,
        /** No watched file changed since the previous check. */
        UNCHANGED,
        /** The files changed, the new engine built and passed its scenarios, and now judges. */
        RELOADED,
        /** The files changed but the new engine did not build or failed its scenarios: the old one judges on. */
        REFUSED
    }

    /**
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code generation} is less than 1
     */
    public ReloadStatus {
        Objects.requireNonNull(loadedAt, "loadedAt");
        Objects.requireNonNull(lastCheck, "lastCheck");
        Objects.requireNonNull(refusal, "refusal");
        if (generation < 1) {
            throw new IllegalArgumentException("generation must be >= 1, got " + generation);
        }
    }
}
