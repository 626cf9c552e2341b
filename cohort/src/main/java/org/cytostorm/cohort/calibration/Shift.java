package org.cytostorm.cohort.calibration;

/**
 * How the weighting moved one parameter of the pool: what the calibration says about it. The shift
 * is standardised, (weighted mean - pool mean) / pool SD, on the log scale for a positive
 * parameter (the table's log-normal ones), so that shifts compare across parameters.
 *
 * @param parameter      the parameter
 * @param poolMedian     its median in the pool
 * @param weightedMedian its weighted median
 * @param shift          the standardised shift of its mean
 */
public record Shift(String parameter, double poolMedian, double weightedMedian, double shift) {
}
