package org.cytostorm.engine.eval;

/**
 * The executable form of an {@link org.cytostorm.engine.system.OdeSystem}'s programs. Every method
 * reads time {@code t}, the state {@code y} and the parameters {@code p}, uses {@code w} as scratch
 * space for intermediates (at least {@code OdeSystem.workspaceSize()} long) and writes {@code out}.
 * Implementations hold no mutable state: one instance serves any number of threads, each passing
 * its own arrays.
 */
public interface Kernels {

    /** The derivatives f(t, y), n outputs. */
    void rhs(double t, double[] y, double[] p, double[] w, double[] out);

    /** ∂f/∂y, row-major n×n outputs (entries not written are zero). */
    void jacobian(double t, double[] y, double[] p, double[] w, double[] out);

    /**
     * ∂f/∂y's structurally nonzero entries only ({@link org.cytostorm.engine.system.OdeSystem#jacobianNonzeros()});
     * the other entries of {@code out} are left as they are. For a caller that keeps its own array,
     * zero elsewhere, across calls: clearing all n² entries each time cost more than the entries
     * themselves for a patient model (85 states, 490 nonzeros).
     */
    default void jacobianEntries(double t, double[] y, double[] p, double[] w, double[] out) {
        jacobian(t, y, p, w, out);
    }

    /** ∂f/∂t, n outputs. */
    void timeDerivative(double t, double[] y, double[] p, double[] w, double[] out);

    /** Every observable symbol's value. */
    void observe(double t, double[] y, double[] p, double[] w, double[] out);

    /** Each event trigger as 1 (true) or 0 (false). */
    void triggers(double t, double[] y, double[] p, double[] w, double[] out);

    /**
     * The derived constants, to be stored in p after the model's parameters (see
     * {@link org.cytostorm.engine.system.OdeSystem#derive()}); the other methods read them there.
     */
    void derive(double t, double[] y, double[] p, double[] w, double[] out);

    /**
     * Recomputes the derived constants of {@code p} in place: after setting parameters, before
     * evaluating anything else.
     *
     * @param w   workspace of at least {@code system.workspaceSize()}
     * @param out scratch of at least {@code system.derive().outputSize()}
     */
    static void updateDerived(Kernels kernels, org.cytostorm.engine.system.OdeSystem system, double[] p,
                              double[] w, double[] out) {
        int count = system.derive().outputSize();
        if (count > 0) {
            kernels.derive(0, null, p, w, out);
            System.arraycopy(out, 0, p, system.parameterCount(), count);
        }
    }
}
