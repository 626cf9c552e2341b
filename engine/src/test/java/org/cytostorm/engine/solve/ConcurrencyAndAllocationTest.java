package org.cytostorm.engine.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.observe.Action;
import org.cytostorm.engine.solve.observe.Direction;
import org.cytostorm.engine.solve.observe.EventDetector;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.testing.TestModels;
import org.junit.jupiter.api.Test;

/** One compiled model, many runs: independent across threads, and no allocation per step. */
class ConcurrencyAndAllocationTest {

    private static final CompiledModel REYNOLDS = Models.compile(TestModels.reynolds());

    private static OdeProblem variant(int i) {
        return REYNOLDS.problem().withUniformTimes(0, 200, 51)
                .with("k_pg", 0.25 + 0.005 * i).with("P", 0.8 + 0.01 * i)
                .withOptions(SolverOptions.DEFAULTS.withMethod(i % 2 == 0 ? Method.RODAS5P : Method.DOPRI853));
    }

    @Test
    void concurrentRunsGiveBitwiseTheSameResultsAsSequentialOnes() throws Exception {
        int runs = 64;
        List<double[]> sequential = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            sequential.add(variant(i).solve().column("D"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (int i = runs - 1; i >= 0; i--) {
                final int k = i;
                futures.add(pool.submit(() -> variant(k).solve().column("D")));
            }
            for (int i = 0; i < runs; i++) {
                assertArrayEquals(sequential.get(runs - 1 - i), futures.get(i).get(), "run " + (runs - 1 - i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRunAllocatesNothingPerStep() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        OdeProblem few = REYNOLDS.problem().withUniformTimes(0, 200, 101)
                .withOptions(SolverOptions.DEFAULTS.withMethod(Method.RODAS5P));
        OdeProblem many = few.withOptions(few.options().withMaxStepSize(0.02));
        for (int i = 0; i < 200; i++) {
            few.solve();
            many.solve();
        }
        long a0 = mx.getThreadAllocatedBytes(tid);
        Solution s1 = few.solve();
        long a1 = mx.getThreadAllocatedBytes(tid);
        Solution s2 = many.solve();
        long a2 = mx.getThreadAllocatedBytes(tid);
        long extraSteps = s2.statistics().steps() - s1.statistics().steps();
        assertTrue(extraSteps > 9000, "the second run takes many more steps: " + extraSteps);
        long extraBytes = (a2 - a1) - (a1 - a0);
        assertTrue(extraBytes < 2048, extraSteps + " more steps allocated " + extraBytes + " more bytes");
        assertEquals(s1.rows(), s2.rows());
    }

    @Test
    void aRunWithHandlersAndThresholdEventsAllocatesNothingPerStep() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long[] seen = new long[3];
        // an output handler, a step handler reading the dense output, and two detectors: P falling
        // through 0.5 (once, near 6.2 h) and C_A crossing 0.5 either way (twice), all continuing
        Observers observers = Observers.none()
                .withOutputHandler(row -> {
                    seen[0]++;
                    return row.value("D") > 1e9 ? Action.STOP : Action.CONTINUE;
                })
                .withStepHandler(step -> {
                    seen[1]++;
                    return step.at(0.5 * (step.startTime() + step.endTime())).value("Nstar") > 1e9
                            || step.end().value("C_A") > 1e9 ? Action.STOP : Action.CONTINUE;
                })
                .withEvent(EventDetector.threshold("P", 0.5, Direction.FALLING), (t, state, rising) -> {
                    seen[2]++;
                    return Action.CONTINUE;
                })
                .withEvent(EventDetector.threshold("C_A", 0.5, Direction.BOTH).withTimeAccuracy(1e-6),
                        (t, state, rising) -> {
                            seen[2]++;
                            return Action.CONTINUE;
                        });
        OdeProblem few = REYNOLDS.problem().withUniformTimes(0, 200, 101)
                .withOptions(SolverOptions.DEFAULTS.withMethod(Method.RODAS5P));
        OdeProblem many = few.withOptions(few.options().withMaxStepSize(0.02));
        for (int i = 0; i < 200; i++) {
            few.solve(observers);
            many.solve(observers);
        }
        long a0 = mx.getThreadAllocatedBytes(tid);
        java.util.Arrays.fill(seen, 0);
        Solution s1 = few.solve(observers);
        long a1 = mx.getThreadAllocatedBytes(tid);
        long events1 = seen[2];
        java.util.Arrays.fill(seen, 0);
        Solution s2 = many.solve(observers);
        long a2 = mx.getThreadAllocatedBytes(tid);
        assertEquals(3, events1, "P falls through 0.5 once; C_A rises through 0.5 and falls back");
        assertEquals(events1, seen[2], "the same events in both runs");
        assertEquals(s2.statistics().steps(), seen[1], "the step handler saw every step");
        assertEquals(101, seen[0]);
        long extraSteps = s2.statistics().steps() - s1.statistics().steps();
        assertTrue(extraSteps > 9000, "the second run takes many more steps: " + extraSteps);
        long extraBytes = (a2 - a1) - (a1 - a0);
        assertTrue(extraBytes < 2048, extraSteps + " more steps allocated " + extraBytes + " more bytes");
        assertEquals(s1.rows(), s2.rows());
    }
}
