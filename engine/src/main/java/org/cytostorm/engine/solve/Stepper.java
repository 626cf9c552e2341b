package org.cytostorm.engine.solve;

/**
 * A one-step integrator driven step by step: the event driver asks for one accepted step at a time,
 * inspects it through the dense output, and restarts the stepper after an event. One instance
 * serves one run on one thread; it allocates its workspace at construction and nothing per step.
 */
public interface Stepper extends DenseStep {

    /**
     * (Re)starts at {@code (t0, y0)}: copies y0, evaluates what the method needs at the start and
     * chooses an initial step size (or reuses {@code suggestedStep} when positive) toward
     * {@code tDirection} (the run's end time, after t0).
     */
    void start(double t0, double[] y0, double tDirection, double suggestedStep);

    /**
     * Takes one accepted step that ends at or before {@code tStop} (exactly at {@code tStop} when
     * the step would pass it). Returns OK, or why no step could be taken; on failure the state is
     * still that at {@link #startTime()} of the failed attempt and {@link #failureTime()} and
     * {@link #failureComponent()} describe it.
     */
    StepStatus step(double tStop);

    /** The state at {@link #endTime()}. A live view: read it, do not keep or change it. */
    double[] state();

    /** The step size the controller proposes for the next step. */
    double nextStepSize();

    /** Time at which the last failure happened. */
    double failureTime();

    /** Index of the state component that was NaN or infinite at the last NON_FINITE failure, or -1. */
    int failureComponent();
}
