/**
 * Solving: the problem → solve → solution API, the per-run integration driver, the stepper
 * contracts and the adapters for the Rosenbrock steppers and Hipparchus's Dormand-Prince 8(5,3).
 * What may watch and stop a run while it is computed is in {@link org.cytostorm.engine.solve.observe},
 * attached through {@link org.cytostorm.engine.solve.Observers}.
 *
 * <p>A run ({@code Integration}) is a short loop over parts with one job each, all package-private:
 * {@code RunState} (the current point, parameters and workspace), {@code MethodSelector} (AUTO's
 * stiffness test and switch), {@code TriggerLocator} (where in a step a model event's trigger
 * changes), {@code EventScheduler} (SBML Level 3 event semantics at an instant),
 * {@code Supervision} (scheduled interventions and the {@link org.cytostorm.engine.solve.Supervisor}'s
 * checks), {@code UserEvents} (the caller's event detectors: location and handlers),
 * {@code OutputSampler} (rows at the output times from the dense output, and the output handlers),
 * {@code ObservedStep} (each step shown to the step handlers), {@code Breakpoints} (times where the
 * model switches on time alone) and {@code RunEnd} (how the run ended, diagnosed).
 */
package org.cytostorm.engine.solve;
