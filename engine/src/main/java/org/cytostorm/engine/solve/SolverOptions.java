package org.cytostorm.engine.solve;

/**
 * How to integrate: method, tolerances and limits.
 *
 * @param method            integration method
 * @param relativeTolerance relative error tolerance per step
 * @param absoluteTolerance absolute error tolerance per step (in each variable's stored unit)
 * @param maxSteps          the run stops with {@link ReturnCode#MAX_STEPS} after this many steps
 * @param maxStepSize       largest step allowed (infinity for none)
 * @param initialStepSize   first step size, or NaN to let the method choose
 */
public record SolverOptions(Method method, double relativeTolerance, double absoluteTolerance, long maxSteps,
                            double maxStepSize, double initialStepSize) {

    /** The largest step limit accepted: beyond it a run would take hours, not a result. */
    public static final long MAX_STEPS = 100_000_000L;

    public static final SolverOptions DEFAULTS =
            new SolverOptions(Method.AUTO, 1e-6, 1e-10, 100_000, Double.POSITIVE_INFINITY, Double.NaN);

    public SolverOptions {
        if (method == null) {
            throw new IllegalArgumentException("method must be given");
        }
        new Tolerances(relativeTolerance, absoluteTolerance); // validates
        if (maxSteps <= 0 || maxSteps > MAX_STEPS) {
            throw new IllegalArgumentException("maximum steps must be between 1 and " + MAX_STEPS + ", not " + maxSteps);
        }
        if (!(maxStepSize > 0)) {
            throw new IllegalArgumentException("maximum step size must be positive, not " + maxStepSize);
        }
        if (!Double.isNaN(initialStepSize) && !(initialStepSize > 0)) {
            throw new IllegalArgumentException("initial step size must be positive, not " + initialStepSize);
        }
    }

    public Tolerances tolerances() {
        return new Tolerances(relativeTolerance, absoluteTolerance);
    }

    public SolverOptions withMethod(Method m) {
        return new SolverOptions(m, relativeTolerance, absoluteTolerance, maxSteps, maxStepSize, initialStepSize);
    }

    public SolverOptions withTolerances(double rtol, double atol) {
        return new SolverOptions(method, rtol, atol, maxSteps, maxStepSize, initialStepSize);
    }

    public SolverOptions withMaxSteps(long n) {
        return new SolverOptions(method, relativeTolerance, absoluteTolerance, n, maxStepSize, initialStepSize);
    }

    public SolverOptions withMaxStepSize(double h) {
        return new SolverOptions(method, relativeTolerance, absoluteTolerance, maxSteps, h, initialStepSize);
    }

    public SolverOptions withInitialStepSize(double h) {
        return new SolverOptions(method, relativeTolerance, absoluteTolerance, maxSteps, maxStepSize, h);
    }
}
