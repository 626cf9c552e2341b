/**
 * Units in exported SBML: numbers in equations given the units their place implies
 * ({@link org.cytostorm.sbml.units.NumberUnits}), so that a unit checker (libSBML's) can follow
 * every expression of a model whose variables declare units, and the export that adds them
 * ({@link org.cytostorm.sbml.units.UnitsExport}).
 */
package org.cytostorm.sbml.units;
