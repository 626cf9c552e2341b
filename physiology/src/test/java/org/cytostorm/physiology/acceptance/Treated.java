package org.cytostorm.physiology.acceptance;

import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Drug;
import org.cytostorm.physiology.treat.Drugs;
import org.cytostorm.physiology.treat.Route;
import org.cytostorm.physiology.treat.Treatments;

/** Helpers of the treatment tests: built-in scenarios with doses added. */
final class Treated {

    private Treated() {
    }

    static Drug drug(String name) {
        return Drugs.find(name).orElseThrow();
    }

    /** A dosing record: {@code additional} more doses every {@code intervalH}. */
    static Dosing dosing(String drug, DoseAmount amount, Route route, double timeH, double durationH, double intervalH,
            int additional) {
        return new Dosing(drug(drug), amount, route, timeH, durationH, intervalH, additional);
    }

    /** A built-in scenario with these doses and this duration. */
    static Scenario scenario(String builtIn, double durationH, Dosing... doses) {
        Scenario s = BuiltInScenarios.load(builtIn).withDuration(durationH);
        return doses.length == 0 ? s : s.withTreatments(new Treatments(List.of(doses), List.of()));
    }

    static PatientRun run(Scenario s) {
        return Runs.run(s, Map.of());
    }

    static PatientRun run(Scenario s, Map<String, Double> overrides) {
        return Runs.run(s, overrides);
    }

    /** Half-life from the log-linear least-squares slope of a column over [t1, t2]. */
    static double halfLife(PatientRun r, String column, double t1, double t2) {
        return halfLife(r, column, 0, t1, t2);
    }

    /** Half-life of a column's excess over {@code baseline}, from its log-linear slope over [t1, t2]. */
    static double halfLife(PatientRun r, String column, double baseline, double t1, double t2) {
        double[] t = r.timeH();
        double[] v = r.column(column);
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= t1 && t[i] <= t2) {
                double y = Math.log(v[i] - baseline);
                sx += t[i];
                sy += y;
                sxx += t[i] * t[i];
                sxy += t[i] * y;
                n++;
            }
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return -Math.log(2) / slope;
    }
}
