package org.cytostorm.engine.solve;

/**
 * Integrates one segment between discontinuities: from the current point toward a stop time,
 * reporting each accepted step to an observer that may cut the segment short (an event). Wraps
 * either a step-by-step {@link Stepper} or Hipparchus's integrate-to-time API.
 */
interface Advancer {

    /** How a call to {@link #advance} ended. */
    enum Outcome { REACHED, STOPPED, FAILED }

    /** (Re)starts at (t, y); the next segment begins there. */
    void restart(double t, double[] y);

    /** Integrates toward {@code tStop}. */
    Outcome advance(double tStop, StepObserver observer);

    /** Time reached (tStop when REACHED; the stopping step's end when STOPPED). */
    double time();

    /** State at {@link #time()}. */
    double[] state();

    /**
     * Why the last FAILED outcome happened.
     *
     * @param code      what went wrong
     * @param time      where
     * @param component the state component that became non-finite, or -1
     */
    record Failure(ReturnCode code, double time, int component) {
    }

    /** The last failure, or null. */
    Failure failure();

    /** The method's name for reports. */
    String name();
}
