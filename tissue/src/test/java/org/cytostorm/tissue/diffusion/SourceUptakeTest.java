package org.cytostorm.tissue.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.parallel.Workers;
import org.junit.jupiter.api.Test;

/**
 * A uniform field with a uniform source s, uptake u and decay λ, no-flux faces: diffusion has
 * nothing to do, so each step is, by the scheme's definition, the secretion pass
 * {@code p ← (p + dt·s)/(1 + dt·u)} and then one implicit decay {@code 1/(1 + λ·dt/d)} per sweep:
 *
 * <pre>  p' = (p + dt·s) / ((1 + dt·u)·(1 + λ·dt/d)^d)</pre>
 *
 * Its fixed point is {@code p* = dt·s/((1 + dt·u)(1 + λ·dt/d)^d − 1)}. With λ = 0 that is exactly
 * the continuous steady state s/u. With λ > 0 it differs from s/(u + λ) by the splitting's
 * first-order error, {@code O((u + λ)·dt)}: the decay is applied in the sweeps, after the uptake,
 * as in BioFVM, so no step size makes the two coincide.
 */
class SourceUptakeTest {

    private static final double SOURCE = 2.5;
    private static final double UPTAKE = 0.4;
    private static final double DECAY = 0.1;
    private static final double DT = 0.05;

    private static Fields uniform(Grid grid, double decay, double start) {
        // a diffusing and a non-diffusing substrate take different code paths; both must give the closed form
        Fields fields = new Fields(grid, List.of(new Substrate("IL-6", 300, decay), new Substrate("bound", 0, decay)));
        for (int f = 0; f < fields.count(); f++) {
            Arrays.fill(fields.values(f), start);
            Arrays.fill(fields.source(f), SOURCE);
            Arrays.fill(fields.uptake(f), UPTAKE);
        }
        return fields;
    }

    private static double fixedPoint(int d, double decay) {
        return DT * SOURCE / ((1 + DT * UPTAKE) * Math.pow(1 + decay * DT / d, d) - 1);
    }

    private static void assertAll(Fields fields, double expected, double relative) {
        for (int f = 0; f < fields.count(); f++) {
            for (double v : fields.values(f)) {
                assertEquals(expected, v, relative * expected, fields.substrate(f).name());
            }
        }
    }

    private static void oneStepAndSteadyState(Grid grid) {
        int d = grid.dimensions();
        double start = 1.7;
        Fields fields = uniform(grid, DECAY, start);
        DiffusionSolver solver = new DiffusionSolver(fields, DT, Workers.serial());
        solver.step();
        assertAll(fields, (start + DT * SOURCE) / ((1 + DT * UPTAKE) * Math.pow(1 + DECAY * DT / d, d)), 1e-13);
        // contraction per step 1/((1 + dt·u)(1 + λ·dt/d)^d) ≈ 0.975: 1500 steps bring the gap below 1e-16
        for (int s = 0; s < 1500; s++) {
            solver.step();
        }
        double fixedPoint = fixedPoint(d, DECAY);
        assertAll(fields, fixedPoint, 1e-9);
        double continuous = SOURCE / (UPTAKE + DECAY);
        double splitting = Math.abs(fixedPoint - continuous) / continuous;
        System.out.printf("%d-D uniform source: steady %.12g, s/(u+λ) = %.12g, relative gap %.2g (dt %.3g min)%n", d,
                fixedPoint, continuous, splitting, DT);
        assertTrue(splitting < (UPTAKE + DECAY) * DT, "splitting error " + splitting);
    }

    @Test
    void planarUniformSourceAndUptakeStepAndSteadyState() {
        oneStepAndSteadyState(Grid.planar(7, 5, 10));
    }

    @Test
    void volumeUniformSourceAndUptakeStepAndSteadyState() {
        oneStepAndSteadyState(new Grid(5, 4, 6, 10));
    }

    @Test
    void withoutDecayTheSteadyStateIsSourceOverUptakeExactly() {
        for (Grid grid : List.of(Grid.planar(6, 5, 10), new Grid(4, 5, 3, 10))) {
            Fields fields = uniform(grid, 0, 0);
            DiffusionSolver solver = new DiffusionSolver(fields, 1.0, Workers.serial());
            // contraction 1/(1 + dt·u) = 0.71 per step
            for (int s = 0; s < 200; s++) {
                solver.step();
            }
            assertAll(fields, SOURCE / UPTAKE, 1e-9);
        }
    }
}
