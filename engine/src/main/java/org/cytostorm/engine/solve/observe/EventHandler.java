package org.cytostorm.engine.solve.observe;

/**
 * What happens when an {@link EventDetector}'s event occurs: the <em>what</em> to the detector's
 * <em>when</em>, so that a stock detector (a threshold) serves with any handler. A handler that
 * keeps state (a count, a log) serves one run.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * Called at the event, with the run standing at the located crossing.
     *
     * @param t      the time of the event (the crossing, to the detector's time accuracy)
     * @param state  the observables there, valid during this call only: for a crossing located
     *               within a step, before any change the model or a supervisor makes at that
     *               instant; for a crossing made by such a change (a dose that lifts a variable
     *               over the level), the state just after it
     * @param rising true when g turned from below to above (a threshold reached from under it)
     * @return {@link Action#STOP} to end the run at {@code t}, or {@link Action#CONTINUE}
     */
    Action eventOccurred(double t, Observation state, boolean rising);

    /** A handler that stops the run at the event. */
    static EventHandler stop() {
        return (t, state, rising) -> Action.STOP;
    }
}
