package org.cytostorm.engine.solve;

import java.util.List;

/**
 * Watches a run at check times of its choosing and answers with interventions: the hook through
 * which clinical protocols ("tocilizumab when the CRS grade reaches 2") act on a simulation that
 * the model's own events cannot express. The run pauses exactly at each check time, so what the
 * supervisor reads is the state there, after the changes and events due at that instant.
 *
 * <p>A supervisor usually keeps state (doses given, firings recorded); give each run its own.
 */
public interface Supervisor {

    /** The first check time strictly after {@code time}, or positive infinity for no more checks. */
    double nextCheck(double time);

    /**
     * Looks at the run at a check time and returns the changes to make; those at or before
     * {@code time} are applied at once, later ones when their time comes.
     */
    List<Intervention> check(double time, Observation now);

    /** Read access to every observable symbol of the model at the check time. */
    interface Observation {

        /**
         * The value of a state, parameter, compartment, species, reaction or rule variable.
         *
         * @throws IllegalArgumentException for a name the model does not have
         */
        double value(String name);

        /** True when the model has an observable of this name. */
        boolean has(String name);
    }
}
