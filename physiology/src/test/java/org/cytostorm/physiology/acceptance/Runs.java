package org.cytostorm.physiology.acceptance;

import java.util.Map;

import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;

/** Shared helpers of the acceptance tests: run a built-in with overrides, read peaks and times. */
final class Runs {

    static final PatientSimulator SIM = PatientSimulator.standard();

    private Runs() {
    }

    static PatientRun run(String builtIn, Map<String, Double> overrides) {
        return SIM.run(BuiltInScenarios.load(builtIn), overrides);
    }

    static PatientRun run(Scenario s, Map<String, Double> overrides) {
        return SIM.run(s, overrides);
    }

    /** The standard table's value of a parameter. */
    static double parameter(String name) {
        return ParameterTable.standard().find(name).orElseThrow().value();
    }

    /** The area of a column's excess over {@code baseline} across the whole run (trapezoids of the rows). */
    static double areaAbove(PatientRun r, String column, double baseline) {
        double[] t = r.timeH();
        double[] v = r.column(column);
        double area = 0;
        for (int i = 1; i < t.length; i++) {
            area += 0.5 * (v[i] + v[i - 1] - 2 * baseline) * (t[i] - t[i - 1]);
        }
        return area;
    }

    /** The model's equations with these events added before its closing {@code end}. */
    static String withEvents(String equations, String events) {
        int end = equations.lastIndexOf("end");
        return equations.substring(0, end) + events + equations.substring(end);
    }

    static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** The peak of a column from {@code fromH} on. */
    static double peakFrom(PatientRun r, String column, double fromH) {
        return peakWithin(r, column, fromH, Double.POSITIVE_INFINITY);
    }

    /** The peak of a column from {@code fromH} up to, not including, {@code toH}. */
    static double peakWithin(PatientRun r, String column, double fromH, double toH) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < r.timeH().length; i++) {
            if (r.timeH()[i] >= fromH && r.timeH()[i] < toH) {
                m = Math.max(m, r.column(column)[i]);
            }
        }
        return m;
    }

    /** Time of the maximum of a column. */
    static double argmax(PatientRun r, String column) {
        double[] v = r.column(column);
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return r.timeH()[best];
    }

    /** Value of a column at the output time nearest to {@code t}. */
    static double at(PatientRun r, String column, double t) {
        double[] time = r.timeH();
        int best = 0;
        for (int i = 1; i < time.length; i++) {
            if (Math.abs(time[i] - t) < Math.abs(time[best] - t)) {
                best = i;
            }
        }
        return r.column(column)[best];
    }

    /** First time the column reaches {@code level} (from below), or +inf. */
    static double firstAtLeast(PatientRun r, String column, double level) {
        double[] v = r.column(column);
        for (int i = 0; i < v.length; i++) {
            if (v[i] >= level) {
                return r.timeH()[i];
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
