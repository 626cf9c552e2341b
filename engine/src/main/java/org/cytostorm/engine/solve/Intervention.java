package org.cytostorm.engine.solve;

import java.util.Objects;

/**
 * A discrete change made to a run from outside the model at a given time: a bolus dose (add an
 * amount to a state), the start or end of an infusion (add or remove a rate parameter's value), a
 * switch (set a parameter). The pharmacometric dosing record, reduced to what the integrator needs.
 *
 * <p>The run stops exactly at {@code time}, applies the change, lets the model's events respond and
 * restarts the integrator from the new state, so a change is never smeared over a step. An output
 * at the same time shows the value after the change.
 *
 * @param time      when, in model time units
 * @param target    a state variable or parameter not defined by a rule (a species given as a
 *                  concentration is not allowed: its amount would be ambiguous)
 * @param operation add the value, or set the variable to it
 * @param value     the amount added or the new value
 */
public record Intervention(double time, String target, Operation operation, double value) {

    /** What an intervention does to its target. */
    public enum Operation {
        ADD, SET
    }

    public Intervention {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(operation, "operation");
        if (!Double.isFinite(time)) {
            throw new IllegalArgumentException("the time of a change to '" + target + "' must be finite, not " + time);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the value of a change to '" + target + "' must be finite, not " + value);
        }
    }

    /** Adds {@code amount} to {@code target} at {@code time}. */
    public static Intervention add(double time, String target, double amount) {
        return new Intervention(time, target, Operation.ADD, amount);
    }

    /** Sets {@code target} to {@code value} at {@code time}. */
    public static Intervention set(double time, String target, double value) {
        return new Intervention(time, target, Operation.SET, value);
    }
}
