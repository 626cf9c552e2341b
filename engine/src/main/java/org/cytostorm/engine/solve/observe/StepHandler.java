package org.cytostorm.engine.solve.observe;

/**
 * Called after each accepted step of a run, with a view of the step; the steps it sees are
 * contiguous and cover the run from its start to where it ended. For a run that reached its end,
 * the number of calls is the run's {@code SolverStatistics.steps()}. A handler that keeps state
 * serves one run.
 */
@FunctionalInterface
public interface StepHandler {

    /**
     * Looks at a step.
     *
     * @param step the step, valid during this call only
     * @return {@link Action#STOP} to end the run at the step's end
     */
    Action handleStep(StepView step);
}
