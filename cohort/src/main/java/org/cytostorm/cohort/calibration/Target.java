package org.cytostorm.cohort.calibration;

/**
 * One natural-history target of a calibration.
 *
 * @param name      how reports call it ("CRS, any grade")
 * @param measure   what is measured
 * @param value     the published figure (a rate in 0..1, or a median in days)
 * @param tolerance how far the calibrated figure may stay from it (10 points for a rate, 1 day for
 *                  an onset, by default)
 * @param source    the publication
 */
public record Target(String name, Measure measure, double value, double tolerance, String source) {

    /** True for a rate (a share of patients), false for a median (days). */
    public boolean isRate() {
        return measure instanceof Measure.Rate;
    }
}
