/**
 * The simulation engine: describe a model, compile it once, run it many times.
 *
 * <p>{@link org.cytostorm.engine.CompiledModel#compile} validates, lowers and compiles a
 * {@link org.cytostorm.engine.model.Model}; {@link org.cytostorm.engine.CompiledModel#problem()} starts an
 * immutable {@link org.cytostorm.engine.solve.OdeProblem} whose {@code solve()} returns a
 * {@link org.cytostorm.engine.solve.Solution}. See docs/engine.md.
 */
package org.cytostorm.engine;
