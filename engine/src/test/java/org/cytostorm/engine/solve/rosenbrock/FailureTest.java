package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.StepStatus;
import org.junit.jupiter.api.Test;

/** Blow-up and NaN: the stepper stops with the right status, time and component, state intact. */
class FailureTest {

    /** y' = y², y(0) = 1: y = 1/(1 − t) blows up at t = 1. */
    @Test
    void blowUpStopsNearTheSingularity() {
        OdeFunction f = new OdeFunction() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            public void derivatives(double t, double[] y, double[] dydt) {
                dydt[0] = y[0] * y[0];
            }

            @Override
            public void jacobian(double t, double[] y, double[] dfdy) {
                dfdy[0] = 2 * y[0];
            }

            @Override
            public void timeDerivative(double t, double[] y, double[] dfdt) {
                dfdt[0] = 0;
            }
        };
        RosenbrockStepper stepper = TestProblems.stepper(f, RosenbrockTableau.rodas5P(), 1e-6, 1e-9);
        stepper.start(0, new double[] {1}, 2, 0);
        StepStatus status = runUntilFailure(stepper, 2);
        System.out.printf("y'=y^2: %s at t=%.12f (last accepted t=%.12f, y=%.4g)%n", status, stepper.failureTime(),
                stepper.endTime(), stepper.state()[0]);
        assertTrue(status == StepStatus.STEP_SIZE_UNDERFLOW || status == StepStatus.NON_FINITE, status.toString());
        assertEquals(1.0, stepper.failureTime(), 1e-3);
        // the state is the last accepted one: finite and huge (the numerical solution blows up a little
        // after t = 1, by an amount of the order of the tolerance, so it may pass t = 1 itself)
        assertEquals(1.0, stepper.endTime(), 1e-3);
        assertTrue(Double.isFinite(stepper.state()[0]) && stepper.state()[0] > 1e6);
    }

    /** y' = −y, y(0) = 1, but f is NaN once y &lt; 0.5, i.e. from t = ln 2 on. */
    @Test
    void nanInTheRightHandSideIsReportedWithTimeAndComponent() {
        RosenbrockStepper stepper = TestProblems.stepper(new NanBelowHalf(1, 0), RosenbrockTableau.rodas5P(), 1e-6,
                1e-9);
        stepper.start(0, new double[] {1}, 2, 0);
        StepStatus status = runUntilFailure(stepper, 2);
        System.out.printf("NaN below 1/2: %s at t=%.12f component %d%n", status, stepper.failureTime(),
                stepper.failureComponent());
        assertEquals(StepStatus.NON_FINITE, status);
        assertEquals(0, stepper.failureComponent());
        assertEquals(Math.log(2), stepper.failureTime(), 1e-3);
        assertTrue(stepper.endTime() <= stepper.failureTime());
        assertTrue(stepper.state()[0] >= 0.5);
    }

    /** Same in a 2-component system where only the second component's derivative turns NaN. */
    @Test
    void theFirstNonFiniteComponentIsNamed() {
        RosenbrockStepper stepper = TestProblems.stepper(new NanBelowHalf(2, 1), RosenbrockTableau.rodas4(), 1e-6,
                1e-9);
        stepper.start(0, new double[] {1, 1}, 2, 0);
        StepStatus status = runUntilFailure(stepper, 2);
        assertEquals(StepStatus.NON_FINITE, status);
        assertEquals(1, stepper.failureComponent());
        assertEquals(Math.log(2), stepper.failureTime(), 1e-3);
        // after the failure the stepper still describes its last accepted step
        double[] out = new double[2];
        stepper.interpolate(stepper.endTime(), out);
        assertArrayEquals(stepper.state(), out, 0.0);
    }

    private static StepStatus runUntilFailure(RosenbrockStepper stepper, double tEnd) {
        for (int i = 0; i < 1_000_000; i++) {
            StepStatus status = stepper.step(tEnd);
            if (status != StepStatus.OK) {
                return status;
            }
            if (stepper.endTime() == tEnd) {
                return status;
            }
        }
        throw new AssertionError("no failure after a million steps");
    }

    /** y_i' = −y_i; the derivative of component {@code nanComponent} is NaN when y_0 &lt; 0.5. */
    private record NanBelowHalf(int dimension, int nanComponent) implements OdeFunction {
        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            for (int i = 0; i < dimension; i++) {
                dydt[i] = -y[i];
            }
            if (y[0] < 0.5) {
                dydt[nanComponent] = Double.NaN;
            }
        }

        @Override
        public void jacobian(double t, double[] y, double[] dfdy) {
            for (int i = 0; i < dimension * dimension; i++) {
                dfdy[i] = i % (dimension + 1) == 0 ? -1 : 0;
            }
        }

        @Override
        public void timeDerivative(double t, double[] y, double[] dfdt) {
            java.util.Arrays.fill(dfdt, 0);
        }
    }
}
