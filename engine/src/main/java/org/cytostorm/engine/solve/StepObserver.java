package org.cytostorm.engine.solve;

/** Sees every accepted step; may stop the integration after it. */
interface StepObserver {

    /**
     * Called after each accepted step.
     *
     * @param step     the step with its dense output
     * @param endState the state at the step's end (read only)
     * @return true to stop integrating after this step
     */
    boolean onStep(DenseStep step, double[] endState);
}
