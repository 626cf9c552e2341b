package org.cytostorm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cytostorm.cohort.population.Population;
import org.cytostorm.cohort.run.Shard;
import org.cytostorm.cohort.run.TrialPatient;
import org.cytostorm.cohort.run.TrialRunner;
import org.cytostorm.cohort.store.ParquetRows;
import org.cytostorm.cohort.store.RowSchema;
import org.cytostorm.cohort.trial.Arm;
import org.cytostorm.cohort.trial.BuiltInTrials;
import org.cytostorm.cohort.trial.Subgroup;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
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
 * A whole trial's simulation as {@code cytostorm trial} runs it: {@link TrialRunner} with its worker
 * threads, batches of patients each committed as a Parquet file through DuckDB. One call runs the
 * {@code patients} of the trial into a fresh directory; the time per call over the patient count
 * is the trial layer's cost per patient, and its ratio between {@code threads} 1 and 2 the scaling
 * a user sees (batches are the unit of work, so a trial of few batches also shows their imbalance).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class TrialRunnerBenchmark {

    @Param({"car-t-axi-cel"})
    public String trial;

    @Param({"200"})
    public int patients;

    @Param({"1", "2"})
    public int threads;

    @Param({"50"})
    public int batch;

    private TrialRunner runner;
    private Path dir;

    @Setup(Level.Trial)
    public void load() {
        TrialSpecReader reader = TrialSpecReader.standard();
        TrialSpec spec = BuiltInTrials.load(trial, reader);
        Population population = Population.of(spec.population(), spec.scenario(), reader.simulator(),
                TrialBenchmark.SEED);
        ParquetRows rows = new ParquetRows(new RowSchema(spec.subgroups().stream().map(Subgroup::name).toList(),
                population.variedParameters()), spec.arms().stream().map(Arm::name).toList());
        runner = new TrialRunner(new TrialPatient(spec, population, reader.simulator(), TrialBenchmark.SEED), rows,
                batch);
    }

    @Setup(Level.Invocation)
    public void freshDirectory() throws IOException {
        dir = Files.createTempDirectory("cytostorm-trial-bench");
    }

    @TearDown(Level.Invocation)
    public void delete() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public List<Path> run() throws IOException {
        return runner.run(patients, Shard.ALL, threads, dir.resolve("batches"), (done, total) -> { });
    }
}
