package org.cytostorm.engine.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.testing.TestModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whole-pipeline runs (text, lowering, generated code, solver, outputs) against closed forms. */
class AnalyticSolutionsTest {

    private static final CompiledModel DECAY = Models.compile(TestModels.DECAY);
    private static final CompiledModel LOGISTIC = Models.compile(TestModels.LOGISTIC);

    @ParameterizedTest
    @EnumSource(Method.class)
    void exponentialDecayInAVolumeMatchesTheClosedForm(Method method) {
        Solution s = DECAY.problem().withUniformTimes(0, 10, 41)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(1e-9, 1e-14)).solve();
        assertTrue(s.isSuccess(), s.message());
        for (int r = 0; r < s.rows(); r++) {
            double exact = 3 * Math.exp(-0.7 * s.time(r));
            assertEquals(exact, s.value("A", r), 1e-7 * exact, "t = " + s.time(r));
        }
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void logisticGrowthMatchesTheClosedForm(Method method) {
        Solution s = LOGISTIC.problem().withUniformTimes(0, 12, 49)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(1e-9, 1e-14)).solve();
        assertTrue(s.isSuccess(), s.message());
        for (int r = 0; r < s.rows(); r++) {
            double t = s.time(r);
            double exact = 5 / (1 + (5 / 0.01 - 1) * Math.exp(-1.3 * t));
            assertEquals(exact, s.value("N", r), 1e-7 * exact, "t = " + t);
        }
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void overridesChangeParametersAndInitialValues(Method method) {
        Solution s = DECAY.problem().withUniformTimes(0, 2, 3).with("k", 0.2).with("A", 7)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(1e-10, 1e-14)).solve();
        assertEquals(7 * Math.exp(-0.4), s.last("A"), 1e-8);
    }
}
