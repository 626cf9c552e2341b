package org.cytostorm.bench;

import java.util.Arrays;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.eval.Kernels;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.system.OdeSystem;

/**
 * A compiled model's generated kernels bound to a parameter vector (the model's defaults) and a
 * workspace: the compiled counterpart of a hand-written {@link OdeFunction}, with no time clamping
 * or other driver logic, so that a minimal driver can run either.
 */
public final class KernelFunction implements OdeFunction {

    private final Kernels kernels;
    private final double[] p;
    private final double[] w;
    private final int n;
    private final boolean autonomous;

    public KernelFunction(CompiledModel model) {
        OdeSystem system = model.system();
        this.kernels = model.kernels();
        this.p = model.defaultParameters();
        for (double v : p) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("model " + system.modelId()
                        + " computes a parameter by an initial assignment; bind it through OdeProblem instead");
            }
        }
        this.w = new double[Math.max(1, system.workspaceSize())];
        this.n = system.dimension();
        this.autonomous = system.isAutonomous();
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
