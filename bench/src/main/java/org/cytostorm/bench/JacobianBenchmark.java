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
 * One evaluation of the Jacobian ∂f/∂y (row-major n×n; both implementations write every entry,
 * zeros included): the model compiler's generated code (symbolic derivatives) against the
 * Jacobian derived by hand ({@link EvaluationState}: model × impl). The result array is written in
 * place and returned to JMH, so the work cannot be eliminated.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class JacobianBenchmark {

    @Benchmark
    public double[] jacobian(EvaluationState s) {
        double[] y = s.nextState();
        if (s.compiled) {
            s.kernels.jacobian(0.0, y, s.p, s.w, s.jacobian);
        } else {
            s.hand.jacobian(0.0, y, s.jacobian);
        }
        return s.jacobian;
    }
}
