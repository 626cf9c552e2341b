package org.cytostorm.engine.solve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read access by name to every observable of the model (states, parameters, compartments, species
 * in their own units, reactions, rule variables) at one point of a run. One instance is reused for
 * every point it is moved to, so looking costs no allocation; a handler must not keep it.
 */
final class ObservationView implements Supervisor.Observation {

    private final RunState run;
    private final Map<String, Integer> index;
    private final double[] values;

    ObservationView(RunState run) {
        this.run = run;
        List<String> names = run.system.observableNames();
        this.index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        this.values = new double[names.size()];
    }

    /** Computes every observable at (t, state) now; the view shows them until the next move. */
    ObservationView observe(double t, double[] state) {
        run.kernels.observe(t, state, run.p, run.w, values);
        return this;
    }

    @Override
    public double value(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("the model has no variable '" + name + "'");
        }
        return values[i];
    }

    @Override
    public boolean has(String name) {
        return index.containsKey(name);
    }
}
