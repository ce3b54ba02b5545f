package org.leadqualification.cli;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Counts leads and, for a person at a terminal, draws a progress bar on standard error with the count and the
 * rate (the total is unknown while streaming). The bar appears only once judging has taken a while, so short runs
 * print nothing extra; it is never drawn when nobody watches.
 */
final class Progress implements AutoCloseable {
    /** How long a run goes before the bar is worth showing. */
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final boolean enabled;
    private final String task;
    private final long start = System.nanoTime();
    private long count;
    private ProgressBar bar;

    private Progress(boolean enabled, String task) {
        this.enabled = enabled;
        this.task = task;
    }

    /**
     * @param interactive whether a person watches the terminal
     * @param task        what the bar says it does
     * @return a progress counter
     */
    static Progress start(boolean interactive, String task) {
        return new Progress(interactive, task);
    }

    /** Counts one more lead. */
    void step() {
        count++;
        if (bar != null) {
            bar.stepTo(count);
        } else if (enabled && (count & 0xFF) == 0 && System.nanoTime() - start > SHOW_AFTER_NANOS) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(-1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUnit(" leads", 1)
                    .showSpeed()
                    .hideEta()
                    .setSpeedUnit(ChronoUnit.SECONDS)
                    .setUpdateIntervalMillis(250)
                    .build();
            bar.stepTo(count);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
