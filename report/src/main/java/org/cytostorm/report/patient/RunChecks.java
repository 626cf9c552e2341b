package org.cytostorm.report.patient;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.treat.TreatmentEvent;

/**
 * Checks a run before any file is written, so that every writer refuses the same runs and
 * {@link RunOutputs#writeAll} writes nothing for a run that one of them would refuse.
 */
final class RunChecks {

    private RunChecks() {
    }

    /**
     * Requires a well-shaped run whose every value is finite.
     *
     * @throws IllegalArgumentException naming the column (and time) of the first bad value
     */
    static void requireWritable(PatientRun run) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(run.scenario(), "run.scenario");
        Objects.requireNonNull(run.summary(), "run.summary");
        List<OutputColumn> columns = run.columns();
        double[] time = run.timeH();
        double[][] values = run.values();
        if (time.length == 0) {
            throw new IllegalArgumentException("run has no output times");
        }
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    "run has " + columns.size() + " columns described but " + values.length + " value arrays");
        }
        requireNames(columns);
        requireFiniteSummary(run.summary(), run.scenario().durationH());
        requireFiniteTreatments(run.treatments());
        for (int i = 0; i < time.length; i++) {
            if (!Double.isFinite(time[i])) {
                throw new IllegalArgumentException(
                        "time_h is " + time[i] + " at row " + i + ": a run with non-finite values is not written");
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c).name();
            if (values[c].length != time.length) {
                throw new IllegalArgumentException("column '" + name + "' has " + values[c].length
                        + " values for " + time.length + " times");
            }
            for (int i = 0; i < time.length; i++) {
                if (!Double.isFinite(values[c][i])) {
                    throw new IllegalArgumentException("column '" + name + "' is " + values[c][i] + " at time_h="
                            + time[i] + ": a run with non-finite values is not written");
                }
            }
        }
    }

    /** Names become CSV headers: they must be unique, not time_h, and need no quoting. */
    private static void requireNames(List<OutputColumn> columns) {
        Set<String> seen = new HashSet<>();
        seen.add(TimeseriesCsv.TIME_COLUMN);
        for (OutputColumn column : columns) {
            String name = column.name();
            if (name == null || name.isBlank() || name.chars().anyMatch(ch -> ch == ',' || ch == '"'
                    || ch == '\n' || ch == '\r' || Character.isWhitespace(ch))) {
                throw new IllegalArgumentException("column name '" + name
                        + "' is not a plain CSV header (empty, or holds a comma, quote or space)");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("column name '" + name + "' appears twice (or is time_h)");
            }
        }
    }

    /** Summary figures go to JSON, which has no NaN: refuse rather than write a string or null. */
    private static void requireFiniteSummary(RunSummary summary, double durationH) {
        finite("duration_h", durationH);
        finite("max_sofa", summary.maxSofa());
        finite("survival_day28", summary.survivalDay28());
        for (Map.Entry<String, Peak> peak : summary.peaks().entrySet()) {
            finite("peak of " + peak.getKey(), peak.getValue().value());
            finite("time of the peak of " + peak.getKey(), peak.getValue().timeH());
        }
        for (Map.Entry<String, Double> extra : summary.extra().entrySet()) {
            finite("extra figure " + extra.getKey(), extra.getValue());
        }
    }

    /** Treatments go to JSON too. */
    private static void requireFiniteTreatments(List<TreatmentEvent> treatments) {
        Objects.requireNonNull(treatments, "run.treatments");
        for (TreatmentEvent e : treatments) {
            finite("time of treatment " + e.what(), e.timeH());
            finite("amount of treatment " + e.what(), e.amountMg());
            finite("duration of treatment " + e.what(), e.durationH());
        }
    }

    private static void finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " is " + value + ": a run with non-finite values is not written");
        }
    }
}
