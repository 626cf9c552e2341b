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
}
