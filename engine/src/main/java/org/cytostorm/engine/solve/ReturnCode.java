package org.cytostorm.engine.solve;

/** How a run ended. A failed run keeps the outputs it reached. */
public enum ReturnCode {
    /** Reached the end time. */
    SUCCESS,
    /** Stopped after the maximum number of steps. */
    MAX_STEPS,
    /** The step size needed fell below what double precision resolves. */
    STEP_SIZE_UNDERFLOW,
    /** A derivative or state became NaN or infinite. */
    NON_FINITE,
    /** Events kept firing at one instant without time advancing. */
    EVENT_LOOP;

    public boolean isSuccess() {
        return this == SUCCESS;
    }
}
