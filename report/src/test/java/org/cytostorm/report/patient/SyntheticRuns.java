package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.DoubleUnaryOperator;
import org.cytostorm.common.build.BuildInfo;
import org.cytostorm.engine.solve.Method;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.solve.SolverStatistics;
import org.cytostorm.physiology.outcome.OrganSystem;
import org.cytostorm.physiology.outcome.Outcome;
import org.cytostorm.physiology.run.CourseSummary;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.Provenance;
import org.cytostorm.physiology.run.RunStatus;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.scenario.Patient;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.TriggerChoice;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.cytostorm.physiology.treat.Treatments;

/**
 * Patient runs made from analytic curves, so the output tests need no simulator and know every
 * value (and every peak) exactly.
 */
final class SyntheticRuns {

    /** One column: its description and its curve of time in hours. */
    record Curve(OutputColumn column, DoubleUnaryOperator f) {
    }

    /**
     * Survival at day 28 of the synthetic summaries, and the course that goes with it: 3 days on the
     * ventilator, so 0.873 x (28 - 3) ventilator-free days expected; the expected deaths by system
     * sum to 1 - 0.873.
     */
    static final double SURVIVAL = 0.873;
    static final CourseSummary COURSE = new CourseSummary(3, 50, 30, 5, 3, SURVIVAL * (28 - 3), 2, Map.of(
            OrganSystem.RESPIRATORY, 0.06, OrganSystem.CARDIOVASCULAR, 0.04, OrganSystem.RENAL, 0.02,
            OrganSystem.COAGULATION, 0.005, OrganSystem.LIVER, 0.002, OrganSystem.CNS, 0.0));

    private SyntheticRuns() {
    }

    static Curve curve(String name, String unit, String group, DoubleUnaryOperator f) {
        return new Curve(new OutputColumn(name, unit, group, name + " (synthetic)"), f);
    }

    /** A Gaussian bump over a baseline: peak {@code base + height} at {@code centreH}. */
    static DoubleUnaryOperator bump(double base, double height, double centreH, double widthH) {
        return t -> base + height * Math.exp(-Math.pow((t - centreH) / widthH, 2));
    }

    /** A 28-day run touching every report group plus one the report does not know ("misc"). */
    static PatientRun typical() {
        return run(672, 0.5, List.of(
                curve("IL6", "pg/mL", "cytokines", bump(5, 2000, 36, 12)),
                curve("TNF", "pg/mL", "cytokines", bump(2, 80, 30, 10)),
                curve("IL10", "pg/mL", "cytokines", t -> t < 6 ? 0 : bump(0, 150, 48, 20).applyAsDouble(t)), // zeros
                curve("sIL6R", "ng/mL", "cytokines", t -> 40),
                curve("CAR_T", "cells/uL", "cells", bump(0, 120, 168, 60)),
                curve("temperature", "°C", "vitals", bump(37, 2.5, 40, 15)),
                curve("MAP", "mmHg", "vitals", t -> 90 - 25 * Math.exp(-Math.pow((t - 50) / 20, 2))),
                curve("CRP", "mg/L", "labs", bump(3, 180, 60, 24)),
                curve("crs_grade", "grade", "grades", t -> t > 24 && t < 120 ? 2 : 0),
                curve("vasopressor", "ug/kg/min", "support", t -> t > 40 && t < 70 ? 0.08 : 0),
                curve("tocilizumab_conc", "mg/L", "drugs", t -> t < 48 ? 0 : 100 * Math.exp(-(t - 48) / 96)),
                curve("odd_one", "a.u.", "misc", t -> Math.sin(t / 24))),
                Map.of("hscore_max", 142.0, "kdigo_max", 1.0, "crs_onset_h", 26.5));
    }

    /**
     * The typical run with treatments: two tocilizumab doses by a rule (the first when its
     * concentration column starts), scheduled dexamethasone and antibiotics, and dialysis switched
     * on by a rule.
     */
    static PatientRun treated() {
        PatientRun run = typical();
        return of(run.scenario(), run.columns(), run.timeH(), run.values(), run.summary(), List.of(
                new TreatmentEvent(6, "antibiotics", 0, "course", 168, "schedule"),
                new TreatmentEvent(48, "tocilizumab", 560, "iv", 1, "tocilizumab"),
                new TreatmentEvent(56, "tocilizumab", 560, "iv", 1, "tocilizumab"),
                new TreatmentEvent(60, "dexamethasone", 10, "iv", 0, "schedule"),
                new TreatmentEvent(80, "dialysis", 1, "set", 0, "rrt")));
    }

    /** A 48-hour run: plotted in hours, two groups only. */
    static PatientRun short48h() {
        return run(48, 1, List.of(
                curve("IL6", "pg/mL", "cytokines", bump(5, 300, 20, 8)),
                curve("HR", "/min", "vitals", bump(80, 40, 22, 10))),
                Map.of());
    }

    /**
     * Samples the curves on {@code 0, dt, ..., durationH} and derives the summary from the samples
     * (peaks of the cytokine columns: largest sample, first time reached).
     */
    static PatientRun run(double durationH, double dtH, List<Curve> curves, Map<String, Double> extra) {
        int n = (int) Math.round(durationH / dtH) + 1;
        double[] time = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i * dtH;
        }
        List<OutputColumn> columns = new ArrayList<>();
        double[][] values = new double[curves.size()][n];
        Map<String, Peak> peaks = new LinkedHashMap<>();
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            columns.add(curve.column());
            int best = 0;
            for (int i = 0; i < n; i++) {
                values[c][i] = curve.f().applyAsDouble(time[i]);
                if (values[c][i] > values[c][best]) {
                    best = i;
                }
            }
            if (curve.column().group().equals("cytokines")) {
                peaks.put(curve.column().name(), new Peak(values[c][best], time[best]));
            }
        }
        RunSummary summary = new RunSummary(2, 6.5, SURVIVAL, peaks,
                List.of("high-flow oxygen", "norepinephrine (max 0.08 ug/kg/min)"), extra, COURSE);
        return of(scenario(durationH, dtH), columns, time, values, summary);
    }

    static Scenario scenario(double durationH, double dtH) {
        return new Scenario("axi-cel-typical", "Axi-cel in a typical adult <with> \"standard\" care & no prophylaxis",
                "java", Patient.reference(), new TriggerChoice("car-t", Map.of("product", "axi-cel", "dose", "2e6/kg"),
                        false), ProtocolLibrary.standard().named("standard"), durationH, dtH, Map.of(), Treatments.NONE,
                Map.of());
    }

    /** A completed run of these columns, nothing given. */
    static PatientRun of(Scenario scenario, List<OutputColumn> columns, double[] time, double[][] values,
            RunSummary summary) {
        return of(scenario, columns, time, values, summary, List.of());
    }

    /** A completed run of these columns with these treatments, as the simulator records one. */
    static PatientRun of(Scenario scenario, List<OutputColumn> columns, double[] time, double[][] values,
            RunSummary summary, List<TreatmentEvent> treatments) {
        Provenance provenance = new Provenance(new BuildInfo("0.1.0-test", "abc1234", false), "standard", "0123456789ab",
                OptionalLong.empty(), List.of(), Map.of(), SolverOptions.DEFAULTS);
        return new PatientRun(scenario, provenance, RunStatus.completed(time[time.length - 1], Method.RODAS5P),
                new SolverStatistics(100, 3, 700, 20, 20, 600, 2), columns, time, values, summary, treatments,
                Outcome.atStart(time[0]), Optional.empty());
    }

    /** The same run with one value replaced (for NaN and infinity tests). */
    static PatientRun withValue(PatientRun run, String column, int row, double value) {
        double[][] values = new double[run.values().length][];
        for (int c = 0; c < values.length; c++) {
            values[c] = run.values()[c].clone();
        }
        int c = run.columns().indexOf(run.describe(column));
        values[c][row] = value;
        return of(run.scenario(), run.columns(), run.timeH(), values, run.summary(), run.treatments());
    }
}
