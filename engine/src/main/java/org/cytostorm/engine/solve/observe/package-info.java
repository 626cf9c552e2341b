/**
 * Observing a run while it is computed: handlers the run calls, not a loop the caller writes.
 *
 * <p>A run is configured, then executed once ({@code OdeProblem.solve(Observers)}); along the way it
 * calls what was attached to it in an {@code org.cytostorm.engine.solve.Observers} bundle:
 * <ul>
 *   <li>a {@link org.cytostorm.engine.solve.observe.StepHandler} after each accepted step, with a
 *       read-only {@link org.cytostorm.engine.solve.observe.StepView} of it (its span, the dense output
 *       of any observable inside it, the values at its end);</li>
 *   <li>an {@link org.cytostorm.engine.solve.observe.OutputHandler} for each output row as it is
 *       recorded (how a live dashboard streams rows);</li>
 *   <li>an {@link org.cytostorm.engine.solve.observe.EventDetector} (the <em>when</em>: a function g of
 *       the run's observables whose sign changes mark the event, with its
 *       {@link org.cytostorm.engine.solve.observe.DetectionSettings}) paired with an
 *       {@link org.cytostorm.engine.solve.observe.EventHandler} (the <em>what</em>), as Hipparchus 3
 *       splits {@code ODEEventDetector} from {@code ODEEventHandler} and Orekit pairs detector, handler
 *       and settings. {@link org.cytostorm.engine.solve.observe.EventDetector#threshold} covers the
 *       common case, a variable crossing a level.</li>
 * </ul>
 * Every handler answers with an {@link org.cytostorm.engine.solve.observe.Action}: go on, or stop the
 * run there (a successful ending, {@code ReturnCode.TERMINATED}, like SciML's {@code terminate!}).
 * What a handler sees ({@link org.cytostorm.engine.solve.observe.Observation},
 * {@link org.cytostorm.engine.solve.observe.StepView}, {@link org.cytostorm.engine.solve.observe.OutputRow})
 * is a view the run reuses for the next call: read it during the call, do not keep it.
 *
 * <p>This package depends on nothing else in the engine; the engine implements the views.
 */
package org.cytostorm.engine.solve.observe;
