package org.cytostorm.engine.solve.observe;

/** What a handler asks of the run once it has looked. */
public enum Action {
    /** Go on integrating. */
    CONTINUE,
    /**
     * End the run here. The solution keeps the rows recorded up to this point, its final time is
     * the time of the stop (for an event, the located crossing) and it ends successfully with
     * {@code ReturnCode.TERMINATED}.
     */
    STOP
}
