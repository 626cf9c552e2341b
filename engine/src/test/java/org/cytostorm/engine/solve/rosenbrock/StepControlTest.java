package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.solve.Counters;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.StepStatus;
import org.cytostorm.engine.solve.Tolerances;
import org.junit.jupiter.api.Test;

/** Time stops, maximum step, restarts, direction, singular matrices and the work counters. */
class StepControlTest {

    @Test
    void stepsLandExactlyOnTimeStops() {
        RosenbrockStepper stepper = TestProblems.stepper(new TestProblems.Oscillator(), RosenbrockTableau.rodas5P(),
                1e-6, 1e-9);
        stepper.start(0, new double[] {1, 0, 1}, 10, 0);
        double stop = 0;
        for (int i = 1; i <= 100; i++) {
            stop += 0.1; // accumulates rounding on purpose: the stops are not multiples of anything
            StepStatus status;
            do {
                status = stepper.step(stop);
                assertEquals(StepStatus.OK, status);
                assertTrue(stepper.endTime() <= stop);
            } while (stepper.endTime() != stop);
            assertEquals(stop, stepper.endTime(), 0.0);
            // the solution at the stop is right (y1 = cos t)
            assertEquals(Math.cos(stop), stepper.state()[0], 1e-5);
        }
    }

    @Test
    void aStopJustBeyondTheProposedStepIsReachedInOneStep() {
        RosenbrockStepper stepper = TestProblems.stepper(new TestProblems.Decay(1), RosenbrockTableau.rodas5P(),
                1e-6, 1e-9);
        stepper.start(0, new double[] {1}, 10, 0.01);
        double stop = 0.01 * (1 + 1e-6);
        assertEquals(StepStatus.OK, stepper.step(stop));
        assertEquals(stop, stepper.endTime(), 0.0);
        // the proposal is the controller's, not shrunk to the clipped step
        assertTrue(stepper.nextStepSize() >= 0.01);
    }

    @Test
    void clippedStepsDoNotShrinkTheProposal() {
        RosenbrockStepper stepper = TestProblems.stepper(new TestProblems.Decay(1), RosenbrockTableau.rodas5P(),
                1e-6, 1e-9);
        stepper.start(0, new double[] {1}, 10, 0.1);
        assertEquals(StepStatus.OK, stepper.step(1e-6));
        assertEquals(1e-6, stepper.endTime(), 0.0);
        assertTrue(stepper.nextStepSize() >= 0.1, "proposal " + stepper.nextStepSize());
    }

    @Test
    void respectsTheMaximumStep() {
        RosenbrockStepper stepper = new RosenbrockStepper(new TestProblems.Decay(1), RosenbrockTableau.rodas5P(),
                new Tolerances(1e-3, 1e-6), new Counters(), 0.25);
        stepper.start(0, new double[] {1}, 10, 0);
        while (stepper.endTime() < 10) {
            assertEquals(StepStatus.OK, stepper.step(10));
            assertTrue(stepper.endTime() - stepper.startTime() <= 0.25 * (1 + 1e-12));
            assertTrue(stepper.nextStepSize() <= 0.25);
        }
    }

    @Test
    void firstStepUsesTheSuggestedSize() {
        RosenbrockStepper stepper = TestProblems.stepper(new TestProblems.Decay(1), RosenbrockTableau.rodas5P(),
                1e-6, 1e-9);
        stepper.start(2, new double[] {1}, 10, 1e-3);
        assertEquals(2, stepper.startTime());
        assertEquals(2, stepper.endTime());
        assertEquals(StepStatus.OK, stepper.step(10));
        assertEquals(2 + 1e-3, stepper.endTime(), 1e-15);
    }

    @Test
    void integratesBackwardInTime() {
        double k = 2;
        RosenbrockStepper stepper = TestProblems.stepper(new TestProblems.Decay(k), RosenbrockTableau.rodas5P(),
                1e-8, 1e-12);
        stepper.start(1, new double[] {1}, 0, 0);
        TestProblems.integrate(stepper, 0);
        assertEquals(Math.exp(k), stepper.state()[0], 1e-6 * Math.exp(k));
    }

    @Test
    void rejectsAStopThatIsNotAhead() {
        RosenbrockStepper stepper = TestProblems.stepper(new TestProblems.Decay(1), RosenbrockTableau.rodas5P(),
                1e-6, 1e-9);
        stepper.start(1, new double[] {1}, 2, 0);
        assertThrows(IllegalArgumentException.class, () -> stepper.step(1));
        assertThrows(IllegalArgumentException.class, () -> stepper.step(0.5));
    }

    /**
     * y' = 4y with Rodas4 (γ = 1/4) and h = 1 makes W = 1/(hγ) − 4 exactly zero: the attempt counts as
     * failed, h shrinks and the step still succeeds accurately.
     */
    @Test
    void singularIterationMatrixShrinksTheStep() {
        Counters counters = new Counters();
        RosenbrockStepper stepper = new RosenbrockStepper(new TestProblems.Decay(-4), RosenbrockTableau.rodas4(),
                new Tolerances(1e-6, 1e-9), counters);
        stepper.start(0, new double[] {1}, 1, 1.0);
        assertEquals(StepStatus.OK, stepper.step(1));
        assertTrue(counters.rejectedSteps >= 1);
        assertTrue(stepper.endTime() <= 0.1);
        assertEquals(Math.exp(4 * stepper.endTime()), stepper.state()[0], 1e-5);
    }

    /** The counters follow from the method's structure: S−1 stage evaluations and S solves per attempt, etc. */
    @Test
    void countersMatchTheWorkDone() {
        Counters counters = new Counters();
        RosenbrockTableau tableau = RosenbrockTableau.rodas5P();
        OdeFunction f = new TestProblems.VanDerPol(10);
        RosenbrockStepper stepper = new RosenbrockStepper(f, tableau, new Tolerances(1e-6, 1e-8), counters);
        stepper.start(0, new double[] {2, 0}, 30, 0);
        TestProblems.integrate(stepper, 30);
        int s = tableau.stages();
        long attempts = counters.steps + counters.rejectedSteps;
        assertTrue(counters.rejectedSteps > 0, "the test should exercise rejections");
        assertEquals(attempts, counters.luDecompositions);
        assertEquals(s * attempts, counters.linearSolves);
        assertEquals(counters.steps, counters.jacobianEvaluations); // J reused by retries, fresh per step
        // start: f(t0, y0) + one for the initial step size; then f(t, y) at each later step start
        assertEquals(2 + (counters.steps - 1) + (s - 1) * attempts, counters.rhsEvaluations);
    }

    @Test
    void controllerFollowsItsFormulas() {
        StepSizeController controller = new StepSizeController(4);
        // err = 0: the largest growth, 6×; err = 1: h·0.9 (safety); after a rejection no growth at all
        assertEquals(6.0, controller.accepted(1.0, 0.0, false), 1e-15);
        controller.reset();
        assertEquals(0.9, controller.accepted(1.0, 1.0, false), 1e-15);
        controller.reset();
        assertEquals(1.0, controller.accepted(1.0, 1e-6, true), 0.0);
        // a rejection never shrinks by more than 5×
        assertEquals(0.2, controller.rejected(1.0, 1e30), 1e-15);
        assertEquals(0.9 / Math.pow(32, 0.2), controller.rejected(1.0, 32), 1e-15);
        // Gustafsson: with history (h=1, err=0.1), a step h=1 with err=0.5 is predicted by
        // (1/1)·(0.25/0.1)^(1/5)/0.9 > 0.5^(1/5)/0.9, so the smaller step wins
        controller.reset();
        controller.accepted(1.0, 0.1, false);
        double expected = 1.0 / (Math.pow(0.25 / 0.1, 0.2) / 0.9);
        assertEquals(expected, controller.accepted(1.0, 0.5, false), 1e-15);
    }
}
