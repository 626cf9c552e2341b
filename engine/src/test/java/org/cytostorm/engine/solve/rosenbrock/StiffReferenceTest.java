package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.solve.Counters;
import org.cytostorm.engine.solve.StepStatus;
import org.cytostorm.engine.solve.Tolerances;
import org.junit.jupiter.api.Test;

/**
 * Stiff problems against the reference solutions of the "Test Set for IVP Solvers" (F. Mazzia,
 * C. Magherini et al., University of Bari; problems from Hairer &amp; Wanner II): ROBER at t = 1e11 and
 * VDPOL (ε = 1e-6) at t = 2.
 */
class StiffReferenceTest {

    /** ROBER reference at t = 1e11. */
    private static final double[] ROBER_REFERENCE = {0.2083340149701255e-07, 0.8333360770334713e-13,
        0.9999999791665050};

    /** VDPOL reference at t = 2 of the scaled problem, y1 = x, y2 = μ dx/dt of the unscaled one at t = 2μ. */
    private static final double[] VDPOL_REFERENCE = {1.706167732170483, -0.8928097010247975};

    @Test
    void robertsonToTenToTheEleven() {
        Counters counters = new Counters();
        RosenbrockStepper stepper = new RosenbrockStepper(new TestProblems.Robertson(), RosenbrockTableau.rodas5P(),
                new Tolerances(1e-8, 1e-20), counters);
        double tEnd = 1e11;
        stepper.start(0, new double[] {1, 0, 0}, tEnd, 0);
        double worstDrift = 0;
        while (stepper.endTime() != tEnd) {
            assertEquals(StepStatus.OK, stepper.step(tEnd));
            double[] y = stepper.state();
            worstDrift = Math.max(worstDrift, Math.abs(y[0] + y[1] + y[2] - 1));
        }
        double[] y = stepper.state();
        double[] relative = new double[3];
        for (int i = 0; i < 3; i++) {
            relative[i] = Math.abs(y[i] - ROBER_REFERENCE[i]) / ROBER_REFERENCE[i];
        }
        System.out.printf("Robertson t=1e11: rel errors %.3e %.3e %.3e, mass drift %.2e, %s%n", relative[0],
                relative[1], relative[2], worstDrift, counters.snapshot());
        for (int i = 0; i < 3; i++) {
            assertTrue(relative[i] < 1e-6, "component " + i + " relative error " + relative[i]);
        }
        assertTrue(worstDrift < 1e-12, "y1 + y2 + y3 drifted from 1 by " + worstDrift);
    }

    @Test
    void vanDerPolStiffAgainstReference() {
        double mu = 1000;
        Counters counters = new Counters();
        double[] y = vanDerPol(mu, 1e-9, 1e-12, counters);
        double y1 = y[0];
        double y2 = mu * y[1];
        double e1 = Math.abs(y1 - VDPOL_REFERENCE[0]) / Math.abs(VDPOL_REFERENCE[0]);
        double e2 = Math.abs(y2 - VDPOL_REFERENCE[1]) / Math.abs(VDPOL_REFERENCE[1]);
        System.out.printf("VdP mu=1000 rtol=1e-9: rel errors %.3e %.3e, %s%n", e1, e2, counters.snapshot());
        assertTrue(e1 < 1e-5, "y1 relative error " + e1);
        assertTrue(e2 < 1e-5, "y2 relative error " + e2);
    }

    @Test
    void vanDerPolAtModerateToleranceTakesFewSteps() {
        Counters counters = new Counters();
        double[] y = vanDerPol(1000, 1e-6, 1e-9, counters);
        System.out.printf("VdP mu=1000 rtol=1e-6: y=(%.6f, %.6f), %s%n", y[0], 1000 * y[1], counters.snapshot());
        assertTrue(counters.steps < 5000, counters.steps + " steps");
        assertEquals(VDPOL_REFERENCE[0], y[0], 1e-3 * Math.abs(VDPOL_REFERENCE[0]));
    }

    /** Rodas4 and Rodas5P, independent coefficient sets, agree on Robertson up to t = 40 within the tolerance. */
    @Test
    void rodas4AndRodas5PAgree() {
        double rtol = 1e-8;
        double atol = 1e-14;
        double[] t = {0.4, 4, 40};
        RosenbrockStepper a = TestProblems.stepper(new TestProblems.Robertson(), RosenbrockTableau.rodas5P(), rtol,
                atol);
        RosenbrockStepper b = TestProblems.stepper(new TestProblems.Robertson(), RosenbrockTableau.rodas4(), rtol,
                atol);
        a.start(0, new double[] {1, 0, 0}, 40, 0);
        b.start(0, new double[] {1, 0, 0}, 40, 0);
        for (double stop : t) {
            TestProblems.integrate(a, stop);
            TestProblems.integrate(b, stop);
            for (int i = 0; i < 3; i++) {
                double ya = a.state()[i];
                double yb = b.state()[i];
                double scale = atol + rtol * Math.max(Math.abs(ya), Math.abs(yb));
                System.out.printf("t=%g y%d Rodas5P %.12e Rodas4 %.12e (%.2f × tol)%n", stop, i + 1, ya, yb,
                        Math.abs(ya - yb) / scale);
                assertTrue(Math.abs(ya - yb) <= 10 * scale, "component " + i + " at t=" + stop);
            }
        }
    }

    private static double[] vanDerPol(double mu, double rtol, double atol, Counters counters) {
        RosenbrockStepper stepper = new RosenbrockStepper(new TestProblems.VanDerPol(mu), RosenbrockTableau.rodas5P(),
                new Tolerances(rtol, atol), counters);
        double tEnd = 2 * mu;
        stepper.start(0, new double[] {2, 0}, tEnd, 0);
        TestProblems.integrate(stepper, tEnd);
        return stepper.state().clone();
    }
}
