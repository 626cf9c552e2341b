package org.cytostorm.engine.model;

import java.util.Objects;

/**
 * A chemical or biological entity that reactions change: molecules, cells, pathogen.
 *
 * <p>The engine integrates species as amounts. A species whose {@code hasOnlySubstanceUnits} is
 * false is read in expressions as a concentration (amount over its compartment's size), as in
 * SBML; the text format declares species this way by default.
 *
 * @param id                    identifier
 * @param compartment           the compartment's identifier
 * @param initialAmount         initial amount, or NaN
 * @param initialConcentration  initial concentration, or NaN (at most one of the two is set)
 * @param hasOnlySubstanceUnits true when expressions read the species as an amount
 * @param boundaryCondition     true when reactions do not change it (rules and events may)
 * @param constant              true when nothing changes it
 * @param conversionFactor      identifier of a parameter scaling reaction changes, or null
 * @param units                 substance unit, or null
 */
public record Species(String id, String compartment, double initialAmount, double initialConcentration,
                      boolean hasOnlySubstanceUnits, boolean boundaryCondition, boolean constant,
                      String conversionFactor, String units, Annotation annotation) implements Element {

    public Species {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(compartment, "compartment");
        Objects.requireNonNull(annotation, "annotation");
        if (!Double.isNaN(initialAmount) && !Double.isNaN(initialConcentration)) {
            throw new IllegalArgumentException("species " + id + " has both an initial amount and concentration");
        }
    }

    /** A concentration species with an initial concentration. */
    public static Species concentration(String id, String compartment, double initial) {
        return new Species(id, compartment, Double.NaN, initial, false, false, false, null, null, Annotation.EMPTY);
    }

    /** An amount species (hasOnlySubstanceUnits) with an initial amount. */
    public static Species amount(String id, String compartment, double initial) {
        return new Species(id, compartment, initial, Double.NaN, true, false, false, null, null, Annotation.EMPTY);
    }

    public boolean hasInitialValue() {
        return !Double.isNaN(initialAmount) || !Double.isNaN(initialConcentration);
    }

    public Species withInitialAmount(double v) {
        return new Species(id, compartment, v, Double.NaN, hasOnlySubstanceUnits, boundaryCondition, constant,
                conversionFactor, units, annotation);
    }

    public Species withInitialConcentration(double v) {
        return new Species(id, compartment, Double.NaN, v, hasOnlySubstanceUnits, boundaryCondition, constant,
                conversionFactor, units, annotation);
    }

    public Species withCompartment(String c) {
        return new Species(id, c, initialAmount, initialConcentration, hasOnlySubstanceUnits, boundaryCondition,
                constant, conversionFactor, units, annotation);
    }

    public Species withHasOnlySubstanceUnits(boolean b) {
        return new Species(id, compartment, initialAmount, initialConcentration, b, boundaryCondition, constant,
                conversionFactor, units, annotation);
    }

    public Species withBoundaryCondition(boolean b) {
        return new Species(id, compartment, initialAmount, initialConcentration, hasOnlySubstanceUnits, b, constant,
                conversionFactor, units, annotation);
    }

    public Species withConstant(boolean c) {
        return new Species(id, compartment, initialAmount, initialConcentration, hasOnlySubstanceUnits,
                boundaryCondition, c, conversionFactor, units, annotation);
    }

    public Species withConversionFactor(String f) {
        return new Species(id, compartment, initialAmount, initialConcentration, hasOnlySubstanceUnits,
                boundaryCondition, constant, f, units, annotation);
    }

    public Species withUnits(String u) {
        return new Species(id, compartment, initialAmount, initialConcentration, hasOnlySubstanceUnits,
                boundaryCondition, constant, conversionFactor, u, annotation);
    }

    public Species withAnnotation(Annotation a) {
        return new Species(id, compartment, initialAmount, initialConcentration, hasOnlySubstanceUnits,
                boundaryCondition, constant, conversionFactor, units, a);
    }
}
