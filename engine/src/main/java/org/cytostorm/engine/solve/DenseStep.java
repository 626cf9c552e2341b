package org.cytostorm.engine.solve;

/** The last accepted step with its continuous extension (dense output). */
public interface DenseStep {

    /** Time at the start of the step. */
    double startTime();

    /** Time at the end of the step. */
    double endTime();

    /**
     * Writes the solution at {@code t}, {@code startTime() <= t <= endTime()}, into {@code out}.
     * Must not allocate. At the step's ends it returns the step's end values exactly.
     */
    void interpolate(double t, double[] out);

    /**
     * Writes the solution at {@code t} of the listed components only (the others of {@code out} are
     * left as they are), each the same value {@link #interpolate(double, double[])} gives. For a
     * look at a few variables (event triggers) without paying for all. Must not allocate.
     */
    default void interpolate(double t, double[] out, int[] components) {
        interpolate(t, out);
    }
}
