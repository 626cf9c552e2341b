package org.cytostorm.engine.solve.rosenbrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.cytostorm.engine.solve.Counters;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.StepStatus;
import org.cytostorm.engine.solve.Tolerances;
import org.junit.jupiter.api.Test;

class SparseLuTest {

    /** W-like matrices (diagonal 1/(hγ) minus a sparse J): the sparse solution agrees with dense LU to rounding. */
    @Test
    void solvesAsDenseLuDoesToRounding() {
        SplittableRandom random = new SplittableRandom(17);
        int planned = 0;
        for (int trial = 0; trial < 200; trial++) {
            int n = 16 + random.nextInt(80);
            double[] jacobian = new double[n * n];
            for (int i = 0; i < n * n; i++) {
                if (random.nextDouble() < 3.0 / n) {
                    jacobian[i] = random.nextDouble(-50, 50);
                }
            }
            int[] nonzeros = IntStream.range(0, n * n).filter(p -> jacobian[p] != 0).toArray();
            SparseLuPlan plan = SparseLuPlan.of(n, nonzeros).orElse(null);
            if (plan == null) {
                continue;
            }
            planned++;
            double diagonal = 100 + random.nextDouble(400);
            double[] b = random.doubles(n, -1, 1).toArray();
            SparseLu sparse = new SparseLu(plan);
            sparse.load(jacobian, diagonal);
            if (!sparse.factor()) {
                continue;
            }
            double[] x = new double[n];
            sparse.solve(b, x);
            // the generated substitutions do what the loops do, to the last bit
            assertTrue(plan.substitution != null, "trial " + trial + ": substitutions generated");
            double[] byLoops = new double[n];
            sparse.solveByLoops(b, byLoops);
            assertTrue(Arrays.equals(byLoops, x), "trial " + trial + ": generated code and loops agree bitwise");

            DenseLu dense = new DenseLu(n);
            for (int i = 0; i < n * n; i++) {
                dense.matrix()[i] = -jacobian[i];
            }
            for (int i = 0; i < n; i++) {
                dense.matrix()[i * n + i] += diagonal;
            }
            assertTrue(dense.factor());
            double[] expected = new double[n];
            dense.solve(b, expected);
            double scale = Arrays.stream(expected).map(Math::abs).max().orElse(1);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], x[i], 1e-13 * scale, "trial " + trial + ", n = " + n + ", x[" + i + "]");
            }
            double[] inPlace = b.clone();
            sparse.solve(inPlace, inPlace);
            assertTrue(Arrays.equals(x, inPlace), "in place");
        }
        assertTrue(planned > 150, planned + " of 200 matrices planned");
    }

    @Test
    void noPlanForSmallOrDenseSystems() {
        int[] full4 = IntStream.range(0, 16).toArray();
        assertTrue(SparseLuPlan.of(4, full4).isEmpty());
        int n = 20;
        assertTrue(SparseLuPlan.of(n, IntStream.range(0, n * n).toArray()).isEmpty());
        assertTrue(SparseLuPlan.of(n, new int[0]).isPresent()); // diagonal W
    }

    /** An arrow matrix: eliminated hub-first it fills completely, so the plan leaves the hub to the end (no fill). */
    @Test
    void markowitzOrderAvoidsFillIn() {
        int n = 40;
        int[] arrow = IntStream.range(0, n * n).filter(p -> p / n == 0 || p % n == 0).toArray();
        SparseLuPlan plan = SparseLuPlan.of(n, arrow).orElseThrow();
        assertEquals(3 * n - 2, plan.entries());
        assertTrue(plan.order[n - 1] == 0 || plan.order[n - 2] == 0, "the hub among the last two pivots");
    }

    /**
     * A pivot much smaller than an entry below it (in the variables' scales), with entries right of it
     * to update, fails the threshold test; a scale that makes the entry small lets it pass.
     */
    @Test
    void rejectsSmallPivotsInTheVariablesScales() {
        int n = 16;
        // 0 and 1 coupled both ways; J[1][0] = -1000 with W's diagonal 1: pivot 0 is 1/1000 of its column
        int[] nonzeros = {0 * n + 1, 1 * n + 0};
        double[] jacobian = new double[n * n];
        jacobian[1] = -0.5;
        jacobian[n] = -1000;
        SparseLuPlan plan = SparseLuPlan.of(n, nonzeros).orElseThrow();
        SparseLu sparse = new SparseLu(plan);
        sparse.load(jacobian, 1.0);
        assertFalse(sparse.factor());

        double[] scale = new double[n];
        Arrays.fill(scale, 1.0);
        scale[1] = 1e4; // variable 1 lives on a scale 10⁴ larger: the entry is 0.1 in it
        sparse.scales(scale);
        sparse.load(jacobian, 1.0);
        assertTrue(sparse.factor());
        double[] b = new double[n];
        b[0] = 1;
        b[1] = 2;
        sparse.solve(b, b);
        // (1 x0 + 0.5 x1 = 1, 1000 x0 + x1 = 2)
        double x1 = (2 - 1000) / (1 - 500.0);
        assertEquals(x1, b[1], 1e-12 * Math.abs(x1));
        assertEquals(1 - 0.5 * x1, b[0], 1e-12);
    }

    /**
     * A 40-state stiff reaction chain with long-range feedback: the stepper with a sparse plan takes
     * the same steps as the dense one and ends within rounding-level distance of it, falls back to the
     * dense factorization where a pivot fails, and allocates nothing per step.
     */
    @Test
    void stepperWithAPlanMatchesTheDenseStepper() {
        Chain chain = new Chain(40);
        SparseLuPlan plan = SparseLuPlan.of(chain.n, chain.nonzeros()).orElseThrow();
        Counters denseCounters = new Counters();
        Counters sparseCounters = new Counters();
        Tolerances tolerances = new Tolerances(1e-8, 1e-12);
        RosenbrockStepper dense = new RosenbrockStepper(chain, RosenbrockTableau.rodas5P(), tolerances, denseCounters);
        RosenbrockStepper sparse = new RosenbrockStepper(chain, RosenbrockTableau.rodas5P(), tolerances, sparseCounters,
                Double.POSITIVE_INFINITY, plan);
        double[] y0 = new double[chain.n];
        y0[0] = 1;
        dense.start(0, y0, 100, 0);
        sparse.start(0, y0, 100, 0);
        while (dense.endTime() < 100) {
            assertEquals(StepStatus.OK, dense.step(100));
        }
        while (sparse.endTime() < 100) {
            assertEquals(StepStatus.OK, sparse.step(100));
        }
        assertEquals(denseCounters.steps, sparseCounters.steps, 2);
        for (int i = 0; i < chain.n; i++) {
            assertEquals(dense.state()[i], sparse.state()[i], 1e-10 * (1e-12 + Math.abs(dense.state()[i])), "y" + i);
        }

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        sparse.start(100, sparse.state().clone(), 1e9, 0);
        for (int i = 0; i < 2000; i++) {
            sparse.step(sparse.endTime() + 1);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 2000; i++) {
            sparse.step(sparse.endTime() + 1);
        }
        assertTrue(threads.getThreadAllocatedBytes(thread) - before <= 512, "allocation per step");
    }

    @Test
    void fallsBackToDenseFactorsWhenAPivotFails() {
        Chain chain = new Chain(24);
        chain.badlyScaled = true;
        SparseLuPlan plan = SparseLuPlan.of(chain.n, chain.nonzeros()).orElseThrow();
        Tolerances tolerances = new Tolerances(1e-8, 1e-12);
        RosenbrockStepper dense = new RosenbrockStepper(chain, RosenbrockTableau.rodas5P(), tolerances, new Counters());
        RosenbrockStepper sparse = new RosenbrockStepper(chain, RosenbrockTableau.rodas5P(), tolerances, new Counters(),
                Double.POSITIVE_INFINITY, plan);
        double[] y0 = new double[chain.n];
        y0[0] = 1;
        dense.start(0, y0, 10, 0);
        sparse.start(0, y0, 10, 0);
        while (dense.endTime() < 10) {
            assertEquals(StepStatus.OK, dense.step(10));
        }
        while (sparse.endTime() < 10) {
            assertEquals(StepStatus.OK, sparse.step(10));
        }
        assertTrue(sparse.denseFallbacks() > 0);
        for (int i = 0; i < chain.n; i++) {
            assertEquals(dense.state()[i], sparse.state()[i], 1e-10 * (1e-12 + Math.abs(dense.state()[i])), "y" + i);
        }
    }

    /**
     * y0 → y1 → ... → y(n-1) at rates spread over four decades, with y(n-1) feeding back into y0 and
     * every fifth species catalysing the decay of the one ten places on. Badly scaled: y1 is
     * produced from y0 at a rate 10⁶ times its own scale, so W's first pivot is tiny in its column.
     */
    private static final class Chain implements OdeFunction {
        final int n;
        final double[] k;
        boolean badlyScaled;

        Chain(int n) {
            this.n = n;
            this.k = new double[n];
            for (int i = 0; i < n; i++) {
                k[i] = Math.pow(10, 4.0 * ((i * 7) % n) / n - 1);
            }
        }

        private double gain() {
            return badlyScaled ? 1e6 : 1;
        }

        int[] nonzeros() {
            double[] j = new double[n * n];
            double[] y = new double[n];
            Arrays.fill(y, 1);
            jacobian(0, y, j);
            // the structure, not the values at one point: catalysis entries are there at any y
            for (int i = 0; i + 10 < n; i += 5) {
                j[(i + 10) * n + i] = 1;
            }
            return IntStream.range(0, n * n).filter(p -> j[p] != 0).toArray();
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public void derivatives(double t, double[] y, double[] dydt) {
            for (int i = 0; i < n; i++) {
                dydt[i] = -k[i] * y[i];
            }
            for (int i = 1; i < n; i++) {
                dydt[i] += (i == 1 ? gain() : 1) * k[i - 1] * y[i - 1];
            }
            dydt[0] += 0.5 * k[n - 1] * y[n - 1];
            for (int i = 0; i + 10 < n; i += 5) {
                dydt[i + 10] -= 0.1 * y[i] * y[i + 10];
            }
        }

        @Override
        public void jacobian(double t, double[] y, double[] dfdy) {
            Arrays.fill(dfdy, 0);
            for (int i = 0; i < n; i++) {
                dfdy[i * n + i] = -k[i];
            }
            for (int i = 1; i < n; i++) {
                dfdy[i * n + i - 1] = (i == 1 ? gain() : 1) * k[i - 1];
            }
            dfdy[n - 1] = 0.5 * k[n - 1];
            for (int i = 0; i + 10 < n; i += 5) {
                dfdy[(i + 10) * n + i] -= 0.1 * y[i + 10];
                dfdy[(i + 10) * n + i + 10] -= 0.1 * y[i];
            }
        }

        @Override
        public void timeDerivative(double t, double[] y, double[] dfdt) {
            Arrays.fill(dfdt, 0);
        }
    }
}
