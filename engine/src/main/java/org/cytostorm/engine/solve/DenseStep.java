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
}
