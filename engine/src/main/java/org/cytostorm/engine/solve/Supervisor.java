package org.cytostorm.engine.solve;

import java.util.List;

/**
 * Watches a run at check times of its choosing and answers with interventions: the hook through
 * which clinical protocols ("tocilizumab when the CRS grade reaches 2") act on a simulation that
 * the model's own events cannot express. One kind of observer of a run (see {@link Observers}):
 * where the others only look or stop the run, a supervisor changes it. A check costs no stop: it is
 * made on the dense output of the step that passes it; only a check that answers with
 * interventions stops the run at its time, so they apply exactly there. A check that falls on a
 * point where the run stops anyway (an intervention, an event) sees the state after the changes
 * and events due at that instant.
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

    /**
     * Read access to every observable symbol of the model at the check time: an
     * {@link org.cytostorm.engine.solve.observe.Observation}, named here so that supervisors
     * written against it compile unchanged.
     */
    interface Observation extends org.cytostorm.engine.solve.observe.Observation {
    }
}
