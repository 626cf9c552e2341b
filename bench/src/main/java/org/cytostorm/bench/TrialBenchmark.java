package org.cytostorm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cytostorm.cohort.population.Population;
import org.cytostorm.cohort.run.PatientResult;
import org.cytostorm.cohort.run.TrialPatient;
import org.cytostorm.cohort.trial.BuiltInTrials;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Trial patients per second (issue 16, acceptance 4): {@link TrialPatient#simulate} over the
 * patients of a built-in trial, each call the next patient of a fixed set of {@code patients}
 * (cycled, so every measurement iteration averages over the same mix of cheap and costly
 * patients): the population draw with its plausibility filter's baseline runs, the background-care
 * run that decides enrolment, each arm's run from enrolment, and the endpoints. JMH's threads
 * ({@code -t 1}, {@code -t 2}) share the sequence, so the score is the patients per second of all
 * threads together, and its ratio between 2 and 1 threads is the scaling. The Parquet writing of
 * the trial runner is not in it ({@link TrialRunnerBenchmark} has it).
 *
 * <p>The secondary result {@code cpu} is the benchmark threads' CPU seconds per second: on a
 * machine shared with other work, 2 threads may get less than 2 cores, and score ÷ cpu (patients
 * per CPU second) tells a slower patient from a starved thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
@State(Scope.Benchmark)
public class TrialBenchmark {

    /** The seed of the CLI's default. */
    static final long SEED = 1;

    @Param({"car-t-axi-cel"})
    public String trial;

    /** The patients cycled over: the trial's own 200, as in the built-in trials' test. */
    @Param({"200"})
    public int patients;

    private TrialPatient patient;
    private final AtomicLong next = new AtomicLong();

    @Setup
    public void load() {
        patient = trialPatient(trial);
        System.out.printf("%n%s: %d rows for patient 0%n", trial, patient.simulate(0).size());
    }

    static TrialPatient trialPatient(String name) {
        TrialSpecReader reader = TrialSpecReader.standard();
        TrialSpec spec = BuiltInTrials.load(name, reader);
        Population population = Population.of(spec.population(), spec.scenario(), reader.simulator(), SEED);
        return new TrialPatient(spec, population, reader.simulator(), SEED);
    }

    /** The CPU time of one benchmark thread, reported as a rate (CPU seconds per second). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Cpu {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public double cpu;
    }

    @Benchmark
    public List<PatientResult> patient(Cpu time) {
        long t0 = Cpu.THREADS.getCurrentThreadCpuTime();
        List<PatientResult> rows = patient.simulate(next.getAndIncrement() % patients);
        time.cpu += (Cpu.THREADS.getCurrentThreadCpuTime() - t0) * 1e-9;
        return rows;
    }
}
