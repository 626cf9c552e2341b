package org.cytostorm.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation of the derivatives f(t, y): the model compiler's generated code against the same
 * equations written by hand ({@link EvaluationState}: model × impl). The result array is written
 * in place and returned to JMH, so the work cannot be eliminated.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class RhsBenchmark {

    @Benchmark
    public double[] rhs(EvaluationState s) {
        double[] y = s.nextState();
        if (s.compiled) {
            s.kernels.rhs(0.0, y, s.p, s.w, s.f);
        } else {
            s.hand.derivatives(0.0, y, s.f);
        }
        return s.f;
    }
}
