package org.cytostorm.tissue.run;

/** Told how far a tissue run has come; the CLI draws a bar, logs get plain lines. */
public interface ProgressListener {
    ProgressListener SILENT = new ProgressListener() {
    };

    /** The run will take {@code totalSteps}, starting at {@code fromStep} (non-zero when resumed). */
    default void started(long totalSteps, long fromStep) {
    }

    default void stepped(long step, double minutes) {
    }

    default void finished() {
    }
}
