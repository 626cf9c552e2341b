package org.cytostorm.engine.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Event semantics (SBML Level 3, as the text format writes them), each against a value known in advance. */
class EventsTest {

    private static Solution run(String body, double end, List<String> outputs, Method method) {
        CompiledModel m = Models.compile("model events\n" + body + "end\n");
        return m.problem().withUniformTimes(0, end, 11).withOutputs(outputs)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(1e-10, 1e-14)).solve().orThrow();
    }

    private static Solution run(String body, double end, List<String> outputs) {
        return run(body, end, outputs, Method.AUTO);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aStateEventIsLocatedOnTheDenseOutput(Method method) {
        Solution s = run("A = 1; k = 0.5; T = 0\n A' = -k*A\n at (A < 0.5): T = time\n", 5, List.of("T"), method);
        assertEquals(Math.log(2) / 0.5, s.last("T"), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aTimeEventIsHitExactlyAndOutputAtItsTimeIsAfterIt(Method method) {
        CompiledModel m = Models.compile("model e\n X = 0; Tev = -1\n X' = 0.1\n"
                + " at (time >= 5): X = X + 1, Tev = time\nend\n");
        Solution s = m.problem().withTimes(0, 10, new double[] {Math.nextDown(5.0), 5.0, 10})
                .withOutputs(List.of("X", "Tev"))
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(1e-10, 1e-14)).solve().orThrow();
        assertEquals(5.0, s.last("Tev"), 0.0, "the event time is exactly 5");
        assertEquals(0.5, s.value("X", 0), 1e-12, "just before: no jump yet");
        assertEquals(1.5, s.value("X", 1), 1e-12, "at 5: after the jump");
        assertEquals(2.0, s.value("X", 2), 1e-12);
    }

    @Test
    void aDelayedEventExecutesExactlyAfterItsDelay() {
        Solution s = run("X = 0; Tex = -1\n X' = 0\n at 2 after (time >= 1), fromTrigger = false: X = 5, Tex = time\n", 5,
                List.of("X", "Tex"));
        assertEquals(3.0, s.last("Tex"), 0.0);
        assertEquals(5.0, s.last("X"), 0.0);
    }

    @Test
    void valuesFromTriggerTimeOrFromExecutionTime() {
        String clock = "Z = 0; Y = -1\n Z' = 1\n";
        Solution fromTrigger = run(clock + " at 2 after (time >= 1), fromTrigger = true: Y = Z\n", 5, List.of("Y"));
        Solution fromExecution = run(clock + " at 2 after (time >= 1), fromTrigger = false: Y = Z\n", 5, List.of("Y"));
        assertEquals(1.0, fromTrigger.last("Y"), 1e-9);
        assertEquals(3.0, fromExecution.last("Y"), 1e-9);
    }

    @Test
    void aNonPersistentEventIsCancelledWhenItsTriggerTurnsFalseDuringTheDelay() {
        String window = " X = 0\n X' = 0\n";
        Solution persistent = run(window + " at 2 after (time >= 1 && time < 1.5): X = 1\n", 5, List.of("X"));
        Solution cancelled = run(window + " at 2 after (time >= 1 && time < 1.5), persistent = false: X = 1\n", 5,
                List.of("X"));
        assertEquals(1.0, persistent.last("X"), 0.0);
        assertEquals(0.0, cancelled.last("X"), 0.0);
    }

    @Test
    void simultaneousEventsExecuteInPriorityOrder() {
        String base = " X = 0\n X' = 0\n";
        Solution highFirst = run(base + " at (time >= 1), priority = 10: X = 1\n at (time >= 1), priority = 1: X = 2\n",
                2, List.of("X"));
        Solution lowFirst = run(base + " at (time >= 1), priority = 1: X = 1\n at (time >= 1), priority = 10: X = 2\n",
                2, List.of("X"));
        assertEquals(2.0, highFirst.last("X"), 0.0, "the lower priority executes last");
        assertEquals(1.0, lowFirst.last("X"), 0.0);
    }

    @Test
    void aTriggerTrueAtTheStartFiresOnlyWhenItsInitialValueIsFalse() {
        Solution fires = run(" X = 0\n X' = 0\n at (time >= 0), t0 = false: X = 7\n", 1, List.of("X"));
        Solution silent = run(" X = 0\n X' = 0\n at (time >= 0): X = 7\n", 1, List.of("X"));
        assertEquals(7.0, fires.value("X", 0), 0.0, "fired at t = 0, reported at t = 0");
        assertEquals(0.0, silent.last("X"), 0.0);
    }

    @Test
    void anEventTriggeredByAnotherFiresAtTheSameInstant() {
        Solution s = run(" X = 0; Y = -1\n X' = 0\n at (time >= 1): X = 1\n at (X > 0.5): Y = time\n", 2,
                List.of("Y"));
        assertEquals(1.0, s.last("Y"), 0.0);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aTriggerFiresAgainEachTimeItTurnsTrue(Method method) {
        // x = sin(t): x > 0.5 turns true at pi/6 and at 2 pi + pi/6 within [0, 4 pi]
        Solution s = run(" x = 0; v = 1; count = 0; last = -1\n x' = v\n v' = -x\n"
                + " at (x > 0.5): count = count + 1, last = time\n", 4 * Math.PI, List.of("count", "last"), method);
        assertEquals(2.0, s.last("count"), 0.0);
        assertEquals(2 * Math.PI + Math.PI / 6, s.last("last"), 1e-8);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void anEventChangingARateConstantRestartsIntegrationCleanly(Method method) {
        Solution s = run(" A = 1; k = 0.5\n A' = -k*A\n at (time >= 1): k = 2\n", 3, List.of("A"), method);
        for (int r = 0; r < s.rows(); r++) {
            double t = s.time(r);
            double exact = t < 1 ? Math.exp(-0.5 * t) : Math.exp(-0.5) * Math.exp(-2 * (t - 1));
            assertEquals(exact, s.value("A", r), 1e-8 * exact + 1e-14, "t = " + t);
        }
        assertTrue(s.statistics().events() == 1);
    }
}
