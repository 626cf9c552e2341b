package org.cytostorm.bench;

import org.cytostorm.engine.solve.Counters;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.StepStatus;
import org.cytostorm.engine.solve.Tolerances;
import org.cytostorm.engine.solve.rosenbrock.RosenbrockStepper;
import org.cytostorm.engine.solve.rosenbrock.RosenbrockTableau;

/**
 * The least one can write to integrate with the engine's Rosenbrock stepper: start, step to the end
 * time, and sample equally spaced output times from each step's dense output. No events,
 * breakpoints, observables, method choice or failure reporting: the baseline against which the
 * engine's full {@code OdeProblem.solve()} shows what its driver costs.
 */
public final class MinimalDriver {

    private MinimalDriver() {
    }

    /**
     * Integrates from {@code t0} to {@code t1} and returns the state at {@code points} equally spaced
     * times including both ends ({@code [points][n]}). A new stepper (work arrays) and output array
     * are allocated per call, as a run would.
     *
     * @throws IllegalStateException when the stepper fails
     */
    public static double[][] run(OdeFunction f, RosenbrockTableau tableau, double[] y0, double t0, double t1,
                                 int points, double rtol, double atol, Counters counters) {
        int n = f.dimension();
        RosenbrockStepper stepper = new RosenbrockStepper(f, tableau, new Tolerances(rtol, atol), counters);
        double[][] out = new double[points][n];
        System.arraycopy(y0, 0, out[0], 0, n);
        double dt = (t1 - t0) / (points - 1);
        stepper.start(t0, y0, t1, 0.0);
        int next = 1;
        while (stepper.endTime() < t1) {
            StepStatus status = stepper.step(t1);
            if (status != StepStatus.OK) {
                throw new IllegalStateException(status + " at t = " + stepper.failureTime());
            }
            double end = stepper.endTime();
            while (next < points) {
                double tk = next == points - 1 ? t1 : t0 + next * dt;
                if (tk > end) {
                    break;
                }
                stepper.interpolate(tk, out[next]);
                next++;
            }
        }
        return out;
    }
}
