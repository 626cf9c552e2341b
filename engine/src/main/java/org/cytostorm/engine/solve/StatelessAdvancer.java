package org.cytostorm.engine.solve;

/**
 * Advances a system with no state variables (only rules of time and parameters): nothing to
 * integrate, and a step costs only the driver's look at the triggers. Steps are still kept short
 * (a ten-thousandth of the run) because the driver examines triggers at step ends: a trigger true
 * only within a short window ({@code 9 < cosh(time) < 11}) would otherwise fall between them.
 */
final class StatelessAdvancer implements Advancer, DenseStep {

    private static final double[] EMPTY = new double[0];

    /** Steps per run: the resolution at which triggers are examined. */
    private static final int STEPS_PER_RUN = 10_000;

    private final Counters counters;
    private final double maxStep;
    private double t0;
    private double t1;

    StatelessAdvancer(Counters counters, double span) {
        this.counters = counters;
        this.maxStep = span > 0 ? span / STEPS_PER_RUN : Double.POSITIVE_INFINITY;
    }

    @Override
    public void restart(double t, double[] y) {
        t0 = t;
        t1 = t;
    }

    @Override
    public Outcome advance(double tStop, StepObserver observer) {
        while (t1 < tStop) {
            t0 = t1;
            t1 = tStop - t1 > maxStep * 1.5 ? t1 + maxStep : tStop;
            counters.steps++;
            if (observer.onStep(this, EMPTY)) {
                return Outcome.STOPPED;
            }
        }
        return Outcome.REACHED;
    }

    @Override
    public double startTime() {
        return t0;
    }

    @Override
    public double endTime() {
        return t1;
    }

    @Override
    public void interpolate(double t, double[] out) {
        // no state
    }

    @Override
    public double time() {
        return t1;
    }

    @Override
    public double[] state() {
        return EMPTY;
    }

    @Override
    public Failure failure() {
        return null;
    }

    @Override
    public String name() {
        return "none (no state variables)";
    }
}
