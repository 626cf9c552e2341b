package org.cytostorm.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cytostorm.tissue.config.Overrides;
import org.cytostorm.tissue.config.TissueConfig;
import org.cytostorm.tissue.config.TissueConfigs;
import org.cytostorm.tissue.parallel.Workers;
import org.cytostorm.tissue.sim.PlasmaSource;
import org.cytostorm.tissue.sim.TissueSimulation;
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
 * One tissue step with 10⁵ mobile cells: the built-in lung config's macrophages, 10 per voxel on a
 * 100 × 100 grid (so the 8 fields cost little next to the cells). Each agent senses, evaluates its
 * rules, draws its fate, moves by chemotaxis and secretes. Agent updates per second are 10⁵ divided
 * by the time per step. {@code lattice} adds the full 400 × 400 grid of lattice cells (epithelium
 * and vessels, 1.6 × 10⁵ more cells) and its 8 fields with the same 10⁵ macrophages.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TissueAgentBenchmark {

    @Param({"mobile", "lattice"})
    public String layout;

    @Param({"1", "2"})
    public int threads;

    private Workers workers;
    private TissueSimulation sim;

    @Setup(Level.Trial)
    public void build() {
        List<String> sets = layout.equals("mobile")
                ? List.of("grid.nx=100", "grid.ny=100", "layout.scatter.macrophage=10", "layout.scatter.t_cell=0",
                        "layout.fill=", "layout.vessels.type=", "layout.regions[0].radius=0")
                : List.of("layout.scatter.macrophage=0.625", "layout.scatter.t_cell=0");
        TissueConfig config = TissueConfigs.resolve("lung-focal-infection", Overrides.parse(sets));
        workers = Workers.of(threads);
        sim = new TissueSimulation(config, workers, PlasmaSource.NONE);
        sim.initialise();
        // a few steps so fields hold gradients the macrophages climb
        for (int i = 0; i < 10; i++) {
            sim.advance();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        workers.close();
    }

    @Benchmark
    public long step() {
        sim.advance();
        return sim.agents().count();
    }
}
