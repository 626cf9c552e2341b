package org.cytostorm.engine.solve;

/** How an attempt to take a step ended. */
public enum StepStatus {
    /** A step was accepted. */
    OK,
    /** The step size needed fell below what double precision can resolve at the current time. */
    STEP_SIZE_UNDERFLOW,
    /** Evaluating the system gave NaN or infinity and smaller steps did not help. */
    NON_FINITE
}
