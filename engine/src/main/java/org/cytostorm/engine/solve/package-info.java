/**
 * Solving: the problem → solve → solution API, the per-run integration driver (segments between
 * discontinuities, dense-output sampling, SBML event semantics), the stepper contracts and the
 * adapters for the Rosenbrock steppers and Hipparchus's Dormand-Prince 8(5,3).
 */
package org.cytostorm.engine.solve;
