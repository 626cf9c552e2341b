/**
 * Rosenbrock methods for stiff systems: Rodas5P and Rodas4 tableaus, the stepper with its step-size
 * controller and dense output, and the in-place LU it factors the iteration matrix with.
 */
package org.cytostorm.engine.solve.rosenbrock;
