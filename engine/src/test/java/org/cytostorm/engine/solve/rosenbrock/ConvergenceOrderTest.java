package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.solve.StepStatus;
import org.junit.jupiter.api.Test;

/**
 * Observed order at fixed step sizes on a non-autonomous problem with a closed-form solution: halving h
 * must divide the global error by about 2^p. The non-autonomous terms make this the test that decides
 * which of the two published vectors of Rodas5P are the abscissae c_i and which the γ_i sums d_i.
 */
class ConvergenceOrderTest {

    private static final double T_END = 2.0;
    private static final int[] STEPS = {40, 80, 160, 320};

    @Test
    void rodas5PConvergesWithOrderFive() {
        double order = observedOrder(RosenbrockTableau.rodas5P());
        assertTrue(order >= 4.7, "observed order " + order);
    }

    @Test
    void rodas4ConvergesWithOrderFour() {
        double order = observedOrder(RosenbrockTableau.rodas4());
        assertTrue(order >= 3.7, "observed order " + order);
    }

    /** The convergence test is sharp enough to reject Rodas5P with abscissae and γ_i sums swapped. */
    @Test
    void swappingAbscissaeAndGammaSumsDestroysTheOrder() {
        RosenbrockTableau right = RosenbrockTableau.rodas5P();
        RosenbrockTableau swapped = new RosenbrockTableau("Rodas5P swapped", right.stages(), right.gamma(), right.A(),
                right.C(), right.d(), right.c(), right.H(), right.order(), right.embeddedOrder());
        double order = observedOrder(swapped);
        assertTrue(order < 3.0, "observed order " + order);
    }

    /**
     * The dense output between step ends converges too: Rodas5P's continuous extension has order 4
     * (local error O(h^5)), Rodas4's order 3.
     */
    @Test
    void denseOutputConvergesWithItsOrder() {
        double p5 = observedDenseOrder(RosenbrockTableau.rodas5P());
        double p4 = observedDenseOrder(RosenbrockTableau.rodas4());
        assertTrue(p5 >= 3.7, "Rodas5P dense order " + p5);
        assertTrue(p4 >= 2.7, "Rodas4 dense order " + p4);
    }

    static double observedDenseOrder(RosenbrockTableau tableau) {
        double[] logH = new double[STEPS.length];
        double[] logE = new double[STEPS.length];
        StringBuilder report = new StringBuilder(tableau.name() + " dense");
        for (int r = 0; r < STEPS.length; r++) {
            TestProblems.NonAutonomous f = new TestProblems.NonAutonomous();
            RosenbrockStepper stepper = TestProblems.stepper(f, tableau, 1e-3, 1e-3);
            double[] y0 = {1.0, 3.0};
            double h = T_END / STEPS[r];
            double[] out = new double[2];
            double worst = 0;
            stepper.start(0, y0, T_END, h);
            for (int i = 0; i < STEPS[r]; i++) {
                assertEquals(StepStatus.OK, stepper.stepFixed(h));
                for (double theta : new double[] {0.2, 0.5, 0.7}) {
                    double t = stepper.startTime() + theta * h;
                    stepper.interpolate(t, out);
                    double[] exact = TestProblems.NonAutonomous.exact(t, y0[0], y0[1]);
                    worst = Math.max(worst, Math.max(Math.abs(out[0] - exact[0]), Math.abs(out[1] - exact[1])));
                }
            }
            logH[r] = Math.log(h);
            logE[r] = Math.log(worst);
            report.append(String.format(" h=%.4g err=%.3e", h, worst));
        }
        double slope = slope(logH, logE);
        System.out.println(report + String.format(" -> order %.3f", slope));
        return slope;
    }

    /** Least-squares slope of log(error) against log(h) over the step sequence. */
    static double observedOrder(RosenbrockTableau tableau) {
        double[] logH = new double[STEPS.length];
        double[] logE = new double[STEPS.length];
        StringBuilder report = new StringBuilder(tableau.name());
        for (int r = 0; r < STEPS.length; r++) {
            double h = T_END / STEPS[r];
            double error = fixedStepError(tableau, STEPS[r]);
            logH[r] = Math.log(h);
            logE[r] = Math.log(error);
            report.append(String.format(" h=%.4g err=%.3e", h, error));
        }
        double slope = slope(logH, logE);
        System.out.println(report + String.format(" -> order %.3f", slope));
        return slope;
    }

    static double fixedStepError(RosenbrockTableau tableau, int steps) {
        TestProblems.NonAutonomous f = new TestProblems.NonAutonomous();
        RosenbrockStepper stepper = TestProblems.stepper(f, tableau, 1e-3, 1e-3);
        double[] y0 = {1.0, 3.0};
        double h = T_END / steps;
        stepper.start(0, y0, T_END, h);
        for (int i = 0; i < steps; i++) {
            assertEquals(StepStatus.OK, stepper.stepFixed(h));
        }
        double[] exact = TestProblems.NonAutonomous.exact(stepper.endTime(), y0[0], y0[1]);
        double[] y = stepper.state();
        return Math.max(Math.abs(y[0] - exact[0]), Math.abs(y[1] - exact[1]));
    }

    private static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
