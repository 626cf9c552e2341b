package org.cytostorm.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress for logs and CI (no terminal): a line per tenth of the work, with the rate and the time
 * left. The trial, cohort, sensitivity and calibrate commands pass {@code progress::update} to their
 * jobs; on a terminal they draw a progress bar instead.
 */
final class PlainProgress {
    private final PrintWriter err;
    private final String task;
    private final String unit;
    private final long start = System.nanoTime();
    private long next = -1;
    private long first = -1;

    /**
     * @param task the line's first word ({@code trial})
     * @param unit what is counted ({@code patients})
     */
    PlainProgress(PrintWriter err, String task, String unit) {
        this.err = err;
        this.task = task;
        this.unit = unit;
    }

    /** {@code done} of {@code total} finished; called from any thread. */
    synchronized void update(long done, long total) {
        if (first < 0) {
            first = done;
            next = done + Math.max(1, total / 10);
            return;
        }
        if (done >= next || done == total) {
            double s = (System.nanoTime() - start) / 1e9;
            double rate = (done - first) / Math.max(s, 1e-9);
            double left = rate > 0 ? (total - done) / rate : Double.NaN;
            err.printf(Locale.ROOT, "%s: %d of %d %s (%.1f per second, %.0f s left)%n", task, done, total, unit, rate,
                    left);
            err.flush();
            next = done + Math.max(1, total / 10);
        }
    }
}
