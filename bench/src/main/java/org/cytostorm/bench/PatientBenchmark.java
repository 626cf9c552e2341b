package org.cytostorm.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Drugs;
import org.cytostorm.physiology.treat.Route;
import org.cytostorm.physiology.treat.Treatments;
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

    /** {@code standard}: supportive care only; {@code scenario}: the trigger's drug protocol as well. */
    @Param({"standard", "treated"})
    public String care;

    private Scenario loaded;
    private final PatientSimulator simulator = PatientSimulator.standard();

    @Setup
    public void load() {
        loaded = BuiltInScenarios.load(scenario);
        if (care.equals("treated")) {
            // the drug rules of the trigger's own protocol, checked hourly by the protocol supervisor
            loaded = loaded.withProtocol(ProtocolLibrary.standard().named(scenario.startsWith("car-t") ? "car-t-crs"
                    : scenario.equals("sepsis") ? "sepsis" : "standard")).withTreatments(scenario.startsWith("hlh")
                    ? new Treatments(List.of(new Dosing(Drugs.find("emapalumab").orElseThrow(), DoseAmount.mgPerKg(1),
                            Route.IV, 72, 1, 72, 7)), List.of()) : Treatments.NONE);
        }
        PatientRun r = simulator.run(loaded).orThrow();
        System.out.printf("%n%s (%s): %d outputs, max CRS grade %d, %d treatments%n", scenario, care, r.timeH().length,
                r.summary().maxCrsGrade(), r.treatments().size());
    }

    @Benchmark
    public PatientRun run() {
        return simulator.run(loaded);
    }
}
