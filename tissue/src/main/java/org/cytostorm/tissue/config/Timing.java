package org.cytostorm.tissue.config;

/**
 * The clock of a run, all in minutes.
 *
 * @param duration simulated time
 * @param dt step of cells and fields
 * @param recordEvery interval between timeseries rows
 * @param frameEvery interval between frames (0 for none)
 * @param checkpointEvery interval between checkpoints (0 for none)
 */
public record Timing(double duration, double dt, double recordEvery, double frameEvery, double checkpointEvery) {

    public long steps() {
        return Math.round(duration / dt);
    }

    /** Steps between events of interval {@code every} minutes (0 when never). */
    public long stepsPer(double every) {
        return every <= 0 ? 0 : Math.max(1, Math.round(every / dt));
    }
}
