package org.cytostorm.engine.solve;

/**
 * The right-hand side of {@code y' = f(t, y)} with its derivatives, bound to one run's parameter
 * and workspace arrays. Not thread-safe: each run (each thread) holds its own.
 */
public interface OdeFunction {

    /** Number of state variables n. */
    int dimension();

    /** Writes f(t, y) into {@code dydt} (length n). Must not allocate. */
    void derivatives(double t, double[] y, double[] dydt);

    /** Writes the Jacobian ∂f/∂y into {@code dfdy}, row-major: {@code dfdy[i*n + j] = ∂f_i/∂y_j}. */
    void jacobian(double t, double[] y, double[] dfdy);

    /**
     * Writes the Jacobian's structurally nonzero entries into {@code dfdy} and leaves the others as
     * they are: for a caller whose array is zero elsewhere (it writes nothing else into it).
     */
    default void jacobianEntries(double t, double[] y, double[] dfdy) {
        jacobian(t, y, dfdy);
    }

    /** Writes ∂f/∂t into {@code dfdt} (zero for an autonomous system). */
    void timeDerivative(double t, double[] y, double[] dfdt);
}
