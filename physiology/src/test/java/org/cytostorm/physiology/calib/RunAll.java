package org.cytostorm.physiology.calib;

import java.util.Locale;

import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;

/** Calibration probe (developer tool): one line per built-in scenario. */
public final class RunAll {
    public static void main(String[] args) {
        PatientSimulator sim = PatientSimulator.standard();
        for (String name : args.length > 0 ? java.util.List.of(args) : BuiltInScenarios.names()) {
            Scenario s = BuiltInScenarios.load(name);
            long t0 = System.nanoTime();
            PatientRun r;
            try {
                r = sim.run(s);
            } catch (RuntimeException e) {
                System.out.println(name + ": FAILED " + e.getMessage());
                continue;
            }
            long t1 = System.nanoTime();
            var sm = r.summary();
            double[] car = r.column("CAR_T");
            int ci = 0;
            for (int i = 1; i < car.length; i++) {
                if (car[i] > car[ci]) {
                    ci = i;
                }
            }
            System.out.println(String.format(Locale.ROOT,
                    "%-16s IL6 %6.0f@%5.1fh IFNG %5.0f@%5.1fh crs %d sofa %2.0f surv %.3f onset %s fever %s hscore %.0f fer %.0f CARpk %.1fh minMAP %.0f %s %.0fms",
                    name, sm.peaks().get("IL6").value(), sm.peaks().get("IL6").timeH(), sm.peaks().get("IFNG").value(),
                    sm.peaks().get("IFNG").timeH(), sm.maxCrsGrade(), sm.maxSofa(), sm.survivalDay28(),
                    sm.extra().get("crs_onset_h"), sm.extra().get("fever_onset_h"), sm.extra().get("max_hscore"),
                    sm.extra().get("max_ferritin_ng_ml"), r.timeH()[ci], sm.extra().get("min_map_mmhg"), sm.supportUsed(),
                    (t1 - t0) / 1e6));
        }
    }
}
