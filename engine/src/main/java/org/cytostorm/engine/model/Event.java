package org.cytostorm.engine.model;

import java.util.List;
import java.util.Objects;
import org.cytostorm.engine.expr.Expr;

/**
 * Discontinuous change: when the trigger turns from false to true, the assignments execute after
 * the delay. Semantics follow SBML Level 3.
 *
 * @param trigger                  condition whose false-to-true transition fires the event
 * @param delay                    time from firing to execution, or null for none
 * @param priority                 orders simultaneous executions (higher first), or null
 * @param initialValue             the trigger's value assumed just before the start: when false, a
 *                                 trigger true at the start fires the event at the start
 * @param persistent               when false, a pending execution is cancelled if the trigger turns
 *                                 false before it executes
 * @param useValuesFromTriggerTime whether assignment values are computed at firing (true) or at
 *                                 execution (false)
 */
public record Event(String id, Expr trigger, Expr delay, Expr priority, boolean initialValue, boolean persistent,
                    boolean useValuesFromTriggerTime, List<EventAssignment> assignments, Annotation annotation)
        implements Element {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        assignments = List.copyOf(assignments);
        Objects.requireNonNull(annotation, "annotation");
    }

    /**
     * An event with the text format's (Antimony's) defaults: no delay, no priority, persistent,
     * values from trigger time, and a trigger taken as true before the start ({@code t0 = true}),
     * so a trigger already true at the start does not fire.
     */
    public static Event of(String id, Expr trigger, List<EventAssignment> assignments) {
        return new Event(id, trigger, null, null, true, true, true, assignments, Annotation.EMPTY);
    }
}
