package org.cytostorm.engine.solve.observe;

/**
 * A read-only view of one accepted step of the integrator, with its dense output: the solution
 * anywhere inside the step at the price of an interpolation. A step cut short by an event ends at
 * the event. Valid during the {@link StepHandler}'s call only.
 */
public interface StepView {

    /** Time at the start of the step. */
    double startTime();

    /** Time at the end of the step (the event's time when the step was cut at one). */
    double endTime();

    /**
     * The observables at {@code t} inside the step, from the dense output. The view returned is
     * reused: a further call to {@code at} moves it.
     *
     * @throws IllegalArgumentException unless {@code startTime() <= t <= endTime()}
     */
    Observation at(double t);

    /** The observables at the step's end (a view apart from {@link #at}'s). */
    Observation end();
}
