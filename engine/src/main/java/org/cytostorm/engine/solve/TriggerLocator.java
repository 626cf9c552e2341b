package org.cytostorm.engine.solve;

/**
 * Finds where inside an accepted step the model's event triggers change, on the step's dense
 * output, so that the run can stop exactly there and let the {@link EventScheduler} act. Steps
 * are chosen for accuracy, not for events, and a trigger can change anywhere inside one; stepping
 * back would cost a rejected step, whereas the dense output gives the state anywhere in the step
 * for the price of an interpolation.
 *
 * <p>What is watched is every trigger and every relational atom in them: a conjunction such as
 * {@code S > 0.18 && S < 0.19} may be true only within a window inside a long step, but each of its
 * atoms changes once. The watched values are examined at {@value #TRIGGER_SAMPLES} interior points
 * and at the step's end; the earliest change is located by bisection to a few ulps of time; if only
 * atoms changed there, their new values are noted and the scan goes on from that point through the
 * rest of the step.
 */
final class TriggerLocator {

    /** Interior points of each step at which triggers are examined (models with events only). */
    private static final int TRIGGER_SAMPLES = 8;

    private final RunState run;
    private final int n;
    private final int eventCount;
    /** The scheduler's last known trigger and atom values; the atoms' entries are updated here. */
    private final boolean[] previous;
    private final double[] triggerNow;
    private final double[] triggerProbe;
    private final double[] yOut;
    /**
     * The states the trigger kernel reads: only they are interpolated while scanning (a patient
     * model's triggers read 15 of its 85 states); the cut's state is interpolated in full.
     */
    private final int[] watched;

    TriggerLocator(RunState run, EventScheduler scheduler) {
        this.run = run;
        this.n = run.n;
        this.eventCount = scheduler.count();
        this.previous = scheduler.previous;
        this.triggerNow = new double[previous.length];
        this.triggerProbe = new double[previous.length];
        this.yOut = new double[run.n];
        this.watched = run.system.triggerStatesRead();
    }

    /**
     * True when some event's trigger differs, somewhere in the step, from its value before it; then
     * {@code cut} holds the earliest such point (its time, and its state from the dense output).
     */
    boolean locate(DenseStep step, double[] endState, StepCut cut) {
        double t0 = step.startTime();
        double t1 = step.endTime();
        double lo = t0;
        while (true) {
            double hi = Double.NaN;
            for (int k = 1; k <= TRIGGER_SAMPLES + 1; k++) {
                double tk = k > TRIGGER_SAMPLES ? t1 : t0 + (t1 - t0) * k / (TRIGGER_SAMPLES + 1);
                if (tk <= lo) {
                    continue;
                }
                if (tk == t1) {
                    System.arraycopy(endState, 0, yOut, 0, n);
                } else {
                    step.interpolate(tk, yOut, watched);
                }
                run.kernels.triggers(tk, yOut, run.p, run.w, triggerProbe);
                if (triggersDiffer(triggerProbe)) {
                    hi = tk;
                    break;
                }
                lo = tk;
            }
            if (Double.isNaN(hi)) {
                return false;
            }
            locateChange(step, lo, hi, cut);
            if (cut.time == t1) {
                System.arraycopy(endState, 0, cut.state, 0, n);
            } else {
                step.interpolate(cut.time, cut.state);
            }
            run.kernels.triggers(cut.time, cut.state, run.p, run.w, triggerNow);
            if (eventTriggersDiffer(triggerNow)) {
                return true;
            }
            // only atoms changed: note their new values and scan on from here
            for (int k = eventCount; k < previous.length; k++) {
                previous[k] = triggerNow[k] != 0.0;
            }
            lo = cut.time;
        }
    }

    private boolean eventTriggersDiffer(double[] values) {
        for (int e = 0; e < eventCount; e++) {
            if ((values[e] != 0.0) != previous[e]) {
                return true;
            }
        }
        return false;
    }

    private boolean triggersDiffer(double[] values) {
        for (int e = 0; e < values.length; e++) {
            if ((values[e] != 0.0) != previous[e]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Bisection on the dense output between {@code lo}, where every trigger still has its value from
     * before the step, and {@code hi}, where some trigger differs, to a tolerance of a few ulps of
     * time. Leaves the earliest such time in the cut.
     */
    private void locateChange(DenseStep step, double lo, double hi, StepCut cut) {
        double tol = 4 * Math.ulp(Math.max(Math.abs(lo), Math.abs(hi))) + 1e-13 * (step.endTime() - step.startTime());
        while (hi - lo > tol) {
            double mid = lo + 0.5 * (hi - lo);
            if (mid <= lo || mid >= hi) {
                break;
            }
            step.interpolate(mid, yOut, watched);
            run.kernels.triggers(mid, yOut, run.p, run.w, triggerProbe);
            if (triggersDiffer(triggerProbe)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        cut.time = hi;
    }
}
