package org.cytostorm.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Counters;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.rosenbrock.RosenbrockTableau;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A benchmark of two different functions would be meaningless: each hand-written comparator must
 * be the compiled model, derivatives and Jacobian to 1e-12 relative, entry by entry, at random
 * states; same state order and initial values.
 */
class ComparatorAgreementTest {

    private static final int STATES = 2000;

    private static double[] randomState(String model, SplittableRandom rng) {
        switch (model) {
            case BenchModels.REYNOLDS:
                return new double[] {5 * rng.nextDouble(), rng.nextDouble(), 2 * rng.nextDouble(), rng.nextDouble()};
            case BenchModels.ROBERTSON:
                return new double[] {rng.nextDouble(), 4e-5 * rng.nextDouble(), rng.nextDouble()};
            default:
                double[] y = new double[50];
                for (int i = 0; i < y.length; i++) {
                    y[i] = 2 * rng.nextDouble();
                }
                return y;
        }
    }

    private static List<String> expectedStateNames(String model) {
        switch (model) {
            case BenchModels.REYNOLDS:
                return List.of("P", "Nstar", "D", "C_A");
            case BenchModels.ROBERTSON:
                return List.of("y1", "y2", "y3");
            default:
                List<String> names = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    names.add(StiffNetwork.speciesName(i));
                }
                return names;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {BenchModels.REYNOLDS, BenchModels.ROBERTSON, BenchModels.NETWORK50})
    void sameStateOrderAndInitialValues(String model) {
        CompiledModel compiled = BenchModels.compile(model);
        assertEquals(expectedStateNames(model), compiled.system().stateNames());
        Solution s = BenchModels.problem(compiled, model, Method.RODAS5P).solve().orThrow();
        double[] y0 = BenchModels.initialState(model);
        for (int i = 0; i < y0.length; i++) {
            assertEquals(y0[i], s.value(compiled.system().stateNames().get(i), 0), 0.0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {BenchModels.REYNOLDS, BenchModels.ROBERTSON, BenchModels.NETWORK50})
    void derivativesAndJacobianAgreeEntryByEntry(String model) {
        OdeFunction compiled = new KernelFunction(BenchModels.compile(model));
        OdeFunction hand = BenchModels.handWritten(model);
        int n = compiled.dimension();
        assertEquals(n, hand.dimension());
        SplittableRandom rng = new SplittableRandom(42);
        double[] fc = new double[n];
        double[] fh = new double[n];
        double[] jc = new double[n * n];
        double[] jh = new double[n * n];
        double worstF = 0;
        double worstJ = 0;
        double worstRawJ = 0;
        for (int k = 0; k < STATES; k++) {
            double[] y = randomState(model, rng);
            double t = 100 * rng.nextDouble();
            compiled.derivatives(t, y, fc);
            hand.derivatives(t, y, fh);
            java.util.Arrays.fill(jc, Double.NaN); // both must write every entry
            java.util.Arrays.fill(jh, Double.NaN);
            compiled.jacobian(t, y, jc);
            hand.jacobian(t, y, jh);
            worstF = Math.max(worstF, maxRelative(fc, fh, null));
            worstJ = Math.max(worstJ, maxRelative(jc, jh, jacobianConditioning(model, y)));
            worstRawJ = Math.max(worstRawJ, maxRelative(jc, jh, null));
        }
        System.out.printf("%s: largest relative difference f %.2e, Jacobian %.2e (%.2e before allowing for the"
                + " compiled code's cancellation)%n", model, worstF, worstJ, worstRawJ);
        assertTrue(worstF <= 1e-12, model + " derivatives differ by " + worstF);
        assertTrue(worstJ <= 1e-12, model + " Jacobian differs by " + worstJ);
    }

    /**
     * How many times the rounding error of the compiled Jacobian entries is amplified by
     * cancellation, or null for none. The engine differentiates Reynolds' Hill term
     * fN⁶/(x⁶ + fN⁶) by the quotient rule, 6fN⁵/s − fN⁶·6fN⁵/s² (s = x⁶ + fN⁶): two terms that
     * nearly cancel when fN ≫ x_dn, leaving a result (s/x⁶) times smaller than them. The hand-written
     * form 6fN⁵x⁶/s² has no cancellation, so the two differ by about ε·s/x⁶ there (≈1e-9 at
     * Nstar ≈ 1; ≈1e-14 along the model's trajectory, where Nstar stays below 0.1). Entries 9 and 11
     * (∂f_D/∂Nstar, ∂f_D/∂C_A) get that allowance; all others must agree to 1e-12.
     */
    private static double[] jacobianConditioning(String model, double[] y) {
        if (!model.equals(BenchModels.REYNOLDS)) {
            return null;
        }
        double q = y[3] / 0.28;
        double fN = y[1] / (1 + q * q);
        double x6 = Math.pow(0.06, 6);
        double[] c = new double[16];
        java.util.Arrays.fill(c, 1.0);
        c[9] = c[11] = 1 + Math.pow(fN, 6) / x6;
        return c;
    }

    /**
     * Largest |a−b|/(max(|a|,|b|)·conditioning) over entries (conditioning null: 1); two exact
     * zeros agree, NaN anywhere is infinite.
     */
    private static double maxRelative(double[] a, double[] b, double[] conditioning) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            if (Double.isNaN(d)) {
                return Double.POSITIVE_INFINITY;
            }
            if (d > 0) {
                double allowance = conditioning == null ? 1.0 : conditioning[i];
                worst = Math.max(worst, d / Math.max(Math.abs(a[i]), Math.abs(b[i])) / allowance);
            }
        }
        return worst;
    }

    @ParameterizedTest
    @ValueSource(strings = {BenchModels.REYNOLDS, BenchModels.ROBERTSON, BenchModels.NETWORK50})
    void minimalDriverAgreesWithTheEngine(String model) {
        CompiledModel compiled = BenchModels.compile(model);
        Solution s = BenchModels.problem(compiled, model, Method.RODAS5P).solve().orThrow();
        double[] y0 = BenchModels.initialState(model);
        double end = BenchModels.endTime(model);
        for (OdeFunction f : List.of(new KernelFunction(compiled), BenchModels.handWritten(model))) {
            double[][] out = MinimalDriver.run(f, RosenbrockTableau.rodas5P(), y0, 0, end, BenchModels.POINTS,
                    BenchModels.RTOL, BenchModels.ATOL, new Counters());
            for (int r = 0; r < BenchModels.POINTS; r += 10) {
                double[] expected = new double[y0.length];
                for (int i = 0; i < y0.length; i++) {
                    expected[i] = s.value(compiled.system().stateNames().get(i), r);
                }
                // the same stepper on the same function: the same steps up to rounding
                assertArrayEquals(expected, out[r], 1e-9, model + " row " + r);
            }
        }
    }

    @Test
    void networkIsDeterministicStiffAndSettles() {
        assertEquals(StiffNetwork.network50().text(), StiffNetwork.network50().text());
        StiffNetwork net = StiffNetwork.network50();
        assertEquals(100, net.reactions().size());
        int[] orders = new int[3];
        for (StiffNetwork.Reaction r : net.reactions()) {
            orders[r.order()]++;
        }
        System.out.printf("network50: %d inflows, %d first-order, %d second-order reactions%n", orders[0], orders[1],
                orders[2]);
        assertTrue(orders[0] > 0 && orders[1] > 0 && orders[2] > 0);
        CompiledModel compiled = BenchModels.compile(BenchModels.NETWORK50);
        // bounded and near its steady state long after the benchmarked span
        Solution s = compiled.problem().withUniformTimes(0, 1e5, 11)
                .withOptions(org.cytostorm.engine.solve.SolverOptions.DEFAULTS.withMethod(Method.RODAS5P)
                        .withTolerances(1e-8, 1e-12)).solve().orThrow();
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            y[i] = s.last(StiffNetwork.speciesName(i));
            assertTrue(y[i] >= -1e-9 && y[i] < 1e3, "S" + i + " = " + y[i]);
        }
        double[] f = new double[50];
        net.handWritten().derivatives(0, y, f);
        double worst = 0;
        for (int i = 0; i < 50; i++) {
            worst = Math.max(worst, Math.abs(f[i]) / (1e-6 + y[i]));
        }
        System.out.printf("network50 at t = 1e5: max |f_i|/y_i = %.2e, steps %d%n", worst, s.statistics().steps());
        assertTrue(worst < 1e-6, "not settled: " + worst);
        // stiff: Jacobian eigenvalue scales far apart (diagonal spread as a proxy)
        double[] j = new double[2500];
        net.handWritten().jacobian(0, net.initial(), j);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < 50; i++) {
            double d = Math.abs(j[i * 50 + i]);
            if (d > 0) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        System.out.printf("network50 diagonal |J_ii| from %.2e to %.2e%n", min, max);
        assertTrue(max / min > 1e4);
    }
}
