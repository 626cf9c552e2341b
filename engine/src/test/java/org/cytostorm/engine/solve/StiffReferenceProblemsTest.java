package org.cytostorm.engine.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.testing.TestModels;
import org.junit.jupiter.api.Test;

/**
 * The classic stiff problems through the whole pipeline, against the reference values of the
 * "Test Set for IVP Solvers" (Mazzia et al., Bari; the values Hairer and Wanner use).
 */
class StiffReferenceProblemsTest {

    @Test
    void robertsonToTenToTheElevenAtRtol1e8() {
        CompiledModel m = Models.compile(TestModels.ROBERTSON);
        Solution s = m.problem().withTimes(0, 1e11, new double[] {0, 1e11})
                .withOptions(SolverOptions.DEFAULTS.withMethod(Method.RODAS5P).withTolerances(1e-8, 1e-20)).solve();
        assertTrue(s.isSuccess(), s.message());
        assertRelative(0.2083340149701255e-07, s.last("y1"), 1e-6);
        assertRelative(0.8333360770334713e-13, s.last("y2"), 1e-6);
        assertRelative(0.9999999791665050, s.last("y3"), 1e-6);
    }

    @Test
    void robertsonAutoChoosesTheStiffMethod() {
        CompiledModel m = Models.compile(TestModels.ROBERTSON);
        Solution s = m.problem().withTimes(0, 1e11, new double[] {0, 1e11})
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-8, 1e-20)).solve();
        assertEquals("RODAS5P", s.methodUsed());
        assertRelative(0.9999999791665050, s.last("y3"), 1e-6);
    }

    @Test
    void vanDerPolWithMu1000() {
        CompiledModel m = Models.compile(TestModels.VAN_DER_POL);
        Solution s = m.problem().withTimes(0, 2000, new double[] {0, 2000})
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-9, 1e-12)).solve();
        assertTrue(s.isSuccess(), s.message());
        // the Test Set's VDPOL is the same oscillator in time scaled by 1/mu: y1 = x, y2 = mu dx/dt
        assertRelative(1.706167732170483, s.last("x"), 1e-6);
        assertRelative(-0.8928097010247975 / 1000, s.last("v"), 1e-5);
        assertTrue(s.statistics().steps() < 20_000, "steps " + s.statistics().steps());
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, tolerance * Math.abs(expected));
    }
}
