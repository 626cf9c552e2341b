package org.cytostorm.engine.solve.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Intervention;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.Observers;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.ReturnCode;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Event detectors with their handlers, each against crossing times known in closed form. */
class EventDetectionTest {

    /** Tolerances tight enough that the solution's own error (~1e-12 in time) is far below a detector's accuracy. */
    private static final SolverOptions TIGHT = SolverOptions.DEFAULTS.withTolerances(1e-12, 1e-14);
    /** What the solution's error may add to a located time, beyond the detector's accuracy. */
    private static final double SOLUTION_SLACK = 1e-10;

    private static final CompiledModel DECAY = Models.compile("model decay\n y = 1; k = 0.5\n y' = -k*y\nend\n");
    private static final double K = 0.5;

    /** A handler that records every event (time, value of a variable, direction) and goes on. */
    private static final class Recorder implements EventHandler {
        final String variable;
        final List<Double> times = new ArrayList<>();
        final List<Double> values = new ArrayList<>();
        final List<Boolean> rising = new ArrayList<>();
        final Action answer;

        Recorder(String variable, Action answer) {
            this.variable = variable;
            this.answer = answer;
        }

        @Override
        public Action eventOccurred(double t, Observation state, boolean up) {
            times.add(t);
            values.add(state.value(variable));
            rising.add(up);
            return answer;
        }
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aFallingThresholdStopsTheRunAtTheCrossing(Method method) {
        // GIVEN y' = -k y, y(0) = 1, stopped when y falls below 1/2: at t = ln 2 / k
        double exact = Math.log(2) / K;
        Recorder stop = new Recorder("y", Action.STOP);
        EventDetector halfLife = EventDetector.threshold("y", 0.5, Direction.FALLING);
        // WHEN
        Solution s = DECAY.problem().withUniformTimes(0, 5, 11).withOptions(TIGHT.withMethod(method))
                .solve(Observers.none().withEvent(halfLife, stop));
        // THEN the run ends there, successfully, with the rows before it
        assertEquals(ReturnCode.TERMINATED, s.returnCode());
        assertTrue(s.isSuccess());
        s.orThrow();
        double accuracy = DetectionSettings.DEFAULT_TIME_ACCURACY;
        assertTrue(s.finalTime() >= exact - SOLUTION_SLACK && s.finalTime() <= exact + accuracy + SOLUTION_SLACK,
                "stopped at " + s.finalTime() + ", crossing at " + exact);
        assertEquals(List.of(s.finalTime()), stop.times);
        assertEquals(List.of(false), stop.rising);
        assertTrue(stop.values.get(0) < 0.5 && stop.values.get(0) > 0.5 - K * 0.5 * (accuracy + SOLUTION_SLACK),
                "y at the event " + stop.values.get(0));
        assertEquals(3, s.rows(), "rows at 0, 0.5 and 1 come before ln 2 / k = 1.386");
        assertEquals(Math.exp(-K), s.value("y", 2), 1e-10);
        assertTrue(s.message().contains("event handler"), s.message());
    }

    @Test
    void theStopIsWithinTheDetectorsTimeAccuracy() {
        double exact = Math.log(2) / K;
        for (double accuracy : new double[] {1e-2, 1e-4, 1e-6}) {
            EventDetector d = EventDetector.threshold("y", 0.5, Direction.FALLING).withTimeAccuracy(accuracy);
            Solution s = DECAY.problem().withUniformTimes(0, 5, 11).withOptions(TIGHT.withMethod(Method.RODAS5P))
                    .solve(Observers.none().withEvent(d, EventHandler.stop()));
            assertEquals(ReturnCode.TERMINATED, s.returnCode());
            // placed at the bracket's later end: at or after the crossing, by at most the accuracy
            assertTrue(s.finalTime() >= exact - SOLUTION_SLACK && s.finalTime() <= exact + accuracy + SOLUTION_SLACK,
                    "accuracy " + accuracy + ": stopped at " + s.finalTime() + ", crossing at " + exact);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"RODAS5P", "DOPRI853"})
    void aRisingThresholdOnALogisticCurve(Method method) {
        // N' = r N (1 - N/K_N), N(0) = N0: N = K_N / 2 at t = ln((K_N - N0)/N0) / r
        double r = 1.3;
        double capacity = 5;
        double n0 = 0.01;
        double exact = Math.log((capacity - n0) / n0) / r;
        Recorder rec = new Recorder("N", Action.STOP);
        Solution s = Models.compile(TestModels.LOGISTIC).problem().withUniformTimes(0, 10, 11)
                .withOptions(TIGHT.withMethod(method))
                .solve(Observers.none().withEvent(EventDetector.threshold("N", capacity / 2, Direction.RISING), rec));
        assertEquals(ReturnCode.TERMINATED, s.returnCode());
        assertEquals(exact, s.finalTime(), DetectionSettings.DEFAULT_TIME_ACCURACY + SOLUTION_SLACK);
        assertEquals(List.of(true), rec.rising);
        assertEquals(capacity / 2, rec.values.get(0), 1e-8);
        assertEquals((int) Math.floor(exact) + 1, s.rows(), "rows at 0, 1, ..., 4 before t = " + exact);
    }

    @Test
    void aDetectorIgnoresCrossingsInTheOtherDirection() {
        Recorder rising = new Recorder("y", Action.STOP);
        Solution s = DECAY.problem().withUniformTimes(0, 5, 11).withOptions(TIGHT)
                .solve(Observers.none().withEvent(EventDetector.threshold("y", 0.5, Direction.RISING), rising));
        assertEquals(ReturnCode.SUCCESS, s.returnCode(), "y falls through 1/2 but never rises through it");
        assertEquals(List.of(), rising.times);
        assertEquals(11, s.rows());
        assertEquals(5.0, s.finalTime(), 0.0);

        Recorder both = new Recorder("y", Action.CONTINUE);
        DECAY.problem().withUniformTimes(0, 5, 11).withOptions(TIGHT)
                .solve(Observers.none().withEvent(EventDetector.threshold("y", 0.5, Direction.BOTH), both));
        assertEquals(1, both.times.size(), "BOTH sees the falling crossing");
        assertEquals(Math.log(2) / K, both.times.get(0), 1e-8);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void continuingHandlersCountAnOscillatorsZeroCrossings(Method method) {
        // GIVEN x'' = -x, x(0) = 1: x = cos t crosses zero at π/2 + jπ, falling for even j
        CompiledModel osc = Models.compile("model osc\n x = 1; v = 0\n x' = v\n v' = -x\nend\n");
        Recorder both = new Recorder("x", Action.CONTINUE);
        Recorder falling = new Recorder("x", Action.CONTINUE);
        EventDetector zero = EventDetector.threshold("x", 0, Direction.BOTH);
        // WHEN
        Solution s = osc.problem().withUniformTimes(0, 20, 41).withOptions(TIGHT.withMethod(method))
                .solve(Observers.none().withEvent(zero, both).withEvent(zero.withDirection(Direction.FALLING), falling));
        // THEN six crossings before t = 20 (the seventh is at 20.42), the run goes on to the end
        assertEquals(ReturnCode.SUCCESS, s.returnCode());
        assertEquals(41, s.rows());
        assertEquals(6, both.times.size(), "crossings at " + both.times);
        for (int j = 0; j < 6; j++) {
            double expected = Math.PI / 2 + j * Math.PI;
            assertEquals(expected, both.times.get(j), 1e-8, "crossing " + j);
            assertEquals(j % 2 == 1, both.rising.get(j), "crossing " + j + " direction");
            assertEquals(0.0, both.values.get(j), 1e-8);
        }
        assertEquals(List.of(both.times.get(0), both.times.get(2), both.times.get(4)), falling.times);
        for (int i = 0; i < s.rows(); i++) {
            assertEquals(Math.cos(s.time(i)), s.value("x", i), 1e-9, "x at " + s.time(i));
        }
    }

    @Test
    void dosesThatJumpAcrossTheLevelAreEventsAtTheDoseTime() {
        // GIVEN A' = -k A with boluses of 2 at 0, 4, 8, 12 h; a detector of A crossing 1 either way
        double k = 0.3;
        double[] doses = {0, 4, 8, 12};
        CompiledModel pk = Models.compile("model pk\n A = 0; k = 0.3\n A' = -k*A\nend\n");
        List<Intervention> schedule = new ArrayList<>();
        for (double d : doses) {
            schedule.add(Intervention.add(d, "A", 2.0));
        }
        Recorder rec = new Recorder("A", Action.CONTINUE);
        // WHEN
        pk.problem().withTimes(0, 24, new double[] {24}).withInterventions(schedule).withOptions(TIGHT)
                .solve(Observers.none().withEvent(EventDetector.threshold("A", 1.0, Direction.BOTH), rec)).orThrow();
        // THEN after each dose A decays below 1 at d + ln(A(d+)) / k (before the next dose), and each
        // later dose lifts it above 1 at once; the first dose, at the start, is the starting state
        List<Double> expectedTimes = new ArrayList<>();
        List<Boolean> expectedRising = new ArrayList<>();
        double afterDose = 0;
        for (int i = 0; i < doses.length; i++) {
            double before = i == 0 ? 0 : afterDose * Math.exp(-k * (doses[i] - doses[i - 1]));
            afterDose = before + 2.0;
            if (i > 0) {
                assertTrue(before < 1 && afterDose >= 1);
                expectedTimes.add(doses[i]);
                expectedRising.add(true);
            }
            double below = doses[i] + Math.log(afterDose) / k;
            assertTrue(i == doses.length - 1 || below < doses[i + 1]);
            expectedTimes.add(below);
            expectedRising.add(false);
        }
        assertEquals(expectedRising, rec.rising);
        assertEquals(expectedTimes.size(), rec.times.size(), "events at " + rec.times);
        for (int i = 0; i < expectedTimes.size(); i++) {
            double tolerance = expectedRising.get(i) ? 0.0 : 1e-8;
            assertEquals(expectedTimes.get(i), rec.times.get(i), tolerance, "event " + i);
        }
    }

    @Test
    void aMaxCheckIntervalFindsABriefExcursionInsideALongStep() {
        // g(t) = 0.01 - (t - 5)^2 is positive only on (4.9, 5.1); y' = 0 lets the steps grow long
        CompiledModel flat = Models.compile("model flat\n y = 1\n y' = 0\nend\n");
        EventDetector window = ((EventDetector) (t, state) -> 0.01 - (t - 5) * (t - 5)).withMaxCheckInterval(0.05);
        Recorder rec = new Recorder("y", Action.CONTINUE);
        flat.problem().withUniformTimes(0, 10, 3).solve(Observers.none().withEvent(window, rec)).orThrow();
        assertEquals(List.of(true, false), rec.rising);
        assertEquals(4.9, rec.times.get(0), 1e-8);
        assertEquals(5.1, rec.times.get(1), 1e-8);
    }

    @Test
    void aDetectorOnARuleVariable() {
        // C := A/2 with A = e^{-kt}: C = 1/4 at t = ln 2 / k
        CompiledModel m = Models.compile("model rule\n A = 1; k = 0.5\n A' = -k*A\n C := A/2\nend\n");
        Solution s = m.problem().withUniformTimes(0, 5, 6).withOptions(TIGHT)
                .solve(Observers.none().withEvent(EventDetector.threshold("C", 0.25, Direction.FALLING),
                        EventHandler.stop()));
        assertEquals(Math.log(2) / 0.5, s.finalTime(), 1e-8);
    }

    @Test
    void anUnknownVariableFailsWhenTheRunStarts() {
        OdeProblem p = DECAY.problem();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.solve(
                Observers.none().withEvent(EventDetector.threshold("IL6", 1000.0, Direction.RISING), EventHandler.stop())));
        assertTrue(e.getMessage().contains("'IL6'"), e.getMessage());
    }

    @Test
    void settingsAreImmutableCopies() {
        EventDetector base = EventDetector.threshold("y", 0.5, Direction.RISING);
        EventDetector tuned = base.withTimeAccuracy(1e-6).withMaxCheckInterval(0.1).withDirection(Direction.BOTH);
        assertEquals(new DetectionSettings(Double.POSITIVE_INFINITY, 1e-9, Direction.RISING), base.settings());
        assertEquals(new DetectionSettings(0.1, 1e-6, Direction.BOTH), tuned.settings());
        EventDetector lambda = (t, state) -> t - 1;
        assertEquals(DetectionSettings.DEFAULT, lambda.settings());
        assertEquals(Direction.FALLING, lambda.withDirection(Direction.FALLING).settings().direction());
        assertThrows(IllegalArgumentException.class, () -> base.withTimeAccuracy(0));
        assertThrows(IllegalArgumentException.class, () -> base.withMaxCheckInterval(-1));
        assertThrows(IllegalArgumentException.class, () -> EventDetector.threshold("y", Double.NaN, Direction.BOTH));
    }
}
