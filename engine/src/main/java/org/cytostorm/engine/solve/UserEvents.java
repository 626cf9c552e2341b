package org.cytostorm.engine.solve;

import java.util.Arrays;
import java.util.List;
import org.cytostorm.engine.solve.observe.Action;
import org.cytostorm.engine.solve.observe.DetectionSettings;
import org.cytostorm.engine.solve.observe.Direction;
import org.cytostorm.engine.solve.observe.EventDetector;
import org.cytostorm.engine.solve.observe.EventHandler;

/**
 * The caller's event detectors ({@link Observers#withEvent}), as opposed to the model's own SBML
 * events: finds where inside a step a detector's g changes sign in its direction, cuts the step
 * there like a model event, and calls the handlers when the run stands at the crossing.
 *
 * <p>Within each accepted step, every g is checked on the dense output at equally spaced points,
 * as many as the smallest max check interval asks for, and at the end (or at the point where a
 * model event already cuts the step). Between the first two checks where some g has changed sign in
 * its direction, the crossing is located by bisection to the detector's time accuracy and placed
 * at the bracket's later end, where g already has its new sign, so the run does not find the same
 * crossing again after restarting there. A change in a direction not watched only updates the sign
 * remembered. At each point where the run stops, g is evaluated again: before the model's events
 * and interventions there (the located crossing, and any other detector crossing at that instant),
 * and after them (a jump across zero made by a dose or an event assignment). The sign of g at the
 * start of the run is remembered, not reported.
 */
final class UserEvents {

    /** Checks within one step never exceed this many, whatever the max check interval. */
    private static final int MAX_CHECKS_PER_STEP = 1_000_000;

    private final int n;
    private final int count;
    private final EventDetector[] detectors;
    private final EventHandler[] handlers;
    private final Direction[] directions;
    private final double[] accuracies;
    private final double maxCheckInterval;
    /** Each g's side (true: g &ge; 0) at the run's last settled point. */
    private final boolean[] above;
    /** Each g's side at the last check of the step being scanned. */
    private final boolean[] scanAbove;
    /** Each g's side at the current check. */
    private final boolean[] checkAbove;
    /** Each detector's crossing located in the step being scanned, or NaN. */
    private final double[] crossing;
    private final ObservationView view;
    private final double[] yCheck;
    private final double[] yMid;
    private final double[] yBest;

    UserEvents(RunState run, List<Observers.Event> events) {
        this.n = run.n;
        this.count = events.size();
        this.detectors = new EventDetector[count];
        this.handlers = new EventHandler[count];
        this.directions = new Direction[count];
        this.accuracies = new double[count];
        double smallest = Double.POSITIVE_INFINITY;
        for (int d = 0; d < count; d++) {
            detectors[d] = events.get(d).detector();
            handlers[d] = events.get(d).handler();
            DetectionSettings s = detectors[d].settings();
            directions[d] = s.direction();
            accuracies[d] = s.timeAccuracy();
            smallest = Math.min(smallest, s.maxCheckInterval());
        }
        this.maxCheckInterval = smallest;
        this.above = new boolean[count];
        this.scanAbove = new boolean[count];
        this.checkAbove = new boolean[count];
        this.crossing = new double[count];
        Arrays.fill(crossing, Double.NaN);
        this.view = new ObservationView(run);
        this.yCheck = new double[n];
        this.yMid = new double[n];
        this.yBest = new double[n];
    }

    /** Notes the side of each g at the start (no event: the start is not a transition). */
    void start(double t, double[] y) {
        view.at(t, y);
        for (int d = 0; d < count; d++) {
            above[d] = side(detectors[d].g(t, view));
        }
    }

    /**
     * Scans the step up to {@code limit} (its end, or an earlier cut already found) for the earliest
     * crossing in a detector's direction. If there is one before the cut, it becomes the cut
     * (time and state) and true is returned. Without a crossing, the sides seen at {@code limit}
     * wait for {@link #stepEnded()}.
     */
    boolean locate(DenseStep step, double[] endState, double limit, StepCut cut) {
        double t0 = step.startTime();
        double t1 = step.endTime();
        System.arraycopy(above, 0, scanAbove, 0, count);
        int checks = checksIn(t1 - t0);
        double lo = t0;
        for (int k = 1; k <= checks; k++) {
            double tk = k == checks ? t1 : t0 + (t1 - t0) * k / checks;
            boolean last = tk >= limit;
            if (last) {
                tk = limit;
            }
            double[] stateK;
            if (tk == t1) {
                stateK = endState;
            } else {
                step.interpolate(tk, yCheck);
                stateK = yCheck;
            }
            view.at(tk, stateK);
            boolean bracketed = false;
            for (int d = 0; d < count; d++) {
                checkAbove[d] = side(detectors[d].g(tk, view));
                if (checkAbove[d] != scanAbove[d] && directions[d].includes(checkAbove[d])) {
                    bracketed = true;
                }
            }
            if (bracketed) {
                return locateCrossings(step, lo, tk, stateK, cut);
            }
            System.arraycopy(checkAbove, 0, scanAbove, 0, count);
            if (last) {
                break;
            }
            lo = tk;
        }
        return false;
    }

    /** The step was not cut: the sides at its end become the run's. */
    void stepEnded() {
        System.arraycopy(scanAbove, 0, above, 0, count);
    }

    /**
     * At the run's current point (t, y): calls the handler of every detector whose g has changed
     * sign in its direction since the last settled point, or whose crossing was located at t, in
     * the order they were added, and notes every g's side. Returns true when a handler asked to
     * stop.
     */
    boolean fire(double t, double[] y) {
        boolean stop = false;
        view.at(t, y);
        for (int d = 0; d < count; d++) {
            boolean s = side(detectors[d].g(t, view));
            boolean located = crossing[d] == t;
            crossing[d] = Double.NaN;
            boolean changed = s != above[d];
            above[d] = s;
            if ((located || changed) && directions[d].includes(s)
                    && handlers[d].eventOccurred(t, view, s) == Action.STOP) {
                stop = true;
            }
        }
        return stop;
    }

    /**
     * Locates, for each detector whose g changed sign in its direction between the checks at
     * {@code lo} and {@code hi} (state {@code stateHi}), its crossing by bisection on the dense
     * output; the earliest becomes the cut unless a cut already found comes first. Returns true
     * when it did.
     */
    private boolean locateCrossings(DenseStep step, double lo, double hi, double[] stateHi, StepCut cut) {
        double best = Double.POSITIVE_INFINITY;
        for (int d = 0; d < count; d++) {
            if (checkAbove[d] == scanAbove[d] || !directions[d].includes(checkAbove[d])) {
                continue;
            }
            double a = lo;
            double b = hi;
            boolean bisected = false;
            while (b - a > accuracies[d]) {
                double mid = a + 0.5 * (b - a);
                if (mid <= a || mid >= b) {
                    break;
                }
                step.interpolate(mid, yMid);
                view.at(mid, yMid);
                if (side(detectors[d].g(mid, view)) != scanAbove[d]) {
                    b = mid;
                    bisected = true;
                    if (b < best) {
                        System.arraycopy(yMid, 0, yBest, 0, n);
                    }
                } else {
                    a = mid;
                }
            }
            crossing[d] = b;
            if (b < best) {
                best = b;
                if (!bisected) {
                    System.arraycopy(stateHi, 0, yBest, 0, n);
                }
            }
        }
        if (cut.found && cut.time <= best) {
            return false;
        }
        cut.time = best;
        System.arraycopy(yBest, 0, cut.state, 0, n);
        return true;
    }

    private int checksIn(double h) {
        if (maxCheckInterval == Double.POSITIVE_INFINITY) {
            return 1;
        }
        double c = Math.ceil(h / maxCheckInterval);
        return c <= 1 ? 1 : (int) Math.min(c, MAX_CHECKS_PER_STEP);
    }

    private static boolean side(double g) {
        return g >= 0;
    }
}
