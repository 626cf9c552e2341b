package org.cytostorm.engine.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A run that cannot finish says why, names the variable and the time reached, and keeps what it computed. */
class FailuresTest {

    private static double timeIn(String message) {
        Matcher m = Pattern.compile("t = ([-0-9.eE+]+)").matcher(message);
        assertTrue(m.find(), "message names a time: " + message);
        return Double.parseDouble(m.group(1));
    }

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"RODAS5P", "RODAS4"})
    void aNaNRateNamesTheVariableAndTheTime(Method method) {
        // z' = ln(y - 1/2) with y = exp(-t) is NaN from t = ln 2 on
        CompiledModel m = Models.compile("model goesNaN\n y = 1; z = 0\n y' = -y\n z' = ln(y - 0.5)\nend\n");
        Solution s = m.problem().withUniformTimes(0, 2, 21)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method)).solve();
        assertEquals(ReturnCode.NON_FINITE, s.returnCode());
        assertTrue(s.message().contains("rate of change of z"), s.message());
        assertEquals(Math.log(2), timeIn(s.message()), 1e-4);
        assertEquals(7, s.rows(), "the outputs before the failure are kept (t = 0 ... 0.6)");
        SolverException e = assertThrows(SolverException.class, s::orThrow);
        assertEquals(ReturnCode.NON_FINITE, e.code());
    }

    @Test
    void aParameterWithoutAValueIsNamedWhenItMakesARateNaN() {
        // 'var y' declares y without a value (legal, as in SBML); reading it makes x' NaN at once
        CompiledModel m = Models.compile("model valueless\n var y\n x = 1; k = 0.5\n x' = -k*x + y\nend\n");
        Solution s = m.problem().withUniformTimes(0, 1, 3).solve();
        assertEquals(ReturnCode.NON_FINITE, s.returnCode());
        assertTrue(s.message().contains("rate of change of x"), s.message());
        assertTrue(s.message().endsWith("; parameter y has no value: give it one in the model or with a setting"),
                s.message());
        // given a value by a setting, the same model runs: x' = -x/2 + 1 from x = 1 gives x = 2 - e^(-t/2)
        Solution set = m.problem().with("y", 1).withUniformTimes(0, 1, 3).solve();
        assertEquals(ReturnCode.SUCCESS, set.returnCode(), set.message());
        assertEquals(2 - Math.exp(-0.5), set.value("x", 2), 1e-6);
    }

    @Test
    void anExplicitMethodNamesTheVariableAndTheTimeNearWhichItWentNaN() {
        CompiledModel m = Models.compile("model goesNaN\n y = 1; z = 0\n y' = -y\n z' = ln(y - 0.5)\nend\n");
        Solution s = m.problem().withUniformTimes(0, 2, 21)
                .withOptions(SolverOptions.DEFAULTS.withMethod(Method.DOPRI853)).solve();
        assertEquals(ReturnCode.NON_FINITE, s.returnCode());
        assertTrue(s.message().contains("rate of change of z"), s.message());
        double t = timeIn(s.message());
        // an explicit method evaluates stages ahead of the last good point: the time is that of the
        // first non-finite evaluation, past ln 2 by at most a step
        assertTrue(t >= Math.log(2) && t < 1.0, s.message());
    }

    @Test
    void aBlowUpEndsInStepSizeUnderflowNamingTheVariableAndTime() {
        // x' = x^2 from x = 1 is 1/(1 - t): infinite at t = 1
        CompiledModel m = Models.compile("model blowup\n x = 1; w = 0\n x' = x^2\n w' = 0\nend\n");
        Solution s = m.problem().withUniformTimes(0, 2, 5)
                .withOptions(SolverOptions.DEFAULTS.withMethod(Method.RODAS5P)).solve();
        assertTrue(s.returnCode() == ReturnCode.STEP_SIZE_UNDERFLOW || s.returnCode() == ReturnCode.NON_FINITE,
                s.returnCode() + ": " + s.message());
        assertEquals(1.0, timeIn(s.message()), 1e-3);
        assertTrue(s.message().contains("x"), s.message());
    }

    @Test
    void tooManyStepsNamesTheTimeReached() {
        CompiledModel m = Models.compile("model osc\n x = 0; v = 1\n x' = v\n v' = -x\nend\n");
        Solution s = m.problem().withUniformTimes(0, 100, 11)
                .withOptions(SolverOptions.DEFAULTS.withMethod(Method.RODAS5P).withMaxSteps(20)).solve();
        assertEquals(ReturnCode.MAX_STEPS, s.returnCode());
        assertEquals(20, s.statistics().steps());
        double reached = timeIn(s.message());
        assertTrue(reached > 0 && reached < 100, s.message());
        assertEquals(reached, s.finalTime(), 1e-6 * reached);
    }

    @Test
    void outputTimesOutsideTheRunAreRejected() {
        CompiledModel m = Models.compile("model m\n x = 1\n x' = -x\nend\n");
        IllegalArgumentException after = assertThrows(IllegalArgumentException.class,
                () -> m.problem().withTimes(0, 10, new double[] {0, 5, 11}));
        assertTrue(after.getMessage().contains("11.0") && after.getMessage().contains("outside"), after.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.problem().withTimes(2, 10, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> m.problem().withTimes(0, 10, new double[] {5, 4}));
        assertThrows(IllegalArgumentException.class, () -> m.problem().withTimes(10, 0, new double[] {}));
    }

    @Test
    void unknownAndRuleDefinedOverridesAreRejectedWithAHint() {
        CompiledModel m = Models.compile("model m\n x = 1; k1 = 2\n y := 2*x\n J1: x => ; k1*x\nend\n");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> m.problem().with("k2", 1));
        assertTrue(unknown.getMessage().contains("'k2'") && unknown.getMessage().contains("did you mean 'k1'"),
                unknown.getMessage());
        IllegalArgumentException rule = assertThrows(IllegalArgumentException.class, () -> m.problem().with("y", 1));
        assertTrue(rule.getMessage().contains("assignment rule"), rule.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.problem().with("J1", 1));
    }
}
