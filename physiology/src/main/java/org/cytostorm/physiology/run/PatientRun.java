package org.cytostorm.physiology.run;

import java.util.List;
import org.cytostorm.physiology.treat.TreatmentEvent;
import java.util.NoSuchElementException;

import org.cytostorm.physiology.scenario.Scenario;

/**
 * The result of simulating one scenario: the time series of every output column (model outputs
 * and clinical readouts) and the summary.
 *
 * @param scenario the scenario run
 * @param columns  column descriptions, in output order ({@code time_h} is not among them)
 * @param timeH    output times, hours
 * @param values   {@code values[c][i]}: column {@code c} at time {@code i}
 * @param summary  the summary
 * @param treatments every dose given and variable set, in time order
 */
public record PatientRun(Scenario scenario, List<OutputColumn> columns, double[] timeH, double[][] values,
        RunSummary summary, List<TreatmentEvent> treatments) {

    public PatientRun {
        treatments = List.copyOf(treatments);
    }

    /** A run in which nothing was given. */
    public PatientRun(Scenario scenario, List<OutputColumn> columns, double[] timeH, double[][] values,
            RunSummary summary) {
        this(scenario, columns, timeH, values, summary, List.of());
    }

    /** The values of a column by name. */
    public double[] column(String name) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(name)) {
                return values[c];
            }
        }
        throw new NoSuchElementException("no output column '" + name + "'");
    }

    /** The description of a column by name. */
    public OutputColumn describe(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no output column '" + name + "'"));
    }
}
