package org.cytostorm.engine.system;

import java.util.List;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Slot;

/**
 * An event over slots. Semantics are those of {@link org.cytostorm.engine.model.Event}.
 *
 * @param delay    null for none
 * @param priority null for none
 */
public record LoweredEvent(String id, Expr trigger, Expr delay, Expr priority, boolean initialValue,
                           boolean persistent, boolean useValuesFromTriggerTime, List<Assignment> assignments) {

    /**
     * {@code target = value * scale} on execution; scale turns a concentration into the stored
     * amount and is null otherwise.
     */
    public record Assignment(String variable, Slot target, Expr value, Expr scale) {
    }

    public LoweredEvent {
        assignments = List.copyOf(assignments);
    }
}
