package org.cytostorm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cytostorm.tissue.diffusion.DiffusionSolver;
import org.cytostorm.tissue.diffusion.Fields;
import org.cytostorm.tissue.diffusion.Substrate;
import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.parallel.Workers;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One step of the tissue's diffusion solver: 8 substrates with diffusion coefficients log-spaced
 * from 5 to 1000 µm²/min, decay 0.01/min, dt 0.01 min, 10 µm voxels, no-flux faces, on a planar
 * 400 × 400 grid and a 100 × 100 × 100 volume, on 1 and 2 threads. The same set-up as the BioFVM
 * figures it is compared with in docs/benchmarks.md. The step includes the secretion and uptake
 * pass (sources and uptake are zero, but the pass reads them).
 *
 * <p>The score is steps per second (ms per step = 1000 / score). The {@code updates} counter counts
 * voxels × substrates per step, so JMH reports it as voxel-substrate updates per second from the
 * same calls, with its own error.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TissueDiffusionBenchmark {

    private static final int SUBSTRATES = 8;

    /** {@code nx x ny x nz}. */
    @Param({"400x400x1", "100x100x100"})
    public String grid;

    @Param({"1", "2"})
    public int threads;

    private Workers workers;
    private DiffusionSolver solver;
    private long updatesPerStep;

    /** Voxel-substrate updates, counted per JMH iteration and reported as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Updates {
        public long updates;

        @Setup(Level.Iteration)
        public void reset() {
            updates = 0;
        }
    }

    @Setup
    public void setUp() {
        String[] n = grid.split("x");
        Grid g = new Grid(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]), 10);
        List<Substrate> substrates = new ArrayList<>();
        for (int s = 0; s < SUBSTRATES; s++) {
            double diffusion = 5 * Math.pow(1000.0 / 5, s / (SUBSTRATES - 1.0));
            substrates.add(new Substrate("s" + s, diffusion, 0.01));
        }
        Fields fields = new Fields(g, substrates);
        Random random = new Random(1);
        for (int f = 0; f < SUBSTRATES; f++) {
            double[] p = fields.values(f);
            for (int v = 0; v < p.length; v++) {
                p[v] = random.nextDouble();
            }
        }
        workers = Workers.of(threads);
        solver = new DiffusionSolver(fields, 0.01, workers);
        updatesPerStep = (long) g.voxels() * SUBSTRATES;
    }

    @TearDown
    public void tearDown() {
        workers.close();
    }

    @Benchmark
    public void step(Updates updates) {
        solver.step();
        updates.updates += updatesPerStep;
    }
}
