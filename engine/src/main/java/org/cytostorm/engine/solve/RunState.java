package org.cytostorm.engine.solve;

import java.util.Map;
import org.cytostorm.engine.eval.ExpressionEvaluator;
import org.cytostorm.engine.eval.InterpretedKernels;
import org.cytostorm.engine.eval.Kernels;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Slot;
import org.cytostorm.engine.system.InitStatement;
import org.cytostorm.engine.system.OdeSystem;

/**
 * The numbers one run changes as it goes: the current time and state, the parameters (which events
 * and interventions change) and the kernels' workspace, with the evaluations that read them. Every
 * part of a run (event scheduling, supervision, output sampling) reads and writes the run's point
 * through this one object, so there is a single current point and a single owner of the arrays the
 * kernels are bound to. Owned by one run on one thread.
 */
final class RunState {

    final OdeProblem problem;
    final OdeSystem system;
    final Kernels kernels;
    /** Number of state variables. */
    final int n;
    /** Parameters, then the derived constants ({@link OdeSystem#derive()}). */
    final double[] p;
    /** The kernels' scratch space for intermediates. */
    final double[] w;
    /** The state at {@link #t}. */
    final double[] y;
    /** The current time. */
    double t;
    private final double[] scratchDerived;
    /** Where {@link #refreshIntermediates()} leaves the observables; made on first use (models with events). */
    private double[] scratchObservables;

    RunState(OdeProblem problem) {
        this.problem = problem;
        this.system = problem.model().system();
        this.kernels = problem.model().kernels();
        this.n = system.dimension();
        this.p = system.parameterDefaults();
        this.w = new double[Math.max(1, system.workspaceSize())];
        this.y = new double[n];
        this.scratchDerived = new double[system.derive().outputSize()];
    }

    /**
     * Computes p and y at the start time (overrides, initial assignments, derived constants).
     * Returns the index of the first state whose initial value is not finite, or -1.
     */
    int initialize() {
        Map<String, Double> overrides = problem.overrides();
        for (Map.Entry<String, Double> o : overrides.entrySet()) {
            Slot s = system.symbol(o.getKey()).orElseThrow().storage();
            if (s.kind() == Slot.Kind.PARAM) {
                p[s.index()] = o.getValue();
            }
        }
        for (InitStatement st : system.initialization()) {
            double v;
            Double override = overrides.get(st.symbol());
            if (override != null && st.target().kind() != Slot.Kind.TEMP) {
                v = override;
                if (st.overrideScale() != null) {
                    v *= eval(st.overrideScale());
                }
            } else {
                v = eval(st.value());
                if (st.scale() != null) {
                    v *= eval(st.scale());
                }
            }
            write(st.target(), v);
        }
        updateDerived();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps the derived constants in step with the parameters (after initial values and events). */
    void updateDerived() {
        Kernels.updateDerived(kernels, system, p, w, scratchDerived);
    }

    /** Evaluates an expression at the current point (intermediates as last left in the workspace). */
    double eval(Expr e) {
        return ExpressionEvaluator.eval(e, t, y, p, w);
    }

    /** Assigns a state, parameter or intermediate slot. */
    void write(Slot target, double v) {
        switch (target.kind()) {
            case STATE:
                y[target.index()] = v;
                break;
            case PARAM:
                p[target.index()] = v;
                break;
            case TEMP:
                w[target.index()] = v;
                break;
            default:
                throw new IllegalStateException("cannot assign " + target);
        }
    }

    /** Each observable's position in the observable kernel's output, by name (the system's, made once). */
    Map<String, Integer> observableIndex() {
        return system.observableIndex();
    }

    /** Fills the workspace with every intermediate (rules, rates) at the current point for the evaluator. */
    void refreshIntermediates() {
        if (scratchObservables == null) {
            scratchObservables = new double[system.observableNames().size()];
        }
        InterpretedKernels.run(system.observe(), t, y, p, w, scratchObservables);
    }
}
