package org.cytostorm.engine.solve;

/**
 * Where the step being examined is cut short, if anywhere: the earliest point inside it at which
 * something must happen (a trigger changes, a supervisor's check acts). The run discards the rest
 * of the step and goes on from this point. The parts that look inside a step each lower the cut to
 * what they find; one instance per run, reused for every step.
 */
final class StepCut {

    /** True when the current step is cut. */
    boolean found;
    /** The time of the cut (meaningful when {@link #found}). */
    double time;
    /** The state at {@link #time}, from the step's dense output. */
    final double[] state;

    StepCut(int n) {
        this.state = new double[n];
    }
}
