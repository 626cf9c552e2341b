package org.cytostorm.engine.solve.observe;

/**
 * Read access, by name, to every observable of the model at one point of a run: states,
 * parameters, compartments, species (in their own units: a concentration species as a
 * concentration, as in the output columns), reactions' rates and rule variables. A view: valid
 * during the call it is handed to, and moved to other points afterwards; copy the values needed
 * later.
 */
public interface Observation {

    /**
     * The value of a state, parameter, compartment, species, reaction or rule variable.
     *
     * @throws IllegalArgumentException for a name the model does not have
     */
    double value(String name);

    /** True when the model has an observable of this name. */
    boolean has(String name);
}
