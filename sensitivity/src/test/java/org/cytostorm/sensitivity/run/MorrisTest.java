package org.cytostorm.sensitivity.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cytostorm.sensitivity.Factor;
import org.cytostorm.sensitivity.Factors;
import org.cytostorm.sensitivity.Method;
import org.cytostorm.sensitivity.Models;
import org.cytostorm.sensitivity.estimate.MorrisEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, acceptance 1 (Morris): on functions whose influential and inert inputs are known, μ*
 * ranks them correctly, and on a linear function every elementary effect is the slope.
 */
class MorrisTest {

    @TempDir
    Path dir;

    private SensitivityResult run(String model, int inputs, int trajectories, long seed) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int i = 1; i <= inputs; i++) {
            names.add("x" + i);
            written.add("x" + i + "=uniform(0..1)");
        }
        List<Factor> factors = Factors.ofModel(written, n -> 0.5);
        SensitivityJob.Options o = new SensitivityJob.Options(Method.MORRIS, model, Map.of(), factors,
                Models.evaluator(model, names, "y"), trajectories, 4, seed, 100, 2, 50);
        return new SensitivityJob(SensitivityJob.outputs()).run(o, dir.resolve(model + seed), "out", (d, t) -> { }, null);
    }

    /**
     * Sobol's g-function with a = 0, 1, 4.5, 9, 99 x 4 (Saltelli and Sobol' 1995; Campolongo et al.,
     * Environ Model Softw 2007;22:1509 use it to test μ*): x1 > x2 > x3 > x4, and x5 to x8 nearly
     * inert. A move of x_i changes its factor by 1/(1 + a_i) (|4x - 2| moves by 1 between the levels),
     * so μ* of x5 to x8 is about (1 + 9)/(1 + 99) = 0.1 of x4's, up to the other factors' values
     * along the 40 trajectories: below 0.2 of it.
     */
    @Test
    void muStarRanksTheGFunctionsInputs() throws Exception {
        SensitivityResult r = run("g-function.ant", 8, 40, 17);
        List<MorrisEffect> ranked = r.morris("y");
        assertEquals(List.of("x1", "x2", "x3", "x4"), ranked.subList(0, 4).stream().map(MorrisEffect::parameter).toList(),
                "ranking by mu*: " + ranked);
        double x4 = ranked.get(3).muStar().estimate();
        for (MorrisEffect m : ranked.subList(4, 8)) {
            assertTrue(m.muStar().estimate() < 0.2 * x4, m.parameter() + " (a = 99) mu* " + m.muStar().estimate()
                    + " vs x4 (a = 9) " + x4);
        }
    }

    @Test
    void everyElementaryEffectOfALinearFunctionIsItsSlope() throws Exception {
        SensitivityResult r = run("linear.ant", 3, 10, 3);
        double[] slope = {3, -2, 0};
        for (MorrisEffect m : r.morris("y")) {
            int i = Integer.parseInt(m.parameter().substring(1)) - 1;
            assertEquals(slope[i], m.mu(), 1e-12, m.parameter() + " mu");
            assertEquals(Math.abs(slope[i]), m.muStar().estimate(), 1e-12, m.parameter() + " mu*");
            assertEquals(0, m.sigma(), 1e-12, m.parameter() + " sigma");
            assertEquals(10, m.effects());
        }
    }
}
