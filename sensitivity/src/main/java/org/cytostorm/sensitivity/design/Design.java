package org.cytostorm.sensitivity.design;

/**
 * The points of a sensitivity analysis in the unit hypercube, one coordinate per factor, numbered
 * 0 to {@link #rows()} - 1. A point is a pure function of its number (and the design's seed), so
 * that batches can be evaluated in any order, on any thread, and an interrupted run resumes.
 */
public sealed interface Design permits SaltelliDesign, MorrisDesign {

    /** The number of factors (coordinates of a point). */
    int factors();

    /** The number of points. */
    long rows();

    /** Writes point {@code row} into {@code u} (length {@link #factors()}), each coordinate in (0, 1). */
    void point(long row, double[] u);

    /** What point {@code row} is, for the evaluations file: {@code A}, {@code B}, {@code AB:3}, {@code T5:2}. */
    String label(long row);
}
