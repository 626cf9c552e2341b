package org.cytostorm.engine.solve;

import java.util.Arrays;
import org.cytostorm.engine.eval.Kernels;

/**
 * A system's kernels bound to one run's parameter and workspace arrays.
 *
 * <p>Between two breakpoints (times where an input switches, such as the end of an infusion) the
 * system is smooth; at a breakpoint it jumps. A method whose last stages sit exactly on the
 * segment's end would see the value after the jump inside the segment before it. So within a
 * segment, evaluation times are clamped into the open interval between its ends when those are
 * breakpoints: each segment sees the one-sided limit of its own smooth piece.
 */
final class BoundFunction implements OdeFunction {

    private final Kernels kernels;
    private final double[] p;
    private final double[] w;
    private final int n;
    private final boolean autonomous;
    private double earliest = Double.NEGATIVE_INFINITY;
    private double latest = Double.POSITIVE_INFINITY;

    BoundFunction(Kernels kernels, double[] p, double[] w, int n, boolean autonomous) {
        this.kernels = kernels;
        this.p = p;
        this.w = w;
        this.n = n;
        this.autonomous = autonomous;
    }

    /** Restricts evaluation times to [earliest, latest] for the coming segment. */
    void window(double earliestTime, double latestTime) {
        this.earliest = earliestTime;
        this.latest = latestTime;
    }

    private double clamp(double t) {
        return t < earliest ? earliest : (t > latest ? latest : t);
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void derivatives(double t, double[] y, double[] dydt) {
        kernels.rhs(clamp(t), y, p, w, dydt);
    }

    @Override
    public void jacobian(double t, double[] y, double[] dfdy) {
        kernels.jacobian(clamp(t), y, p, w, dfdy);
    }

    @Override
    public void jacobianEntries(double t, double[] y, double[] dfdy) {
        kernels.jacobianEntries(clamp(t), y, p, w, dfdy);
    }

    @Override
    public void timeDerivative(double t, double[] y, double[] dfdt) {
        if (autonomous) {
            Arrays.fill(dfdt, 0, n, 0.0);
        } else {
            kernels.timeDerivative(clamp(t), y, p, w, dfdt);
        }
    }
}
