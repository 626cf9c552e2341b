package org.cytostorm.tissue.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.parallel.Workers;
import org.junit.jupiter.api.Test;

/**
 * Without decay and with no-flux faces, each implicit sweep's matrix has unit column sums, so the
 * total is conserved exactly up to rounding, at any time step; a source adds exactly
 * {@code dt·Σsource·voxel volume} per step (the secretion pass, {@code p + dt·s} with no uptake,
 * then conserving sweeps).
 */
class ConservationTest {

    private static final double DX = 10;
    private static final double D = 500;

    /** The explicit scheme's stability limit dx²/(2·d·D), min. */
    private static double explicitLimit(Grid grid) {
        return DX * DX / (2 * grid.dimensions() * D);
    }

    private static Fields randomFields(Grid grid, long seed) {
        // a fast, a slow and a non-diffusing substrate, none decaying
        Fields fields = new Fields(grid, List.of(new Substrate("fast", D, 0), new Substrate("slow", 5, 0),
                new Substrate("still", 0, 0)));
        Random random = new Random(seed);
        for (int f = 0; f < fields.count(); f++) {
            double[] p = fields.values(f);
            for (int v = 0; v < p.length; v++) {
                p[v] = random.nextDouble() * (random.nextInt(10) == 0 ? 100 : 1);
            }
        }
        return fields;
    }

    private static void assertConserved(Grid grid, double dt, int steps) {
        Fields fields = randomFields(grid, 42);
        double[] before = new double[fields.count()];
        for (int f = 0; f < before.length; f++) {
            before[f] = fields.total(f);
        }
        DiffusionSolver solver = new DiffusionSolver(fields, dt, Workers.serial());
        double worst = 0;
        for (int s = 0; s < steps; s++) {
            solver.step();
        }
        for (int f = 0; f < before.length; f++) {
            worst = Math.max(worst, Math.abs(fields.total(f) - before[f]) / before[f]);
        }
        System.out.printf("conservation %s dt=%.3g min, %d steps: largest relative change %.2g%n", grid, dt, steps,
                worst);
        assertTrue(worst < 1e-10, "relative change of the total " + worst);
    }

    @Test
    void planarTotalIsConservedAtSmallAndLargeSteps() {
        Grid grid = Grid.planar(37, 23, DX);
        assertConserved(grid, 0.5 * explicitLimit(grid), 500);
        assertConserved(grid, 1000 * explicitLimit(grid), 500);
    }

    @Test
    void volumeTotalIsConservedAtSmallAndLargeSteps() {
        Grid grid = new Grid(17, 13, 11, DX);
        assertConserved(grid, 0.5 * explicitLimit(grid), 300);
        assertConserved(grid, 1000 * explicitLimit(grid), 300);
    }

    private static void assertSourceAddsExactly(Grid grid) {
        Fields fields = randomFields(grid, 7);
        Random random = new Random(8);
        double dt = 10 * explicitLimit(grid);
        double[] added = new double[fields.count()];
        for (int f = 0; f < fields.count(); f++) {
            double[] s = fields.source(f);
            double sum = 0;
            for (int v = 0; v < s.length; v++) {
                s[v] = random.nextDouble() * 3;
                sum += s[v];
            }
            added[f] = dt * sum * grid.voxelVolume();
        }
        double[] before = new double[fields.count()];
        for (int f = 0; f < before.length; f++) {
            before[f] = fields.total(f);
        }
        DiffusionSolver solver = new DiffusionSolver(fields, dt, Workers.serial());
        for (int step = 1; step <= 200; step++) {
            solver.step();
            for (int f = 0; f < before.length; f++) {
                double expected = before[f] + step * added[f];
                assertEquals(expected, fields.total(f), 1e-10 * expected, "substrate " + f + ", step " + step);
            }
        }
    }

    @Test
    void aConstantSourceAddsDtTimesItsSumEachStepInAPlane() {
        assertSourceAddsExactly(Grid.planar(29, 31, DX));
    }

    @Test
    void aConstantSourceAddsDtTimesItsSumEachStepInAVolume() {
        assertSourceAddsExactly(new Grid(11, 9, 13, DX));
    }
}
