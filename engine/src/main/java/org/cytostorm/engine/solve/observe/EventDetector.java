package org.cytostorm.engine.solve.observe;

/**
 * The <em>when</em> of an event: a function g of time and the model's observables whose sign
 * changes are the events, with the {@link DetectionSettings} that say how it is watched. Paired
 * with an {@link EventHandler} (the <em>what</em>) when attached to a run. g should be continuous
 * along the solution; an event is a transition of its sign during the run (the sign at the start
 * is not one), located on the dense output as described in {@link DetectionSettings}, including a
 * jump across zero made at an instant by the model's events or an intervention.
 *
 * <p>A detector should hold no mutable state: one can serve any number of runs, on any threads.
 * The {@code with} methods return configured copies, so a stock detector is adapted without
 * subclassing: {@code EventDetector.threshold("IL6", 1000.0, Direction.RISING).withTimeAccuracy(1e-6)}.
 */
public interface EventDetector {

    /**
     * The event function: an event is a change of its sign.
     *
     * @param t     time
     * @param state the observables at {@code t}, valid during this call only
     */
    double g(double t, Observation state);

    /** How this detector is watched; {@link DetectionSettings#DEFAULT} unless configured. */
    default DetectionSettings settings() {
        return DetectionSettings.DEFAULT;
    }

    /** This detector's g with other settings. */
    default EventDetector withSettings(DetectionSettings newSettings) {
        return new ConfiguredDetector(this, newSettings);
    }

    /** A copy watching another direction of sign change. */
    default EventDetector withDirection(Direction direction) {
        return withSettings(settings().withDirection(direction));
    }

    /** A copy locating crossings to another accuracy (model time units). */
    default EventDetector withTimeAccuracy(double timeAccuracy) {
        return withSettings(settings().withTimeAccuracy(timeAccuracy));
    }

    /** A copy checking g within steps at most this far apart (model time units). */
    default EventDetector withMaxCheckInterval(double maxCheckInterval) {
        return withSettings(settings().withMaxCheckInterval(maxCheckInterval));
    }

    /**
     * A variable crossing a level: g = value(variable) &minus; level, so {@link Direction#RISING}
     * is the variable reaching the level from below and {@link Direction#FALLING} its falling
     * under it. The variable is any observable (species in its own units, parameter, reaction,
     * rule variable); a name the model lacks fails when the run starts.
     *
     * @param variable  the observable's name
     * @param level     the level, in the variable's units
     * @param direction which crossings are events
     */
    static EventDetector threshold(String variable, double level, Direction direction) {
        return new ThresholdDetector(variable, level, DetectionSettings.DEFAULT.withDirection(direction));
    }
}
