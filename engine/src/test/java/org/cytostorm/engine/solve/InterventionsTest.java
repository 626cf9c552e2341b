package org.cytostorm.engine.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Doses, infusions and supervisor checks, each against the closed-form one-compartment solution. */
class InterventionsTest {

    private static final double K = 0.3;
    private static final CompiledModel ONE_COMPARTMENT = Models.compile(
            "model pk\n A = 0; rate = 0; k = 0.3; flag = 0\n A' = rate - k*A\n C := A/2\n at (A > 3): flag = 1\nend\n");

    private static OdeProblem problem(Method method, double... times) {
        return ONE_COMPARTMENT.problem().withTimes(0, 24, times).withOutputs(List.of("A", "rate", "flag"))
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(1e-10, 1e-12));
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void repeatedBolusesSuperpose(Method method) {
        double[] doses = {0, 4, 8, 12};
        List<Intervention> schedule = new ArrayList<>();
        for (double d : doses) {
            schedule.add(Intervention.add(d, "A", 2.0));
        }
        Solution s = problem(method, 3, 7.5, 20).withInterventions(schedule).solve().orThrow();
        for (int i = 0; i < 3; i++) {
            double t = s.time(i);
            double expected = 0;
            for (double d : doses) {
                expected += t >= d ? 2.0 * Math.exp(-K * (t - d)) : 0;
            }
            assertEquals(expected, s.value("A", i), 1e-8 * expected, "at t = " + t);
        }
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void anInfusionDeliversItsAmountAndStopsExactly(Method method) {
        double r = 1.5;
        double start = 2;
        double stop = 6;
        Solution s = problem(method, 6, 10).withInterventions(List.of(Intervention.add(start, "rate", r),
                Intervention.add(stop, "rate", -r))).solve().orThrow();
        double atStop = r / K * (1 - Math.exp(-K * (stop - start)));
        assertEquals(atStop, s.value("A", 0), 1e-8 * atStop);
        assertEquals(atStop * Math.exp(-K * 4), s.value("A", 1), 1e-8 * atStop);
        assertEquals(0.0, s.value("rate", 1), 0.0, "the rate returns to exactly zero");
    }

    @Test
    void aDoseAtAnOutputTimeShowsAfterItAndModelEventsRespond() {
        Solution s = problem(Method.AUTO, 5, 5.5).withInterventions(List.of(Intervention.add(5, "A", 4.0)))
                .solve().orThrow();
        assertEquals(4.0, s.value("A", 0), 1e-12);
        assertEquals(1.0, s.value("flag", 0), 0.0, "the event A > 3 fires at the dose instant");
    }

    @Test
    void setReplacesTheValue() {
        Solution s = problem(Method.AUTO, 1, 2).withInterventions(List.of(Intervention.add(0, "A", 5.0),
                Intervention.set(1, "A", 0.5))).solve().orThrow();
        assertEquals(0.5, s.value("A", 0), 1e-12);
        assertEquals(0.5 * Math.exp(-K), s.value("A", 1), 1e-9);
    }

    /** Gives a bolus at the first hourly check at which the amount has fallen below a threshold. */
    private static final class Redose implements Supervisor {
        final List<Double> checks = new ArrayList<>();
        final List<Double> doses = new ArrayList<>();

        @Override
        public double nextCheck(double time) {
            return Math.floor(time) + 1;
        }

        @Override
        public List<Intervention> check(double time, Observation now) {
            checks.add(time);
            assertEquals(now.value("A") / 2, now.value("C"), 1e-12, "rule variables are current at the check");
            if (now.value("A") < 1.0) {
                doses.add(time);
                return List.of(Intervention.add(time, "A", 2.0));
            }
            return List.of();
        }
    }

    @Test
    void aSupervisorActsAtTheFirstCheckItsConditionHolds() {
        Redose redose = new Redose();
        problem(Method.AUTO, 24).withInterventions(List.of(Intervention.add(0, "A", 2.0))).solve(redose).orThrow();
        // 2 e^{-kt} < 1 first at t = ln 2 / k = 2.31 h: the first hourly check after is 3 h; each
        // re-dose restores 2 e^{-3k} + 2 = 2.81, which falls below 1 after ln 2.81 / k = 3.44 h
        double first = Math.ceil(Math.log(2) / K);
        assertEquals(first, redose.doses.get(0), 0.0);
        double afterDose = 2 * Math.exp(-K * first) + 2;
        assertEquals(first + Math.ceil(Math.log(afterDose) / K), redose.doses.get(1), 0.0);
        assertEquals(25, redose.checks.size(), "checks at 0, 1, ..., 24 h");
        assertEquals(0.0, redose.checks.get(0), 0.0);
    }

    @Test
    void badTargetsAreRefusedWithTheirName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ONE_COMPARTMENT.problem().withInterventions(List.of(Intervention.add(1, "B", 1))));
        assertTrue(unknown.getMessage().contains("'B'"), unknown.getMessage());
        IllegalArgumentException rule = assertThrows(IllegalArgumentException.class,
                () -> ONE_COMPARTMENT.problem().withInterventions(List.of(Intervention.add(1, "C", 1))));
        assertTrue(rule.getMessage().contains("rule"), rule.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Intervention.add(Double.NaN, "A", 1));
    }
}
