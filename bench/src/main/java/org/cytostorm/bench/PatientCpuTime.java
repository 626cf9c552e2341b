package org.cytostorm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.scenario.Scenario;

/**
 * The 28-day {@code car-t-axi-cel} run's CPU time on the calling thread: loops of 100 runs, the best
 * loop of the second half. Beside {@link PatientBenchmark} for a machine shared with other work,
 * where wall-clock time measures the other work too; the thread's CPU time does so much less.
 *
 * <pre>{@code
 * java -cp bench/target/benchmarks.jar org.cytostorm.bench.PatientCpuTime 30 standard   # or treated
 * java -cp before.jar:bench/target/classes org.cytostorm.bench.PatientCpuTime 30 standard   # another build's engine
 * }</pre>
 */
public final class PatientCpuTime {

    private PatientCpuTime() {
    }

    /** @param args loops (default 30), then {@code standard} (supportive care) or {@code treated} (car-t-crs rules) */
    public static void main(String[] args) {
        int loops = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Scenario scenario = BuiltInScenarios.load("car-t-axi-cel");
        if (args.length > 1 && args[1].equals("treated")) {
            scenario = scenario.withProtocol(ProtocolLibrary.standard().named("car-t-crs"));
        }
        PatientSimulator simulator = PatientSimulator.standard();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PatientRun run = simulator.run(scenario);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < loops; i++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int j = 0; j < 100; j++) {
                run = simulator.run(scenario);
            }
            double ms = (threads.getCurrentThreadCpuTime() - start) / 1e8;
            if (i >= loops / 2) {
                best = Math.min(best, ms);
            }
        }
        System.out.printf("best cpu %.3f ms/run%n", best);
        System.out.println(run.statistics());
    }
}
