package org.cytostorm.physiology.run;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.cytostorm.engine.solve.SolverStatistics;
import org.cytostorm.physiology.outcome.Outcome;
import org.cytostorm.physiology.outcome.SampledOutcome;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.TreatmentEvent;

/**
 * The result of simulating one scenario, as an immutable value: the inputs that produced it (the
 * scenario with its protocol, treatments and settings; the build, model and warnings), how it ended
 * and what it cost, the time series of every output column (model outputs and clinical readouts),
 * the treatments given and the summary. A failed run is a result too: it holds the rows it reached
 * and its {@link #status()} says why it ended; {@link #orThrow()} turns it into an exception.
 *
 * <p>Arrays are copied in and out: nothing a caller holds can change a run.
 *
 * @param scenario   the scenario run, with every input
 * @param provenance the build, model and warnings
 * @param status     how the run ended
 * @param statistics the solver's work
 * @param columns    column descriptions, in output order ({@code time_h} is not among them)
 * @param timeH      output times reached, hours
 * @param values     {@code values[c][i]}: column {@code c} at time {@code i}
 * @param summary    the summary of the rows reached
 * @param treatments every dose given and variable set, in time order
 * @param outcome    survival, death hazard and expected deaths by organ system on the clinical
 *                   (hourly) grid of the rows reached, which is finer than the output rows
 * @param sampled    the one fate drawn for this run and recorded with it ({@link #withSample}),
 *                   if any
 */
public record PatientRun(Scenario scenario, Provenance provenance, RunStatus status, SolverStatistics statistics,
        List<OutputColumn> columns, double[] timeH, double[][] values, RunSummary summary,
        List<TreatmentEvent> treatments, Outcome outcome, Optional<SampledOutcome> sampled) {

    public PatientRun {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sampled, "sampled");
        columns = List.copyOf(columns);
        treatments = List.copyOf(treatments);
        timeH = timeH.clone();
        values = deepCopy(values);
    }

    /** The output times reached, hours (a copy). */
    @Override
    public double[] timeH() {
        return timeH.clone();
    }

    /** Every column's values (a copy). */
    @Override
    public double[][] values() {
        return deepCopy(values);
    }

    /** The number of output times reached. */
    public int rows() {
        return timeH.length;
    }

    /** The output time of a row, hours. */
    public double timeH(int row) {
        return timeH[row];
    }

    /** The values of a column by name (a copy). */
    public double[] column(String name) {
        return values[index(name)].clone();
    }

    /** One value, without copying a column. */
    public double value(String column, int row) {
        return values[index(column)][row];
    }

    /** The description of a column by name. */
    public OutputColumn describe(String name) {
        return columns.get(index(name));
    }

    /**
     * One virtual patient's fate under this run's survival curve: the same seed and patient index
     * always give the same fate ({@link Outcome#sample}).
     */
    public SampledOutcome sampledOutcome(long seed, long patient) {
        return outcome.sample(seed, patient);
    }

    /**
     * This run with the fate of (seed, patient) recorded in it, and the seed in its provenance, so
     * that its outputs say which fate was drawn and how to draw it again.
     */
    public PatientRun withSample(long seed, long patient) {
        Provenance p = new Provenance(provenance.build(), provenance.model(), provenance.digest(),
                OptionalLong.of(seed), provenance.warnings(), provenance.replaced(), provenance.solver());
        return new PatientRun(scenario, p, status, statistics, columns, timeH, values, summary, treatments, outcome,
                Optional.of(sampledOutcome(seed, patient)));
    }

    /** True unless the solver failed. */
    public boolean isSuccess() {
        return status.isSuccess();
    }

    /**
     * This run, if it succeeded.
     *
     * @throws SimulationFailedException naming the scenario, the variable and the time, otherwise
     */
    public PatientRun orThrow() {
        if (!isSuccess()) {
            throw new SimulationFailedException(scenario.name(), status);
        }
        return this;
    }

    /** Equal runs hold equal inputs and equal values, element by element (not the same arrays). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PatientRun r && scenario.equals(r.scenario) && provenance.equals(r.provenance)
                && status.equals(r.status) && java.util.Objects.equals(statistics, r.statistics)
                && columns.equals(r.columns) && java.util.Arrays.equals(timeH, r.timeH)
                && java.util.Arrays.deepEquals(values, r.values) && java.util.Objects.equals(summary, r.summary)
                && treatments.equals(r.treatments) && outcome.equals(r.outcome) && sampled.equals(r.sampled);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(scenario, status, columns, java.util.Arrays.hashCode(timeH),
                java.util.Arrays.deepHashCode(values), treatments);
    }

    @Override
    public String toString() {
        return "PatientRun[" + scenario.name() + ", " + status.code() + " at " + status.reachedH() + " h, " + rows()
                + " rows]";
    }

    private int index(String name) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(name)) {
                return c;
            }
        }
        throw new NoSuchElementException("no output column '" + name + "'");
    }

    private static double[][] deepCopy(double[][] v) {
        double[][] out = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i].clone();
        }
        return out;
    }
}
