package org.cytostorm.tissue.diffusion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.parallel.Workers;
import org.junit.jupiter.api.Test;

/**
 * At 100 times the explicit scheme's limit dx²/(2·d·D), where forward Euler would multiply the
 * checkerboard mode by 1 − 4·d·D·dt/dx² = −199 each step, the implicit solver stays a weighted
 * average: no NaN, no negative value, a maximum that never rises, and (without decay) the same
 * total.
 */
class StabilityTest {

    private static final double DX = 10;
    private static final double D = 1000;

    private static void assertStable(Grid grid) {
        Fields fields = new Fields(grid, List.of(new Substrate("TNF", D, 0)));
        double[] p = fields.values(0);
        Random random = new Random(3);
        for (int v = 0; v < p.length; v++) {
            // a checkerboard (the mode explicit schemes lose first) on random noise, and a few spikes
            int parity = (grid.i(v) + grid.j(v) + grid.k(v)) % 2;
            p[v] = parity + random.nextDouble() + (random.nextInt(50) == 0 ? 1e3 : 0);
        }
        double total = fields.total(0);
        double dt = 100 * DX * DX / (2 * grid.dimensions() * D);
        DiffusionSolver solver = new DiffusionSolver(fields, dt, Workers.serial());
        double max = max(p);
        for (int s = 0; s < 100; s++) {
            solver.step();
            double next = max(p);
            for (double v : p) {
                assertTrue(v >= 0, "negative value " + v + " at step " + s);
            }
            // a weighted average cannot exceed its largest term; rounding may add an ulp or two
            assertTrue(next <= max * (1 + 1e-14), "maximum rose from " + max + " to " + next + " at step " + s);
            max = next;
        }
        assertTrue(Math.abs(fields.total(0) - total) < 1e-10 * total, "total " + fields.total(0) + " vs " + total);
    }

    private static double max(double[] p) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            if (Double.isNaN(v)) {
                throw new AssertionError("NaN in the field");
            }
            m = Math.max(m, v);
        }
        return m;
    }

    @Test
    void planarStepAtHundredTimesTheExplicitLimitStaysBoundedAndPositive() {
        assertStable(Grid.planar(40, 33, DX));
    }

    @Test
    void volumeStepAtHundredTimesTheExplicitLimitStaysBoundedAndPositive() {
        assertStable(new Grid(16, 14, 12, DX));
    }
}
