package org.cytostorm.engine.solve;

/**
 * The work a run took.
 *
 * @param steps               accepted steps
 * @param rejectedSteps       rejected step attempts
 * @param rhsEvaluations      evaluations of f(t, y)
 * @param jacobianEvaluations evaluations of ∂f/∂y
 * @param luDecompositions    LU factorizations of the iteration matrix
 * @param linearSolves        forward/back substitutions
 * @param events              event executions
 */
public record SolverStatistics(long steps, long rejectedSteps, long rhsEvaluations, long jacobianEvaluations,
                               long luDecompositions, long linearSolves, long events) {
}
