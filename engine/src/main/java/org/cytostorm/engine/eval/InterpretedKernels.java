package org.cytostorm.engine.eval;

import java.util.Arrays;
import org.cytostorm.engine.system.OdeSystem;
import org.cytostorm.engine.system.Program;
import org.cytostorm.engine.system.Statement;

/**
 * Runs a system's programs by walking expression trees. Slow but simple: the reference that the
 * compiled kernels are tested against.
 */
public final class InterpretedKernels implements Kernels {

    private final OdeSystem system;

    public InterpretedKernels(OdeSystem system) {
        this.system = system;
    }

    /** Executes one program. */
    public static void run(Program program, double t, double[] y, double[] p, double[] w, double[] out) {
        if (program.zeroOutputs()) {
            Arrays.fill(out, 0, program.outputSize(), 0.0);
        }
        for (Statement s : program.statements()) {
            double v = ExpressionEvaluator.eval(s.value(), t, y, p, w);
            if (s.target() == Statement.Target.TEMP) {
                w[s.index()] = v;
            } else {
                out[s.index()] = v;
            }
        }
    }

    @Override
    public void rhs(double t, double[] y, double[] p, double[] w, double[] out) {
        run(system.rhs(), t, y, p, w, out);
    }

    @Override
    public void jacobian(double t, double[] y, double[] p, double[] w, double[] out) {
        run(system.jacobian(), t, y, p, w, out);
    }

    @Override
    public void timeDerivative(double t, double[] y, double[] p, double[] w, double[] out) {
        run(system.timeDerivative(), t, y, p, w, out);
    }

    @Override
    public void observe(double t, double[] y, double[] p, double[] w, double[] out) {
        run(system.observe(), t, y, p, w, out);
    }

    @Override
    public void triggers(double t, double[] y, double[] p, double[] w, double[] out) {
        run(system.triggers(), t, y, p, w, out);
    }

    @Override
    public void derive(double t, double[] y, double[] p, double[] w, double[] out) {
        run(system.derive(), t, y, p, w, out);
    }
}
