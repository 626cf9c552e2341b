package org.cytostorm.physiology.calib;

import java.io.FileWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Drug;
import org.cytostorm.physiology.treat.Drugs;
import org.cytostorm.physiology.treat.Treatments;
/** Developer tool: writes the SOFA sweep of SofaMortalityTest (one patient a line) for scripts/fit-sofa-hazard.py. */
public final class SofaSweep {
    private SofaSweep() {
    }

    /** Writes the sweep to {@code a[0]}: factors, then the hourly SOFA, its six components, septic shock and Berlin. */
    public static void main(String[] a) throws Exception {
        Drug abx = Drugs.find("antibiotics").get();
        Scenario base = BuiltInScenarios.load("sepsis");
        double[] delays = {6, 12, 24, 48, 96, -1};
        double[] inocula = {1.5, 4, 10};
        double[] reactivity = {0.5, 1, 1.5, 2, 3};
        double[] leak = {0.1, 0.15, 0.25};
        try (PrintWriter w = new PrintWriter(new FileWriter(a[0]))) {
            for (double d : delays) for (double in : inocula) for (double hr : reactivity) for (double kl : leak) {
                Scenario s = d < 0 ? base : base.withTreatments(new Treatments(List.of(new Dosing(abx, DoseAmount.NONE, abx.defaultRoute(), d, 168, 24, 0)), List.of()));
                PatientRun r = PatientSimulator.standard().run(s, Map.of("inoculum", in, "host_reactivity", hr, "k_leak", kl));
                StringBuilder sb = new StringBuilder();
                sb.append(d).append(',').append(in).append(',').append(hr).append(',').append(kl);
                for (String c : List.of("sofa", "sofa_respiration", "sofa_coagulation", "sofa_liver", "sofa_cardiovascular", "sofa_cns", "sofa_renal", "septic_shock", "berlin_severity")) {
                    sb.append(';');
                    double[] v = r.column(c);
                    for (int i = 0; i < v.length; i++) { if (i > 0) sb.append(' '); sb.append((int) v[i]); }
                }
                w.println(sb);
            }
        }
    }
}
