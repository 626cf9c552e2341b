package org.cytostorm.physiology.acceptance;

import java.util.ArrayList;
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

/**
 * The deterministic sepsis sweep on which the death hazard is fitted and tested: time to
 * antibiotics (or none) x inoculum x host reactivity x capillary leak, under standard care, 432
 * patients spanning the model's severity range. Shared by {@code SofaMortalityTest} and the fitting
 * tool {@code calib.SofaSweep}, so that the fit and the test see the same patients.
 */
public final class SepsisSweep {

    /** Hours from the trigger to the antibiotic course (7 days); negative: none. */
    public static final double[] ANTIBIOTICS_H = {6, 12, 24, 48, 96, -1};
    public static final double[] INOCULA = {1.5, 4, 10};
    public static final double[] HOST_REACTIVITY = {0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3};
    public static final double[] K_LEAK = {0.1, 0.15, 0.25};

    /** One patient of the sweep and its run. */
    public record Patient(double antibioticsH, double inoculum, double hostReactivity, double kLeak, PatientRun run) {
    }

    private SepsisSweep() {
    }

    /** Every patient, run in parallel; the list is in factor order. */
    public static List<Patient> run() {
        Drug abx = Drugs.find("antibiotics").orElseThrow();
        Scenario base = BuiltInScenarios.load("sepsis");
        List<double[]> cases = new ArrayList<>();
        for (double d : ANTIBIOTICS_H) {
            for (double in : INOCULA) {
                for (double hr : HOST_REACTIVITY) {
                    for (double kl : K_LEAK) {
                        cases.add(new double[] {d, in, hr, kl});
                    }
                }
            }
        }
        return cases.parallelStream().map(c -> {
            Scenario s = c[0] < 0 ? base : base.withTreatments(new Treatments(List.of(
                    new Dosing(abx, DoseAmount.NONE, abx.defaultRoute(), c[0], 168, 24, 0)), List.of()));
            PatientRun r = PatientSimulator.standard().run(s, Map.of("inoculum", c[1], "host_reactivity", c[2], "k_leak", c[3]));
            return new Patient(c[0], c[1], c[2], c[3], r);
        }).toList();
    }
}
