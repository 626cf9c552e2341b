package org.cytostorm.bench;

import java.util.concurrent.TimeUnit;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Counters;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.OdeFunction;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.rosenbrock.RosenbrockTableau;
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
 * Whole runs from the model's initial state, 101 equally spaced outputs, rtol 1e-6, atol 1e-10:
 * Reynolds 0–200 h (the peers' run), Robertson 0–40, network50 0–100.
 *
 * <ul>
 * <li>{@code *Engine}: {@code OdeProblem.solve()}, everything a user gets: compiled kernels, the
 *     event/breakpoint/output driver (observables at each output), method choice, statistics and
 *     the Solution. Reynolds with each method ({@code method}), the others with RODAS5P.</li>
 * <li>{@code *Minimal}: {@link MinimalDriver}, a bare Rodas5P stepper loop sampling the outputs
 *     from the dense output, driving either the compiled kernels ({@code impl=compiled}, via
 *     {@link KernelFunction}) or the hand-written function ({@code impl=handwritten}).</li>
 * </ul>
 * Engine RODAS5P vs minimal compiled is the cost of the driver; minimal compiled vs minimal
 * hand-written is the cost of the model compiler's code. Each run allocates its own work arrays
 * and result, as a real run does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class FullRunBenchmark {

    /** The engine's full run of one model with one method. */
    abstract static class EngineRun {
        OdeProblem problem;

        void prepare(String model, Method method) {
            CompiledModel compiled = BenchModels.compile(model);
            problem = BenchModels.problem(compiled, model, method);
            Solution s = problem.solve().orThrow();
            System.out.printf("%n%s %s: method used %s, %s%n", model, method, s.methodUsed(), s.statistics());
        }
    }

    /** The minimal driver on the compiled or the hand-written function. */
    abstract static class MinimalRun {
        OdeFunction f;
        double[] y0;
        double end;
        final RosenbrockTableau tableau = RosenbrockTableau.rodas5P();

        void prepare(String model, String impl) {
            switch (impl) {
                case "compiled":
                    f = new KernelFunction(BenchModels.compile(model));
                    break;
                case "handwritten":
                    f = BenchModels.handWritten(model);
                    break;
                default:
                    throw new IllegalArgumentException("impl is compiled or handwritten, not " + impl);
            }
            y0 = BenchModels.initialState(model);
            end = BenchModels.endTime(model);
            Counters c = new Counters();
            run(c);
            System.out.printf("%n%s minimal driver, %s: %s%n", model, impl, c.snapshot());
        }

        double[][] run(Counters counters) {
            return MinimalDriver.run(f, tableau, y0, 0.0, end, BenchModels.POINTS, BenchModels.RTOL, BenchModels.ATOL,
                    counters);
        }
    }

    @State(Scope.Thread)
    public static class ReynoldsEngine extends EngineRun {
        @Param({"RODAS5P", "DOPRI853", "AUTO"})
        public String method;

        @Setup
        public void setup() {
            prepare(BenchModels.REYNOLDS, Method.valueOf(method));
        }
    }

    @State(Scope.Thread)
    public static class RobertsonEngine extends EngineRun {
        @Setup
        public void setup() {
            prepare(BenchModels.ROBERTSON, Method.RODAS5P);
        }
    }

    @State(Scope.Thread)
    public static class Network50Engine extends EngineRun {
        @Setup
        public void setup() {
            prepare(BenchModels.NETWORK50, Method.RODAS5P);
        }
    }

    @State(Scope.Thread)
    public static class ReynoldsMinimal extends MinimalRun {
        @Param({"compiled", "handwritten"})
        public String impl;

        @Setup
        public void setup() {
            prepare(BenchModels.REYNOLDS, impl);
        }
    }

    @State(Scope.Thread)
    public static class RobertsonMinimal extends MinimalRun {
        @Param({"compiled", "handwritten"})
        public String impl;

        @Setup
        public void setup() {
            prepare(BenchModels.ROBERTSON, impl);
        }
    }

    @State(Scope.Thread)
    public static class Network50Minimal extends MinimalRun {
        @Param({"compiled", "handwritten"})
        public String impl;

        @Setup
        public void setup() {
            prepare(BenchModels.NETWORK50, impl);
        }
    }

    @Benchmark
    public Solution reynoldsEngine(ReynoldsEngine s) {
        return s.problem.solve();
    }

    @Benchmark
    public double[][] reynoldsMinimal(ReynoldsMinimal s) {
        return s.run(new Counters());
    }

    @Benchmark
    public Solution robertsonEngine(RobertsonEngine s) {
        return s.problem.solve();
    }

    @Benchmark
    public double[][] robertsonMinimal(RobertsonMinimal s) {
        return s.run(new Counters());
    }

    @Benchmark
    public Solution network50Engine(Network50Engine s) {
        return s.problem.solve();
    }

    @Benchmark
    public double[][] network50Minimal(Network50Minimal s) {
        return s.run(new Counters());
    }
}
