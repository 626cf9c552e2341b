package org.cytostorm.engine.solve;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.system.LoweredEvent;

/**
 * The model's events with SBML Level 3 semantics, at the instants where the run stops: an event
 * fires when its trigger turns from false to true (a trigger true at the start fires only if the
 * event's initial value is false); firing schedules its execution after the delay, with assignment
 * values computed at firing ("from trigger time") or at execution; a non-persistent event is
 * cancelled if its trigger turns false before it executes; executions due at one instant run one at
 * a time, highest priority first (ties: first fired, then document order), and triggers are
 * re-examined after each, so events cascade. More than {@value #MAX_EVENTS_PER_INSTANT} executions at
 * one instant are taken as an endless loop.
 *
 * <p>Kept apart from {@link TriggerLocator}, which finds <em>where</em> inside a step a trigger
 * changes; this class decides what happens once the run stands there. Both read the triggers'
 * last known values ({@link #previous}).
 */
final class EventScheduler {

    /** Events at one instant beyond this count are taken as an endless loop. */
    private static final int MAX_EVENTS_PER_INSTANT = 10_000;

    private final RunState run;
    private final Counters counters;
    private final List<LoweredEvent> events;
    private final double[] triggerNow;
    /** Each trigger's value at the last point examined, then each relational atom's. */
    final boolean[] previous;
    private final List<Pending> pending = new ArrayList<>();
    private long sequence;

    /** An event that fired and waits for its execution time. */
    private record Pending(int event, double time, double[] values, long sequence) {
    }

    EventScheduler(RunState run, Counters counters) {
        this.run = run;
        this.counters = counters;
        this.events = run.system.events();
        int watched = run.system.triggers().outputSize();
        this.triggerNow = new double[watched];
        this.previous = new boolean[watched];
    }

    /** True when the model has no events. */
    boolean isEmpty() {
        return events.isEmpty();
    }

    /** Number of events (the first entries of {@link #previous}). */
    int count() {
        return events.size();
    }

    /** Sets each trigger's value "before the start" to its event's initial value. */
    void start() {
        for (int e = 0; e < events.size(); e++) {
            previous[e] = events.get(e).initialValue();
        }
    }

    /** The earlier of {@code stop} and the first pending execution after {@code after}. */
    double nextExecution(double after, double stop) {
        for (Pending pe : pending) {
            if (pe.time() > after) {
                stop = Math.min(stop, pe.time());
            }
        }
        return stop;
    }

    /**
     * Handles everything that happens at the current instant: trigger transitions fire events
     * (scheduling them after their delay), triggers turning false cancel non-persistent pending
     * executions, and due executions run one at a time in priority order, re-examining triggers
     * after each. Returns false if events loop endlessly.
     */
    boolean processEvents() {
        if (events.isEmpty()) {
            return true;
        }
        for (int guard = 0; guard < MAX_EVENTS_PER_INSTANT; guard++) {
            run.refreshIntermediates();
            run.kernels.triggers(run.t, run.y, run.p, run.w, triggerNow);
            for (int e = 0; e < events.size(); e++) {
                boolean now = triggerNow[e] != 0.0;
                if (now && !previous[e]) {
                    fire(e);
                } else if (!now && previous[e] && !events.get(e).persistent()) {
                    final int cancelled = e;
                    pending.removeIf(pe -> pe.event() == cancelled);
                }
                previous[e] = now;
            }
            for (int k = events.size(); k < previous.length; k++) {
                previous[k] = triggerNow[k] != 0.0;
            }
            Pending next = nextDue();
            if (next == null) {
                return true;
            }
            pending.remove(next);
            execute(next);
        }
        return false;
    }

    private void fire(int e) {
        LoweredEvent event = events.get(e);
        run.refreshIntermediates();
        double delay = event.delay() == null ? 0.0 : run.eval(event.delay());
        double[] values = event.useValuesFromTriggerTime() ? assignmentValues(event) : null;
        pending.add(new Pending(e, run.t + delay, values, sequence++));
    }

    /** The due execution of highest priority; ties go to the earliest fired, then document order. */
    private Pending nextDue() {
        Pending best = null;
        double bestPriority = 0;
        for (Pending pe : pending) {
            if (pe.time() > run.t) {
                continue;
            }
            LoweredEvent ev = events.get(pe.event());
            double priority = ev.priority() == null ? Double.NEGATIVE_INFINITY : run.eval(ev.priority());
            if (Double.isNaN(priority)) {
                priority = Double.NEGATIVE_INFINITY;
            }
            if (best == null || priority > bestPriority) {
                best = pe;
                bestPriority = priority;
            }
        }
        return best;
    }

    private double[] assignmentValues(LoweredEvent event) {
        double[] values = new double[event.assignments().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = run.eval(event.assignments().get(i).value());
        }
        return values;
    }

    private void execute(Pending pe) {
        LoweredEvent event = events.get(pe.event());
        run.refreshIntermediates();
        double[] values = pe.values() != null ? pe.values() : assignmentValues(event);
        double[] scales = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            Expr scale = event.assignments().get(i).scale();
            scales[i] = scale == null ? 1.0 : run.eval(scale);
        }
        for (int i = 0; i < values.length; i++) {
            run.write(event.assignments().get(i).target(), values[i] * scales[i]);
        }
        run.updateDerived();
        counters.events++;
    }
}
