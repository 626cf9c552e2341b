package org.cytostorm.bench;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.eval.Kernels;
import org.cytostorm.engine.solve.OdeFunction;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@link RhsBenchmark} and {@link JacobianBenchmark} evaluate: one model, compiled (its
 * generated {@link Kernels} called directly with the default parameter vector and a workspace) or
 * hand-written, at states that change on every call so that the JIT cannot fold the evaluation.
 */
@State(Scope.Thread)
public class EvaluationState {

    /** States cycled through (a power of two). */
    static final int STATES = 16;

    @Param({BenchModels.REYNOLDS, BenchModels.ROBERTSON, BenchModels.NETWORK50})
    public String model;

    @Param({"compiled", "handwritten"})
    public String impl;

    boolean compiled;
    Kernels kernels;
    double[] p;
    double[] w;
    OdeFunction hand;
    double[][] states;
    double[] f;
    double[] jacobian;
    private int next;

    @Setup
    public void setup() {
        CompiledModel cm = BenchModels.compile(model);
        switch (impl) {
            case "compiled":
                compiled = true;
                break;
            case "handwritten":
                compiled = false;
                break;
            default:
                throw new IllegalArgumentException("impl is compiled or handwritten, not " + impl);
        }
        kernels = cm.kernels();
        p = cm.defaultParameters();
        w = new double[Math.max(1, cm.system().workspaceSize())];
        hand = BenchModels.handWritten(model);
        // realistic states: points along the benchmarked run's trajectory
        states = BenchModels.trajectoryStates(cm, model, STATES);
        BenchModels.requireAgreement(model, new KernelFunction(cm), hand, states);
        int n = cm.system().dimension();
        f = new double[n];
        jacobian = new double[n * n];
    }

    /** The next state of the cycle. */
    final double[] nextState() {
        double[] y = states[next];
        next = (next + 1) & (STATES - 1);
        return y;
    }
}
