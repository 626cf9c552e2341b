package org.cytostorm.engine.solve;

/**
 * How a run ended: two successful endings ({@link #isSuccess()}), and the failures. A failed run
 * keeps the outputs it reached.
 */
public enum ReturnCode {
    /** Reached the end time. */
    SUCCESS,
    /**
     * Stopped by a handler (an event, step or output handler answering
     * {@link org.cytostorm.engine.solve.observe.Action#STOP}) before the end time, as asked: a
     * success, with the outputs up to the stop (SciML's {@code Terminated}).
     */
    TERMINATED,
    /** Stopped after the maximum number of steps. */
    MAX_STEPS,
    /** The step size needed fell below what double precision resolves. */
    STEP_SIZE_UNDERFLOW,
    /** A derivative or state became NaN or infinite. */
    NON_FINITE,
    /** Events kept firing at one instant without time advancing. */
    EVENT_LOOP;

    /** True for {@link #SUCCESS} and {@link #TERMINATED}: the run did what was asked. */
    public boolean isSuccess() {
        return this == SUCCESS || this == TERMINATED;
    }
}
