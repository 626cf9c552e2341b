package org.cytostorm.engine.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * Sums and nestings too large for one Java statement compile (the generated code is split) and
 * give exactly the values a plain loop gives: the split adds terms in the same order.
 */
class LargeExpressionsTest {

    @Test
    void aFlatSumOfThreeThousandTermsGivesExactlyThreeThousandTimesItsTerm() {
        String sum = String.join(" + ", java.util.Collections.nCopies(3000, "S"));
        CompiledModel m = Models.compile("model p()\n  S = 1;\n  k = 1e-4;\n  J0: S -> ; k*(" + sum + ");\nend\n");
        // dS/dt = -0.3 S: S(t) = exp(-0.3 t)
        Solution s = m.problem().withUniformTimes(0, 2, 3).solve().orThrow();
        assertEquals(Math.exp(-0.6), s.last("S"), 1e-6);
        double[] y = {0.7};
        double[] out = new double[1];
        double[] w = new double[m.system().workspaceSize()];
        m.kernels().rhs(0, y, m.defaultParameters(), w, out);
        double expected = 0;
        for (int i = 0; i < 3000; i++) {
            expected += 0.7; // the order Java adds a flat sum in
        }
        assertEquals(-1e-4 * expected, out[0], 0.0);
    }

    @Test
    void tenThousandSpeciesInOneTenThousandTermSumCompile() {
        int n = 10_000;
        StringBuilder text = new StringBuilder("model big()\n");
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("  S").append(i).append(" = ").append(i % 7).append(";\n");
            sum.append(i == 0 ? "" : " + ").append('S').append(i);
        }
        text.append("  T = 0;\n  T' = ").append(sum).append(";\nend\n");
        CompiledModel m = Models.compile(text.toString());
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += i % 7;
        }
        Solution s = m.problem().withOutputs(java.util.List.of("T")).withUniformTimes(0, 1, 2).solve().orThrow();
        assertEquals(total, s.last("T"), 1e-9 * total);
    }

    @Test
    void aThousandNestedNegationsFromFunctionsCompileInBothMethods() {
        // ten functions each negating ninety times: 900 nested negations in all, an even number, so
        // the rate is +k; written as text each function is within the depth limit
        StringBuilder text = new StringBuilder("function g0(x)\n  x;\nend\n");
        for (int i = 1; i <= 10; i++) {
            text.append("function g").append(i).append("(x)\n  ").append("-(".repeat(90)).append("g").append(i - 1)
                    .append("(x)").append(")".repeat(90)).append(";\nend\n");
        }
        text.append("model p()\n  S = 1;\n  k = 0.25;\n  S' = g10(k);\nend\n");
        CompiledModel m = Models.compile(text.toString());
        for (Method method : new Method[] {Method.RODAS5P, Method.DOPRI853}) {
            Solution s = m.problem().withUniformTimes(0, 4, 3).withOptions(SolverOptions.DEFAULTS.withMethod(method))
                    .solve().orThrow();
            assertEquals(2.0, s.last("S"), 1e-9, method.toString());
        }
    }

    @Test
    void aMaximumOfTwoHundredArgumentsCompilesToTheLargest() {
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            args.append(i == 0 ? "" : ", ").append("k*").append((i * 37) % 200);
        }
        CompiledModel m = Models.compile("model p()\n  S = 0;\n  k = 0.01;\n  S' = max(" + args + ");\nend\n");
        Solution s = m.problem().withUniformTimes(0, 1, 2).solve().orThrow();
        assertEquals(1.99, s.last("S"), 1e-9);
    }
}
