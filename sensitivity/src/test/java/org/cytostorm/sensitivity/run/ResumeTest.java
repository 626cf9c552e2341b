package org.cytostorm.sensitivity.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.cytostorm.common.io.OutputSet;
import org.cytostorm.sensitivity.Factor;
import org.cytostorm.sensitivity.Factors;
import org.cytostorm.sensitivity.Method;
import org.cytostorm.sensitivity.Models;
import org.cytostorm.sensitivity.evaluate.Evaluation;
import org.cytostorm.sensitivity.evaluate.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same analysis gives the same files whatever the threads and batches, an interrupted analysis
 * resumes with the batches not yet done and ends as an uninterrupted one, and failed evaluations
 * are counted and left out rather than ending the analysis.
 */
class ResumeTest {

    private static final List<String> XS = List.of("x1", "x2", "x3");

    @TempDir
    Path dir;

    /** Counts evaluations of the Ishigami model. */
    private static final class Counting implements Evaluator {
        final Evaluator inner = Models.evaluator("ishigami.ant", XS, "y");
        final AtomicLong calls = new AtomicLong();

        @Override
        public List<String> outputs() {
            return inner.outputs();
        }

        @Override
        public Evaluation evaluate(double[] values) {
            calls.incrementAndGet();
            return inner.evaluate(values);
        }
    }

    private static List<Factor> factors() {
        return Factors.ofModel(List.of("x1=uniform(-3.14159..3.14159)", "x2=uniform(-3.14159..3.14159)",
                "x3=uniform(-3.14159..3.14159)"), n -> 0.0);
    }

    private static SensitivityJob.Options options(Method method, Evaluator e, int threads, int batch) {
        return new SensitivityJob.Options(method, "ishigami.ant", Map.of("model", "ishigami"), factors(), e,
                method == Method.SOBOL ? 512 : 20, 4, 5, 100, threads, batch);
    }

    private static byte[] indices(Path out) throws Exception {
        return Files.readAllBytes(out.resolve(SensitivityJob.INDICES));
    }

    @Test
    void threadsAndBatchesDoNotChangeTheResult() throws Exception {
        for (Method m : Method.values()) {
            SensitivityJob job = new SensitivityJob(SensitivityJob.outputs());
            job.run(options(m, new Counting(), 1, 7), dir.resolve(m + "a"), "a", (d, t) -> { }, null);
            job.run(options(m, new Counting(), 2, 100), dir.resolve(m + "b"), "b", (d, t) -> { }, null);
            assertArrayEquals(indices(dir.resolve(m + "a")), indices(dir.resolve(m + "b")), m + " indices.csv");
            assertArrayEquals(Files.readAllBytes(dir.resolve(m + "a").resolve(SensitivityJob.EVALUATIONS)),
                    Files.readAllBytes(dir.resolve(m + "b").resolve(SensitivityJob.EVALUATIONS)), m + " evaluations.csv");
        }
    }

    @Test
    void anInterruptedAnalysisResumesWithTheBatchesLeft() throws Exception {
        SensitivityJob job = new SensitivityJob(SensitivityJob.outputs());
        Path whole = dir.resolve("whole");
        job.run(options(Method.SOBOL, new Counting(), 1, 64), whole, "whole", (d, t) -> { }, null);

        Path out = dir.resolve("resumed");
        Counting first = new Counting();
        RuntimeException stop = new RuntimeException("interrupted");
        assertThrows(RuntimeException.class, () -> job.run(options(Method.SOBOL, first, 1, 64), out, "resumed",
                (d, t) -> {
                    if (d >= 640) {
                        throw stop;
                    }
                }, null));
        assertTrue(Files.isDirectory(OutputSet.resumableOf(out)), "the partial work is kept");
        assertTrue(Files.notExists(out.resolve(SensitivityJob.INDICES)), "no indices before the end");
        Counting second = new Counting();
        job.run(options(Method.SOBOL, second, 1, 64), out, "resumed", (d, t) -> { }, null);
        long total = 512L * 5;
        // the first run finished whole batches of 64 up to the interruption (at most one batch lost)
        assertTrue(second.calls.get() <= total - 640 + 64, "evaluated again: " + second.calls.get() + " of " + total);
        assertArrayEquals(indices(whole), indices(out), "indices.csv after resuming");
    }

    @Test
    void failedEvaluationsAreCountedAndLeftOut() throws Exception {
        Evaluator failing = new Evaluator() {
            final Evaluator inner = Models.evaluator("ishigami.ant", XS, "y");

            @Override
            public List<String> outputs() {
                return inner.outputs();
            }

            @Override
            public Evaluation evaluate(double[] values) {
                return values[2] > 3.0 ? Evaluation.failed(1, "y at 0.5 h: not a number") : inner.evaluate(values);
            }
        };
        SensitivityResult r = new SensitivityJob(SensitivityJob.outputs()).run(options(Method.SOBOL, failing, 2, 50),
                dir.resolve("f"), "f", (d, t) -> { }, null);
        assertTrue(r.failed() > 0, "some points fail");
        assertEquals(Optional.of(10), Optional.of(r.failures().size()));
        assertTrue(r.failures().get(0).contains("y at 0.5 h"), r.failures().get(0));
        int kept = r.sobol("y").get(0).samples();
        assertTrue(kept < 512 && kept > 400, "base samples kept: " + kept);
        assertTrue(Double.isFinite(r.sobol("y").get(0).total().estimate()));
    }
}
