package org.cytostorm.cohort.stats;

import java.util.Arrays;

/**
 * One patient's time to an event or to censoring: the input of every survival method here.
 *
 * <p>The time is in the caller's unit (hours inside cytostorm, days in most published data); the
 * methods only compare and order times, and report them back in the same unit. Two observations
 * tie when their times are exactly equal. The group (an arm, say) is a 0-based index used by the
 * Kaplan–Meier curves per group and the log-rank test; the covariates are the Cox model's, in a
 * fixed order the caller names (for a two-arm trial: the arm as 0 or 1).
 *
 * @param time       time from the origin (randomisation, infusion) to the event or censoring;
 *                   finite and &gt;= 0
 * @param event      true if the event was observed at {@code time}, false if the patient was
 *                   censored there (still event-free when last seen)
 * @param group      0-based group index, &gt;= 0
 * @param covariates Cox covariates, each finite; may be empty. The record keeps its own copy and
 *                   hands out copies, so an observation is immutable.
 */
public record SurvivalObservation(double time, boolean event, int group, double... covariates) {

    /**
     * @throws IllegalArgumentException for a negative, NaN or infinite time, a negative group or a
     *                                  non-finite covariate
     */
    public SurvivalObservation {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("survival time must be finite and >= 0, was " + time);
        }
        if (group < 0) {
            throw new IllegalArgumentException("group index must be >= 0, was " + group);
        }
        covariates = covariates == null ? new double[0] : covariates.clone();
        for (int j = 0; j < covariates.length; j++) {
            if (!Double.isFinite(covariates[j])) {
                throw new IllegalArgumentException("covariate " + j + " must be finite, was " + covariates[j]
                        + " (at time " + time + ")");
            }
        }
    }

    /** An observation in group {@code group} without covariates. */
    public static SurvivalObservation of(double time, boolean event, int group) {
        return new SurvivalObservation(time, event, group);
    }

    /** A copy of the covariates. */
    @Override
    public double[] covariates() {
        return covariates.clone();
    }

    /** The number of covariates. */
    public int covariateCount() {
        return covariates.length;
    }

    /** Covariate {@code j}, without copying the array. */
    public double covariate(int j) {
        return covariates[j];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurvivalObservation s
                && Double.compare(time, s.time) == 0 && event == s.event && group == s.group
                && Arrays.equals(covariates, s.covariates);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Double.hashCode(time) + Boolean.hashCode(event)) + group)
                + Arrays.hashCode(covariates);
    }

    @Override
    public String toString() {
        return "SurvivalObservation[time=" + time + ", event=" + event + ", group=" + group
                + ", covariates=" + Arrays.toString(covariates) + "]";
    }
}
