package org.cytostorm.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One patient, a whole built-in scenario on one thread: the compiled patient model (compiled once,
 * outside the measurement), supportive-care rules as events, hourly outputs, and the clinical
 * readouts (grades, scores, summary) that {@link PatientSimulator} adds. {@code car-t-axi-cel} is
 * the figure: 28 days of CAR-T CRS with the standard-care protocol.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PatientBenchmark {

    @Param({"car-t-axi-cel", "sepsis", "hlh-primary"})
    public String scenario;

    private Scenario loaded;
    private final PatientSimulator simulator = PatientSimulator.standard();

    @Setup
    public void load() {
        loaded = BuiltInScenarios.load(scenario);
        PatientRun r = simulator.run(loaded, Map.of());
        System.out.printf("%n%s: %d outputs, max CRS grade %d%n", scenario, r.timeH().length, r.summary().maxCrsGrade());
    }

    @Benchmark
    public PatientRun run() {
        return simulator.run(loaded, Map.of());
    }
}
