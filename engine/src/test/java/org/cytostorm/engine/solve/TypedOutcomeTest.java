package org.cytostorm.engine.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How a run ended and what integrated it, as typed values rather than words in a message. */
class TypedOutcomeTest {

    @ParameterizedTest
    @EnumSource(Method.class)
    void aBlowUpNamesTheVariableThatFailedAndWhen(Method method) {
        // GIVEN x' = x^2, x(0) = 1, whose solution 1/(1 - t) is infinite at t = 1, beside a quiet w
        CompiledModel m = Models.compile("model blowup\n x = 1; w = 0\n x' = x^2\n w' = 0\nend\n");
        // WHEN
        Solution s = m.problem().withUniformTimes(0, 2, 5).withOptions(SolverOptions.DEFAULTS.withMethod(method))
                .solve();
        // THEN the run fails near t = 1, naming x
        assertFalse(s.isSuccess());
        assertTrue(s.returnCode() == ReturnCode.STEP_SIZE_UNDERFLOW || s.returnCode() == ReturnCode.NON_FINITE,
                s.returnCode() + ": " + s.message());
        assertEquals(Optional.of("x"), s.failedVariable(), s.message());
        assertEquals(1.0, s.finalTime(), 1e-3);
        assertTrue(s.rows() >= 2, "the rows before the pole are kept");
        assertEquals(2.0, s.value("x", 1), 1e-5, "x(0.5) = 1/(1 - 0.5)");
    }

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"RODAS5P", "RODAS4"})
    void aNaNRateNamesItsVariable(Method method) {
        // z' = ln(y - 1/2) with y = exp(-t) is NaN from t = ln 2 on
        CompiledModel m = Models.compile("model goesNaN\n y = 1; z = 0\n y' = -y\n z' = ln(y - 0.5)\nend\n");
        Solution s = m.problem().withUniformTimes(0, 2, 21).withOptions(SolverOptions.DEFAULTS.withMethod(method))
                .solve();
        assertEquals(ReturnCode.NON_FINITE, s.returnCode());
        assertEquals(Optional.of("z"), s.failedVariable());
        assertEquals(Math.log(2), s.finalTime(), 1e-4);
    }

    @Test
    void aNonFiniteInitialValueIsNamed() {
        CompiledModel m = Models.compile("model bad\n a = 0; x = 1/a; y = 1\n x' = -x\n y' = -y\nend\n");
        Solution s = m.problem().solve();
        assertEquals(ReturnCode.NON_FINITE, s.returnCode());
        assertEquals(Optional.of("x"), s.failedVariable());
        assertEquals(0.0, s.finalTime(), 0.0);
    }

    @Test
    void noVariableIsBlamedForSuccessOrTheStepLimit() {
        CompiledModel m = Models.compile("model osc\n x = 0; v = 1\n x' = v\n v' = -x\nend\n");
        OdeProblem p = m.problem().withUniformTimes(0, 100, 11);
        assertEquals(Optional.empty(), p.solve().failedVariable());
        Solution limited = p.withOptions(SolverOptions.DEFAULTS.withMaxSteps(20)).solve();
        assertEquals(ReturnCode.MAX_STEPS, limited.returnCode());
        assertEquals(Optional.empty(), limited.failedVariable());
    }

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"RODAS5P", "RODAS4", "DOPRI853"})
    void aChosenMethodIsTheOneUsed(Method method) {
        Solution s = Models.compile(TestModels.LOGISTIC).problem().withUniformTimes(0, 10, 11)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method)).solve().orThrow();
        assertEquals(List.of(method), s.methods());
        assertEquals(method.name(), s.methodUsed());
    }

    @Test
    void autoSwitchesToRodas5pWhenRobertsonTurnsStiff() {
        // Robertson's kinetics start non-stiff (‖J‖ ≈ 0.08 at t = 0) and turn stiff once y2 and y3
        // build up (an eigenvalue near -k3 y3 - 2 k2 y2, ~ -1e4): AUTO starts explicit and switches
        Solution s = Models.compile(TestModels.ROBERTSON).problem().withUniformTimes(0, 40, 11).solve().orThrow();
        assertEquals(List.of(Method.DOPRI853, Method.RODAS5P), s.methods());
        assertEquals("DOPRI853 then RODAS5P", s.methodUsed());
    }

    @Test
    void aSystemWithoutStateUsesNoMethod() {
        Solution s = Models.compile("model clock\n a := sin(time)\nend\n").problem().solve().orThrow();
        assertEquals(List.of(), s.methods());
    }
}
