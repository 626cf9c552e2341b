package org.cytostorm.engine.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.testing.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A linear two-compartment PK model with repeated IV boluses (time events) and a zero-order
 * infusion (a piecewise input in time), against the closed form: the bi-exponential unit
 * response of the central compartment, superposed over doses and integrated over the infusion.
 */
class PharmacokineticsTest {

    static final double K10 = 0.3;
    static final double K12 = 0.5;
    static final double K21 = 0.2;
    static final double DOSE = 100;
    static final double RATE = 40;
    static final double INFUSION_START = 30;
    static final double INFUSION_END = 35;
    static final double[] BOLUS_TIMES = {0, 12, 24};

    /** The model in {@link TestModels#PHARMACOKINETICS}; its constants are repeated above for the closed form. */
    private static final CompiledModel PK = Models.compile(TestModels.PHARMACOKINETICS);

    /** Central amount after a unit bolus at 0: the impulse response. */
    static double unitResponse(double t) {
        double sum = K10 + K12 + K21;
        double disc = Math.sqrt(sum * sum - 4 * K10 * K21);
        double alpha = (sum + disc) / 2;
        double beta = (sum - disc) / 2;
        return (alpha - K21) / (alpha - beta) * Math.exp(-alpha * t) + (K21 - beta) / (alpha - beta) * Math.exp(-beta * t);
    }

    /** Central amount from a box input of rate R on [a, b]: R times the integral of the impulse response. */
    static double infusionResponse(double t) {
        if (t <= INFUSION_START) {
            return 0;
        }
        double sum = K10 + K12 + K21;
        double disc = Math.sqrt(sum * sum - 4 * K10 * K21);
        double alpha = (sum + disc) / 2;
        double beta = (sum - disc) / 2;
        double[] lambda = {alpha, beta};
        double[] coef = {(alpha - K21) / (alpha - beta), (K21 - beta) / (alpha - beta)};
        double upper = Math.min(t, INFUSION_END);
        double total = 0;
        for (int i = 0; i < 2; i++) {
            total += coef[i] / lambda[i] * (Math.exp(-lambda[i] * (t - upper)) - Math.exp(-lambda[i] * (t - INFUSION_START)));
        }
        return RATE * total;
    }

    static double exactCentral(double t) {
        double a = infusionResponse(t);
        for (double tb : BOLUS_TIMES) {
            if (t >= tb) {
                a += DOSE * unitResponse(t - tb);
            }
        }
        return a;
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void bolusesAndInfusionMatchTheClosedForm(Method method) {
        Solution s = PK.problem().withUniformTimes(0, 48, 193)
                .withOptions(SolverOptions.DEFAULTS.withMethod(method).withTolerances(1e-10, 1e-12)).solve();
        assertTrue(s.isSuccess(), s.message());
        assertEquals(2, s.statistics().events(), "two boluses after the first dose at 0");
        for (int r = 0; r < s.rows(); r++) {
            double t = s.time(r);
            double exact = exactCentral(t);
            assertEquals(exact, s.value("A1", r), 1e-7 * Math.max(1, exact), "t = " + t);
        }
    }

    @Test
    void aDoseAtAnOutputTimeIsReportedAfterTheDoseAndNotBefore() {
        double justBefore = Math.nextDown(12.0);
        Solution s = PK.problem().withTimes(0, 13, new double[] {justBefore, 12.0})
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-10, 1e-12)).solve();
        assertEquals(exactCentral(justBefore), s.value("A1", 0), 1e-7);
        assertEquals(exactCentral(12.0), s.value("A1", 1), 1e-7);
        assertEquals(DOSE, s.value("A1", 1) - s.value("A1", 0), 1e-6, "the jump is the dose");
    }

    @Test
    void theInfusionDeliversRateTimesDuration() {
        // with elimination and distribution switched off, the central amount is exactly the input
        Solution s = PK.problem().with("k10", 0).with("k12", 0).with("dose", 0).with("A1", 0)
                .withTimes(0, 50, new double[] {29, 32.5, 50})
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-10, 1e-12)).solve();
        assertEquals(0, s.value("A1", 0), 1e-12);
        assertEquals(RATE * 2.5, s.value("A1", 1), 1e-11 * RATE * 2.5);
        assertEquals(RATE * (INFUSION_END - INFUSION_START), s.value("A1", 2), 1e-11 * RATE * 5);
    }
}
