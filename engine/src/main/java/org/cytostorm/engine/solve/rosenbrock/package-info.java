/**
 * Rosenbrock methods for stiff systems: Rodas5P and Rodas4 tableaus, the stepper with its step-size
 * controller and dense output, and the LU factorizations of the iteration matrix: {@link
 * org.cytostorm.engine.solve.rosenbrock.SparseLu} in the order a model's {@link
 * org.cytostorm.engine.solve.rosenbrock.SparseLuPlan} chose once for its Jacobian's structure, with
 * the in-place dense {@link org.cytostorm.engine.solve.rosenbrock.DenseLu} for small or dense systems
 * and as the fallback when a sparse pivot is too small.
 */
package org.cytostorm.engine.solve.rosenbrock;
