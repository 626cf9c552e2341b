package org.cytostorm.engine.solve;

import java.util.Comparator;
import java.util.PriorityQueue;
import org.cytostorm.engine.expr.Slot;
import org.cytostorm.engine.system.OdeSystem;

/**
 * The interventions of one run not yet applied, earliest first; those at one time in the order
 * they were added.
 */
final class InterventionQueue {

    /** Below this fraction of the change, a sum that should be zero (an infusion's rate added, then removed) is zero. */
    private static final double CANCELLATION = 1e-12;

    private record Entry(double time, long sequence, Slot slot, Intervention.Operation operation, double value) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            Comparator.comparingDouble(Entry::time).thenComparingLong(Entry::sequence));
    private final OdeProblem problem;
    private final OdeSystem system;
    private long sequence;

    InterventionQueue(OdeProblem problem) {
        this.problem = problem;
        this.system = problem.model().system();
        problem.interventions().forEach(this::add);
    }

    /** @throws IllegalArgumentException for a target that cannot be changed */
    void add(Intervention i) {
        problem.checkTarget(i.target());
        Slot slot = system.symbol(i.target()).orElseThrow().storage();
        queue.add(new Entry(i.time(), sequence++, slot, i.operation(), i.value()));
    }

    /** The time of the next intervention, or positive infinity. */
    double nextTime() {
        Entry head = queue.peek();
        return head == null ? Double.POSITIVE_INFINITY : head.time();
    }

    /** Applies every intervention due at or before {@code t}; returns true when there was one. */
    boolean applyDue(double t, double[] y, double[] p) {
        boolean applied = false;
        while (!queue.isEmpty() && queue.peek().time() <= t) {
            Entry e = queue.poll();
            double[] store = e.slot().kind() == Slot.Kind.STATE ? y : p;
            int k = e.slot().index();
            if (e.operation() == Intervention.Operation.SET) {
                store[k] = e.value();
            } else {
                double sum = store[k] + e.value();
                store[k] = Math.abs(sum) < CANCELLATION * Math.abs(e.value()) ? 0.0 : sum;
            }
            applied = true;
        }
        return applied;
    }
}
