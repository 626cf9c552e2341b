package org.cytostorm.engine.solve;

import java.util.Map;

/**
 * Read access by name to every observable of the model (states, parameters, compartments, species
 * in their own units, reactions, rule variables) at one point of a run: what supervisors, detectors
 * and handlers are shown. One instance is reused for every point it is moved to, so looking costs
 * no allocation; a handler must not keep it. Moved with {@link #observe} the observables are
 * computed at once; moved with {@link #at} they are computed on the first read, so a point nobody
 * reads costs nothing.
 */
final class ObservationView implements Supervisor.Observation {

    private final RunState run;
    private final Map<String, Integer> index;
    private final double[] values;
    private double t;
    /** The state at {@link #t} while the values are pending (the caller keeps it unchanged until moved). */
    private double[] state;
    private boolean pending;
    /** The last name looked up and its index: a detector asks for the same name (the same string) again and again. */
    private String lastName;
    private int lastIndex;

    ObservationView(RunState run) {
        this.run = run;
        this.index = run.observableIndex();
        this.values = new double[run.system.observableNames().size()];
    }

    /** Computes every observable at (t, state) now; the view shows them until it is moved. */
    ObservationView observe(double time, double[] stateThere) {
        run.kernels.observe(time, stateThere, run.p, run.w, values);
        pending = false;
        return this;
    }

    /**
     * Moves the view to (t, state), computing the observables when first read; {@code stateThere}
     * must stay unchanged until the view is moved again or no longer read.
     */
    ObservationView at(double time, double[] stateThere) {
        this.t = time;
        this.state = stateThere;
        this.pending = true;
        return this;
    }

    @Override
    public double value(String name) {
        int i;
        if (name == lastName) {
            i = lastIndex;
        } else {
            Integer found = index.get(name);
            if (found == null) {
                throw new IllegalArgumentException("the model has no variable '" + name + "'");
            }
            i = found;
            lastName = name;
            lastIndex = i;
        }
        if (pending) {
            run.kernels.observe(t, state, run.p, run.w, values);
            pending = false;
        }
        return values[i];
    }

    @Override
    public boolean has(String name) {
        return index.containsKey(name);
    }
}
