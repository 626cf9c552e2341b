/**
 * Solving: the problem → solve → solution API, the per-run integration driver, the stepper
 * contracts and the adapters for the Rosenbrock steppers and Hipparchus's Dormand-Prince 8(5,3).
 *
 * <p>A run ({@code Integration}) is a short loop over parts with one job each, all package-private:
 * {@code RunState} (the current point, parameters and workspace), {@code MethodSelector} (AUTO's
 * stiffness test and switch), {@code TriggerLocator} (where in a step a model event's trigger
 * changes), {@code EventScheduler} (SBML Level 3 event semantics at an instant),
 * {@code Supervision} (scheduled interventions and the {@link org.cytostorm.engine.solve.Supervisor}'s
 * checks), {@code OutputSampler} (rows at the output times from the dense output),
 * {@code Breakpoints} (times where the model switches on time alone) and {@code RunEnd} (how the
 * run ended, diagnosed).
 */
package org.cytostorm.engine.solve;
