package org.cytostorm.engine.solve;

import java.util.Arrays;
import java.util.List;
import org.cytostorm.engine.expr.Expr;

/**
 * Times at which a trigger or a {@code piecewise} switches on time alone ({@code time >= t_dose},
 * the other side depending on parameters only). The run stops exactly on each so that no step
 * straddles the jump, and the function is evaluated on either side of one as the one-sided limit
 * of its own piece (see {@link BoundFunction#window}). Recomputed after every stop, since events
 * and interventions change the parameters they depend on.
 */
final class Breakpoints {

    private final RunState run;
    private final List<Expr> exprs;
    private double[] times = new double[0];

    Breakpoints(RunState run) {
        this.run = run;
        this.exprs = run.system.breakpoints();
    }

    /** Recomputes the breakpoints in [t, tEnd). Those passed stay listed until then, so the segment after one still sees it. */
    void update(double tEnd) {
        if (exprs.isEmpty()) {
            return;
        }
        double[] values = new double[exprs.size()];
        int k = 0;
        for (Expr e : exprs) {
            double v = run.eval(e);
            if (Double.isFinite(v) && v >= run.t && v < tEnd) {
                values[k++] = v;
            }
        }
        times = Arrays.copyOf(values, k);
        Arrays.sort(times);
    }

    /** True when {@code time} is a breakpoint. */
    boolean contains(double time) {
        return Arrays.binarySearch(times, time) >= 0;
    }

    /** The earlier of {@code stop} and the first breakpoint after {@code after}. */
    double next(double after, double stop) {
        for (double b : times) {
            if (b > after) {
                stop = Math.min(stop, b);
                break;
            }
        }
        return stop;
    }
}
