package org.cytostorm.tissue.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.parallel.Workers;
import org.junit.jupiter.api.Test;

/**
 * The same run on 1, 2 and 3 threads gives bitwise the same fields: the partition decides only
 * which thread does a voxel's arithmetic, never what it is. Grids are odd-sized so that chunks
 * split unevenly, cross planes in the y sweep, and (2-D) span several blocks of columns. The solver
 * picks its order of work from the shape and the thread count, and the runs cover each order
 * against another: in the plane, 1 and 2 threads solve whole fields (two diffusing fields share
 * out evenly), 3 threads lines and then columns; in the volume (two diffusing fields of 5 planes),
 * 1 and 2 threads solve plane by plane, 3 threads lines and then columns.
 */
class ThreadIndependenceTest {

    private static List<double[]> run(Grid grid, Workers workers, int steps) {
        Fields fields = new Fields(grid, List.of(new Substrate("IL-6", 800, 0.02), new Substrate("TNF", 30, 0.5),
                new Substrate("bound", 0, 0.01)));
        Random random = new Random(11);
        for (int f = 0; f < fields.count(); f++) {
            double[] p = fields.values(f);
            double[] s = fields.source(f);
            double[] u = fields.uptake(f);
            for (int v = 0; v < p.length; v++) {
                p[v] = random.nextDouble();
                s[v] = random.nextInt(20) == 0 ? 5 * random.nextDouble() : 0;
                u[v] = random.nextInt(10) == 0 ? random.nextDouble() : 0;
            }
        }
        DiffusionSolver solver = new DiffusionSolver(fields, 0.3, workers);
        solver.setBoundary(0, Face.X_MIN, Boundary.fixed(2));
        solver.setBoundary(0, Face.Y_MAX, Boundary.fixed(2));
        solver.setBoundary(1, Boundary.fixed(0.5));
        for (int s = 0; s < steps; s++) {
            solver.setFixedValue(0, 2 + 0.01 * s);
            solver.step();
        }
        List<double[]> out = new ArrayList<>();
        for (int f = 0; f < fields.count(); f++) {
            out.add(fields.values(f));
        }
        return out;
    }

    private static void assertSameOnAnyThreadCount(Grid grid) {
        List<double[]> serial = run(grid, Workers.serial(), 40);
        for (int threads : new int[] {2, 3}) {
            try (Workers workers = Workers.of(threads)) {
                List<double[]> parallel = run(grid, workers, 40);
                for (int f = 0; f < serial.size(); f++) {
                    assertArrayEquals(serial.get(f), parallel.get(f), threads + " threads, field " + f);
                }
            }
        }
        // the run did something: sources and boundaries moved the field away from where it started
        assertFalse(serial.get(0)[0] < 1 && serial.get(0)[0] > 0.999);
    }

    @Test
    void planarRunIsBitwiseTheSameOnOneTwoAndThreeThreads() {
        assertSameOnAnyThreadCount(Grid.planar(601, 37, 10));
    }

    @Test
    void volumeRunIsBitwiseTheSameOnOneTwoAndThreeThreads() {
        assertSameOnAnyThreadCount(new Grid(23, 19, 5, 10));
    }

    @Test
    void aStepAllocatesNothing() {
        // the step runs thousands of times per simulated day: no garbage per step, on one thread or two
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (Workers workers : new Workers[] {Workers.serial(), Workers.of(2)}) {
            try (workers) {
                Fields fields = new Fields(new Grid(20, 10, 8, 10), List.of(new Substrate("a", 100, 0.1),
                        new Substrate("b", 0, 0.1)));
                DiffusionSolver solver = new DiffusionSolver(fields, 0.1, workers);
                solver.setBoundary(0, Boundary.fixed(1));
                for (int s = 0; s < 5000; s++) {
                    solver.step();
                }
                long a0 = mx.getThreadAllocatedBytes(tid);
                for (int s = 0; s < 10; s++) {
                    solver.setFixedValue(0, s);
                    solver.step();
                }
                long a1 = mx.getThreadAllocatedBytes(tid);
                for (int s = 0; s < 5010; s++) {
                    solver.setFixedValue(0, s);
                    solver.step();
                }
                long a2 = mx.getThreadAllocatedBytes(tid);
                long extra = (a2 - a1) - (a1 - a0);
                assertTrue(extra < 1024, workers.threads() + " threads: 5,000 more steps allocated " + extra + " bytes");
            }
        }
    }
}
