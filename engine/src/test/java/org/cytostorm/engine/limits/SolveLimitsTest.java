package org.cytostorm.engine.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs that used to escape as Hipparchus exceptions or run out of memory: now results or clear refusals. */
class SolveLimitsTest {

    private static final String DECAY = "model e()\n  S = 1;\n  k = 0.1;\n  S' = -k*S;\nend\n";

    /**
     * S falls at rate 1 and an event adds 0.001 each time it drops below 0.99: a sawtooth that fires
     * every 0.001 time units, events landing within rounding of output times. Hipparchus refused the
     * near-empty intervals between them ("too small integration interval").
     */
    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"AUTO", "DOPRI853", "RODAS5P"})
    void aSawtoothOfEventsRunsToTheEndInEveryMethod(Method method) {
        CompiledModel m = Models.compile("model e()\n  S = 1;\n  S' = -1;\n  E1: at S < 0.99: S = S + 0.001;\nend\n");
        Solution s = m.problem().withUniformTimes(0, 10, 1001).withOptions(SolverOptions.DEFAULTS.withMethod(method)
                .withMaxSteps(1_000_000)).solve();
        assertTrue(s.isSuccess(), s.message());
        for (double v : s.column("S")) {
            // between the event threshold and one increment above it, after the first 0.01
            assertTrue(v >= 0.99 - 1e-6 && v <= 1.0 + 1e-12, "S = " + v);
        }
        assertEquals(0.99, s.last("S"), 0.0011);
    }

    @Test
    void aRunTooShortForItsTimesIsRefusedNamingBoth() {
        CompiledModel m = Models.compile(DECAY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.problem().withUniformTimes(1e16, 1.0000000000000002e16, 2));
        assertTrue(e.getMessage().contains("1.0E16") && e.getMessage().contains("too short"), e.getMessage());
    }

    @Test
    void aLongRunWithLargeTimesStillRuns() {
        // the same decay started at t0 = 1e6 reaches exp(-0.1 * 10) ten units later
        Solution s = Models.compile(DECAY).problem().withUniformTimes(1e6, 1e6 + 10, 2).solve().orThrow();
        assertEquals(Math.exp(-1), s.last("S"), 1e-6);
    }

    @Test
    void aHundredMillionOutputTimesAreRefusedBeforeAnyAllocation() {
        CompiledModel m = Models.compile(DECAY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.problem().withUniformTimes(0, 1, 100_000_000));
        assertTrue(e.getMessage().contains("limit of " + OdeProblem.MAX_OUTPUT_TIMES), e.getMessage());
    }

    @Test
    void absurdTolerancesAndStepLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SolverOptions.DEFAULTS.withTolerances(10, 1e-10));
        assertThrows(IllegalArgumentException.class, () -> SolverOptions.DEFAULTS.withTolerances(1e-20, 1e-10));
        assertThrows(IllegalArgumentException.class, () -> SolverOptions.DEFAULTS.withTolerances(1e-6, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SolverOptions.DEFAULTS.withMaxSteps(SolverOptions.MAX_STEPS + 1));
    }
}
