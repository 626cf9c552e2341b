package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.StepStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adaptive runs against closed forms, at the step ends and in between through the dense output. The
 * global error of a well-behaved problem stays within a small multiple of the tolerance.
 */
class AccuracyTest {

    private static final double RTOL = 1e-6;
    private static final double ATOL = 1e-9;
    /** Allowed multiple of the tolerance for the global error. */
    private static final double MULTIPLE = 10;

    static RosenbrockTableau[] methods() {
        return new RosenbrockTableau[] {RosenbrockTableau.rodas5P(), RosenbrockTableau.rodas4()};
    }

    @ParameterizedTest
    @MethodSource("methods")
    void exponentialDecay(RosenbrockTableau tableau) {
        double k = 2.0;
        double y0 = 3.0;
        check(tableau, new TestProblems.Decay(k), y0, t -> y0 * Math.exp(-k * t));
    }

    @ParameterizedTest
    @MethodSource("methods")
    void logisticGrowth(RosenbrockTableau tableau) {
        TestProblems.Logistic f = new TestProblems.Logistic(1.5, 10.0);
        double y0 = 0.1;
        check(tableau, f, y0, t -> f.exact(t, y0));
    }

    private static void check(RosenbrockTableau tableau, OdeFunction f, double y0, DoubleUnaryOperator exact) {
        RosenbrockStepper stepper = TestProblems.stepper(f, tableau, RTOL, ATOL);
        double[] out = new double[1];
        double tEnd = 10;
        double[] checkpoints = {0.5, 1, 2, 5, 10};
        stepper.start(0, new double[] {y0}, tEnd, 0);
        double worstEnd = 0;
        double worstDense = 0;
        int steps = 0;
        for (double stop : checkpoints) {
            while (stepper.endTime() < stop) {
                assertEquals(StepStatus.OK, stepper.step(stop));
                steps++;
                worstEnd = Math.max(worstEnd, scaledError(stepper.state()[0], exact.applyAsDouble(stepper.endTime())));
                for (double theta : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
                    double t = stepper.startTime() + theta * (stepper.endTime() - stepper.startTime());
                    stepper.interpolate(t, out);
                    worstDense = Math.max(worstDense, scaledError(out[0], exact.applyAsDouble(t)));
                }
            }
            assertEquals(stop, stepper.endTime(), 0.0);
        }
        System.out.printf("%s %s: %d steps, worst scaled error at step ends %.3f, dense %.3f%n", tableau.name(),
                f.getClass().getSimpleName(), steps, worstEnd, worstDense);
        assertTrue(worstEnd <= MULTIPLE, "error at step ends " + worstEnd + " × tolerance");
        assertTrue(worstDense <= MULTIPLE, "dense-output error " + worstDense + " × tolerance");
    }

    private static double scaledError(double y, double exact) {
        return Math.abs(y - exact) / (ATOL + RTOL * Math.abs(exact));
    }
}
