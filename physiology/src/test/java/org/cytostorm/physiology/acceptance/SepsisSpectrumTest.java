package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Route;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, acceptance 1: sepsis as a spectrum. A deterministic sweep of 240 patients (inoculum x
 * host reactivity x pathogen virulence x antibiotic resistance) under sepsis care (antibiotics
 * within the hour of recognition, Surviving Sepsis Campaign 2021) gives resolution, sepsis with
 * organ dysfunction (SOFA 2 or more, Sepsis-3), septic shock (Sepsis-3) and persistent inflammation
 * with immunosuppression (organ dysfunction and CRP above 100 mg/L at day 14 with monocyte HLA-DR
 * below half of normal at day 7: Gentile et al., J Trauma 2012;72:1491; Monneret et al., Intensive
 * Care Med 2006;32:1175); a share of deaths comes after day 14 (late sepsis deaths, Hotchkiss et
 * al., Nat Rev Immunol 2013;13:862); antibiotics given at recognition fail in some patients.
 */
class SepsisSpectrumTest {

    private static final double[] INOCULA = {1.5, 4, 10, 30};
    private static final double[] REACTIVITY = {0.5, 1, 1.5, 2, 2.5, 3};
    private static final double[] VIRULENCE = {0.5, 1, 1.5, 2, 3};
    private static final double[] RESISTANCE = {0, 0.8};

    private record Course(String kind, double deathsBeforeDay14, double deathsAfterDay14, boolean antibioticsFailed,
            double resistance) {
    }

    @Test
    void theSweepGivesAllFourCoursesLateDeathsAndAntibioticFailures() {
        PatientSimulator sim = PatientSimulator.standard();
        Scenario base = BuiltInScenarios.load("sepsis").withProtocol(ProtocolLibrary.standard().named("sepsis"));
        List<double[]> cases = new ArrayList<>();
        for (double i : INOCULA) {
            for (double r : REACTIVITY) {
                for (double v : VIRULENCE) {
                    for (double z : RESISTANCE) {
                        cases.add(new double[] {i, r, v, z});
                    }
                }
            }
        }
        List<Course> courses = cases.parallelStream().map(c -> classify(sim.run(base, Map.of("inoculum", c[0],
                "host_reactivity", c[1], "virulence", c[2], "abx_resistance", c[3])), c[3])).toList();

        Map<String, Integer> counts = new TreeMap<>();
        courses.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        for (String kind : List.of("resolution", "organ dysfunction", "septic shock", "persistent inflammation")) {
            assertTrue(counts.getOrDefault(kind, 0) >= 5, "course '" + kind + "' in " + counts + " of " + courses.size());
        }
        double early = courses.stream().mapToDouble(Course::deathsBeforeDay14).sum();
        double late = courses.stream().mapToDouble(Course::deathsAfterDay14).sum();
        assertTrue(late >= 0.1 * (early + late), "expected deaths after day 14: " + late + " of " + (early + late));
        long failedAdequate = courses.stream().filter(c -> c.resistance() == 0 && c.antibioticsFailed()).count();
        long adequate = courses.stream().filter(c -> c.resistance() == 0).count();
        assertTrue(failedAdequate > 0 && failedAdequate < adequate,
                "adequate antibiotics at recognition failed in " + failedAdequate + " of " + adequate);
    }

    @Test
    void blockingTnfCostsHostDefence() {
        Scenario s = BuiltInScenarios.load("sepsis").withProtocol(ProtocolLibrary.standard().named("sepsis"));
        Map<String, Double> patient = Map.of("inoculum", 4.0, "host_reactivity", 1.5);
        PatientRun untreated = Runs.run(s, patient);
        PatientRun blocked = Treated.run(s.withTreatments(new org.cytostorm.physiology.treat.Treatments(List.of(
                Treated.dosing("anti-tnf", DoseAmount.mgPerKg(5), Route.IV, 0, Treated.drug("anti-tnf").defaultDurationH(), 0,
                        0)), List.of())), patient);
        double before = Runs.max(untreated.column("pathogen"));
        double after = Runs.max(blocked.column("pathogen"));
        assertTrue(after > before, "peak bacterial load with TNF blocked " + after + ", untreated " + before
                + " (TNF-receptor-deficient mice fail to control bacterial infection: Pfeffer et al., Cell 1993;73:457)");
    }

    private static Course classify(PatientRun r, double resistance) {
        double[] t = r.timeH();
        double[] sofa = r.column("sofa");
        double[] shock = r.column("septic_shock");
        double[] survival = r.column("survival");
        double[] pathogen = r.column("pathogen");
        double maxSofa = 0;
        boolean anyShock = false;
        for (int i = 0; i < t.length; i++) {
            maxSofa = Math.max(maxSofa, sofa[i]);
            anyShock |= shock[i] > 0.5;
        }
        boolean persistent = Runs.at(r, "sofa", 14 * 24) >= 2 && Runs.at(r, "CRP", 14 * 24) > 100
                && Runs.at(r, "monocyte_HLA_DR", 7 * 24) < 50;
        String kind = persistent ? "persistent inflammation" : anyShock ? "septic shock"
                : maxSofa >= 2 ? "organ dysfunction" : "resolution";
        double atDay14 = Runs.at(r, "survival", 14 * 24);
        // Failed: the pathogen is not cleared a day after the 7-day course, or grows back by day 28.
        boolean failed = Runs.at(r, "pathogen", 8 * 24) > 1e-2 || pathogen[t.length - 1] > 1e-3;
        return new Course(kind, 1 - atDay14, atDay14 - survival[t.length - 1], failed, resistance);
    }
}
