package org.cytostorm.engine.solve;

import java.util.Arrays;
import org.cytostorm.engine.eval.Kernels;

/** A system's kernels bound to one run's parameter and workspace arrays. */
final class BoundFunction implements OdeFunction {

    private final Kernels kernels;
    private final double[] p;
    private final double[] w;
    private final int n;
    private final boolean autonomous;

    BoundFunction(Kernels kernels, double[] p, double[] w, int n, boolean autonomous) {
        this.kernels = kernels;
        this.p = p;
        this.w = w;
        this.n = n;
        this.autonomous = autonomous;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void derivatives(double t, double[] y, double[] dydt) {
        kernels.rhs(t, y, p, w, dydt);
    }

    @Override
    public void jacobian(double t, double[] y, double[] dfdy) {
        kernels.jacobian(t, y, p, w, dfdy);
    }

    @Override
    public void timeDerivative(double t, double[] y, double[] dfdt) {
        if (autonomous) {
            Arrays.fill(dfdt, 0, n, 0.0);
        } else {
            kernels.timeDerivative(t, y, p, w, dfdt);
        }
    }
}
