/**
 * Lowering a model to an ODE system: where each symbol lives during a run (state, parameter or
 * intermediate), and straight-line programs for the right-hand side, its symbolic Jacobian and time
 * derivative, observables and event triggers.
 */
package org.cytostorm.engine.system;
