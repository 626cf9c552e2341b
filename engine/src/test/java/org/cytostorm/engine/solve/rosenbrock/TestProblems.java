package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.cytostorm.engine.solve.Counters;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.StepStatus;
import org.cytostorm.engine.solve.Tolerances;

/** Test systems with analytic Jacobians and ∂f/∂t, and small helpers. None allocates when evaluated. */
final class TestProblems {

    private TestProblems() {
    }

    /**
     * Non-autonomous, with closed form: y1' = cos(t) y1 (y1 = y1(0) e^{sin t}) and
     * y2' = -2 (y2 - cos t) - sin t (y2 = cos t + (y2(0) - 1) e^{-2t}). Both depend on t so that wrong
     * abscissae (stage times) and wrong γ_i sums (weights of ∂f/∂t) both show.
     */
    static final class NonAutonomous implements OdeFunction {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            dydt[0] = Math.cos(t) * y[0];
            dydt[1] = -2 * (y[1] - Math.cos(t)) - Math.sin(t);
        }

        @Override
        public void jacobian(double t, double[] y, double[] dfdy) {
            dfdy[0] = Math.cos(t);
            dfdy[1] = 0;
            dfdy[2] = 0;
            dfdy[3] = -2;
        }

        @Override
        public void timeDerivative(double t, double[] y, double[] dfdt) {
            dfdt[0] = -Math.sin(t) * y[0];
            dfdt[1] = -2 * Math.sin(t) - Math.cos(t);
        }

        static double[] exact(double t, double y10, double y20) {
            return new double[] {y10 * Math.exp(Math.sin(t)), Math.cos(t) + (y20 - 1) * Math.exp(-2 * t)};
        }
    }

    /** y' = -k y. */
    record Decay(double k) implements OdeFunction {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            dydt[0] = -k * y[0];
        }

        @Override
        public void jacobian(double t, double[] y, double[] dfdy) {
            dfdy[0] = -k;
        }

        @Override
        public void timeDerivative(double t, double[] y, double[] dfdt) {
            dfdt[0] = 0;
        }
    }

    /** y' = r y (1 - y/K); y = K / (1 + (K/y0 - 1) e^{-rt}). */
    record Logistic(double r, double capacity) implements OdeFunction {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            dydt[0] = r * y[0] * (1 - y[0] / capacity);
        }

        @Override
        public void jacobian(double t, double[] y, double[] dfdy) {
            dfdy[0] = r * (1 - 2 * y[0] / capacity);
        }

        @Override
        public void timeDerivative(double t, double[] y, double[] dfdt) {
            dfdt[0] = 0;
        }

        double exact(double t, double y0) {
            return capacity / (1 + (capacity / y0 - 1) * Math.exp(-r * t));
        }
    }

    /** Robertson's chemical kinetics (Hairer & Wanner II, §IV.1; ROBER in the Bari test set). */
    static final class Robertson implements OdeFunction {
        static final double K1 = 0.04;
        static final double K2 = 3e7;
        static final double K3 = 1e4;

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            double r1 = K1 * y[0];
            double r2 = K2 * y[1] * y[1];
            double r3 = K3 * y[1] * y[2];
            dydt[0] = -r1 + r3;
            dydt[1] = r1 - r2 - r3;
            dydt[2] = r2;
        }

        @Override
        public void jacobian(double t, double[] y, double[] j) {
            j[0] = -K1;
            j[1] = K3 * y[2];
            j[2] = K3 * y[1];
            j[3] = K1;
            j[4] = -2 * K2 * y[1] - K3 * y[2];
            j[5] = -K3 * y[1];
            j[6] = 0;
            j[7] = 2 * K2 * y[1];
            j[8] = 0;
        }

        @Override
        public void timeDerivative(double t, double[] y, double[] dfdt) {
            Arrays.fill(dfdt, 0);
        }
    }

    /** Van der Pol in unscaled time: x' = v, v' = μ (1 - x²) v - x. */
    record VanDerPol(double mu) implements OdeFunction {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            dydt[0] = y[1];
            dydt[1] = mu * (1 - y[0] * y[0]) * y[1] - y[0];
        }

        @Override
        public void jacobian(double t, double[] y, double[] j) {
            j[0] = 0;
            j[1] = 1;
            j[2] = -2 * mu * y[0] * y[1] - 1;
            j[3] = mu * (1 - y[0] * y[0]);
        }

        @Override
        public void timeDerivative(double t, double[] y, double[] dfdt) {
            dfdt[0] = 0;
            dfdt[1] = 0;
        }
    }

    /** Harmonic oscillator y1' = y2, y2' = -y1 with a stiff, decoupled third component y3' = -1000 (y3 - cos t). */
    static final class Oscillator implements OdeFunction {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            dydt[0] = y[1];
            dydt[1] = -y[0];
            dydt[2] = -1000 * (y[2] - Math.cos(t));
        }

        @Override
        public void jacobian(double t, double[] y, double[] j) {
            Arrays.fill(j, 0);
            j[1] = 1;
            j[3] = -1;
            j[8] = -1000;
        }

        @Override
        public void timeDerivative(double t, double[] y, double[] dfdt) {
            dfdt[0] = 0;
            dfdt[1] = 0;
            dfdt[2] = -1000 * Math.sin(t);
        }
    }

    static RosenbrockStepper stepper(OdeFunction f, RosenbrockTableau tableau, double rtol, double atol) {
        return new RosenbrockStepper(f, tableau, new Tolerances(rtol, atol), new Counters());
    }

    /** Steps until tEnd (exactly), asserting every step succeeds. */
    static void integrate(RosenbrockStepper stepper, double tEnd) {
        while (stepper.endTime() != tEnd) {
            StepStatus status = stepper.step(tEnd);
            assertEquals(StepStatus.OK, status, () -> "step failed at t=" + stepper.endTime());
        }
    }
}
