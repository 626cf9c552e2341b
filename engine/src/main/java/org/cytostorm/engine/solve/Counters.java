package org.cytostorm.engine.solve;

/** Work counters of one run, incremented by the stepper and the driver; frozen into {@link SolverStatistics}. */
public final class Counters {

    public long steps;
    public long rejectedSteps;
    public long rhsEvaluations;
    public long jacobianEvaluations;
    public long luDecompositions;
    public long linearSolves;
    public long events;

    public SolverStatistics snapshot() {
        return new SolverStatistics(steps, rejectedSteps, rhsEvaluations, jacobianEvaluations, luDecompositions,
                linearSolves, events);
    }
}
