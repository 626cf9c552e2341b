package org.cytostorm.physiology.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytostorm.physiology.outcome.Outcome;

/**
 * The summary of a patient run: peaks, worst grades, support used, day-28 survival and the
 * course ({@link CourseSummary}). Computed on the clinical grid (hourly rows and the requested
 * ones), so peaks, onsets and durations are resolved to the hour whatever the output interval.
 */
final class Summaries {

    static final List<String> CYTOKINES = List.of("IL6", "TNF", "IL1B", "IFNG", "IL10", "GMCSF");
    private static final String[] O2 = {"room air", "low-flow oxygen", "high-flow oxygen",
        "non-invasive ventilation", "invasive ventilation"};
    static final double DAY28_H = 672;
    /** The {@code o2} level of invasive ventilation is 4: from 3.5 the level rounds to it. */
    static final double INVASIVE_VENTILATION = 3.5;

    private Summaries() {
    }

    /**
     * The summary of columns sampled at {@code t} ({@code values[c]} belongs to {@code
     * columns.get(c)}) with the outcome on the same grid.
     */
    static RunSummary of(List<OutputColumn> columns, double[] t, double[][] values, Outcome outcome) {
        Columns run = new Columns(columns, values);
        Map<String, Peak> peaks = new LinkedHashMap<>();
        for (String c : CYTOKINES) {
            peaks.put(c, Peak.of(t, run.column(c)));
        }
        int maxCrs = (int) max(run.column("crs_grade"));
        double maxSofa = max(run.column("sofa"));
        double day28 = Math.min(DAY28_H, t[t.length - 1]);
        double survival = outcome.survivalAt(day28);

        List<String> support = new ArrayList<>();
        int o2 = (int) Math.round(max(run.column("o2_support_level")));
        if (o2 > 0) {
            support.add("oxygen up to " + O2[Math.min(o2, 4)]);
        }
        double fluids = max(run.column("fluids_given"));
        if (fluids > 0) {
            support.add(String.format(Locale.ROOT, "fluid boluses %.1f L", fluids));
        }
        double ne = max(run.column("norepinephrine"));
        if (ne > ClinicalReadouts.PRESSOR_ON) {
            support.add(String.format(Locale.ROOT, "norepinephrine (max %.2f ug/kg/min)", ne));
        }
        if (max(run.column("vasopressin")) > 0.5) {
            support.add("vasopressin");
        }
        if (max(run.column("epinephrine")) > 0.5) {
            support.add("epinephrine");
        }
        if (max(run.column("dialysis")) > 0.5) {
            support.add("dialysis");
        }
        int units = (int) Math.round(max(run.column("red_cell_units")));
        if (units > 0) {
            support.add("red-cell transfusion " + units + (units == 1 ? " unit" : " units"));
        }
        Map<String, Double> extra = new LinkedHashMap<>();
        extra.put("max_kdigo_stage", max(run.column("kdigo_stage")));
        extra.put("max_berlin_severity", max(run.column("berlin_severity")));
        extra.put("max_hscore", max(run.column("hscore")));
        extra.put("max_hlh2004_criteria", max(run.column("hlh2004_criteria")));
        extra.put("crs_onset_h", firstAtLeast(t, run.column("crs_grade"), 1));
        extra.put("fever_onset_h", firstAtLeast(t, run.column("temperature"), 38.0));
        extra.put("max_temperature_c", max(run.column("temperature")));
        extra.put("min_map_mmhg", min(run.column("MAP")));
        extra.put("max_ferritin_ng_ml", max(run.column("ferritin")));
        extra.put("max_crp_mg_l", max(run.column("CRP")));
        extra.values().removeIf(v -> Double.isNaN(v));
        return new RunSummary(maxCrs, maxSofa, survival, peaks, support, extra, course(run, t, outcome, day28));
    }

    /** Neurotoxicity, coagulopathy, days on support and expected deaths by system. */
    private static CourseSummary course(Columns run, double[] t, Outcome outcome, double day28) {
        double[] icans = run.column("icans_grade");
        double[] o2 = run.column("o2_support_level");
        double ventilatedToDay28 = hoursAtLeast(t, o2, INVASIVE_VENTILATION, day28) / 24;
        double vfd = outcome.survivalAt(day28) * Math.max(0, DAY28_H / 24 - ventilatedToDay28);
        return new CourseSummary((int) max(icans), firstAtLeast(t, icans, 1),
                hoursAtLeast(t, icans, 1, Double.POSITIVE_INFINITY), (int) max(run.column("isth_dic_score")),
                hoursAtLeast(t, o2, INVASIVE_VENTILATION, Double.POSITIVE_INFINITY) / 24, vfd,
                hoursAtLeast(t, run.column("dialysis"), 0.5, Double.POSITIVE_INFINITY) / 24,
                outcome.expectedDeaths(day28));
    }

    /**
     * Hours before {@code untilH} in which the column is at least {@code level}: each row's value
     * holds until the next row (the last row adds no time).
     */
    static double hoursAtLeast(double[] t, double[] v, double level, double untilH) {
        double hours = 0;
        for (int i = 0; i + 1 < t.length && t[i] < untilH; i++) {
            if (v[i] >= level) {
                hours += Math.min(t[i + 1], untilH) - t[i];
            }
        }
        return hours;
    }

    /** Columns by name. */
    private record Columns(List<OutputColumn> columns, double[][] values) {
        double[] column(String name) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).name().equals(name)) {
                    return values[c];
                }
            }
            throw new java.util.NoSuchElementException("no output column '" + name + "'");
        }
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    /** First time the column reaches {@code level}, or NaN if never. */
    static double firstAtLeast(double[] t, double[] v, double level) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] >= level) {
                return t[i];
            }
        }
        return Double.NaN;
    }
}
