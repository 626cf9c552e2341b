package org.cytostorm.cohort.calibration;

import java.util.List;

import org.cytostorm.cohort.trial.TrialSpec;

/**
 * A calibration: the cohort whose pool is drawn and simulated (scenario, care, population, pool
 * size, follow-up) and the targets the weighted pool must meet.
 *
 * @param cohort  the cohort (one arm: the background care)
 * @param targets the targets
 */
public record CalibrationSpec(TrialSpec cohort, List<Target> targets) {

    /** The largest pool: each pool patient's parameters are kept until the weights are known. */
    public static final int MAX_POOL = 100_000;

    /** The most targets of one calibration. */
    public static final int MAX_TARGETS = 50;

    public CalibrationSpec {
        targets = List.copyOf(targets);
    }
}
