package org.cytostorm.report.html;

/**
 * One row of a forest plot: a ratio with its 95% interval.
 *
 * @param label    what the row compares (a subgroup, an arm against the control), written beside it
 * @param series   the series it belongs to (an arm): its colour and its entry in the legend
 * @param estimate the ratio
 * @param lo       the interval's lower limit
 * @param hi       its upper limit
 */
public record ForestRow(String label, String series, double estimate, double lo, double hi) {

    /** A ratio and interval that a log axis can show: all finite, the lower limit above 0. */
    public boolean estimable() {
        return Double.isFinite(estimate) && Double.isFinite(lo) && Double.isFinite(hi) && lo > 0;
    }
}
