package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 4: the two regimes of the sepsis trigger and the threshold between them, the three
 * outcomes of Reynolds 2006 (health, persistent inflammation after clearance, uncontrolled
 * infection), and the effect of the inflammatory-cell-death feedback on the threshold. Supportive
 * care is off so that the immune dynamics alone decide.
 */
class SepsisRegimesTest {

    private static final double DAY14 = 14 * 24;

    private static PatientRun sepsis(double inoculum, Map<String, Double> more) {
        Scenario s = BuiltInScenarios.load("sepsis").withDuration(DAY14);
        Map<String, Double> set = new LinkedHashMap<>(more);
        set.put("inoculum", inoculum);
        set.put("care_on", 0.0);
        return Runs.run(s, set);
    }

    /** A storm: IL-6 still above 100 pg/mL (20x baseline) at day 14. */
    private static boolean storm(double inoculum, Map<String, Double> more) {
        return Runs.at(sepsis(inoculum, more), "IL6", DAY14) > 100;
    }

    /** The inoculum threshold by bisection to 0.1%; storm above, resolution below. */
    private static double threshold(Map<String, Double> more) {
        double lo = 0.1;
        double hi = 20;
        assertTrue(!storm(lo, more) && storm(hi, more), "no transition in [0.1, 20]");
        while (hi / lo > 1.001) {
            double mid = Math.sqrt(lo * hi);
            if (storm(mid, more)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }

    @Test
    void sharpThresholdBetweenResolutionAndStorm() {
        double th = threshold(Map.of());
        for (double f : new double[] {0.2, 0.5, 0.9}) {
            PatientRun below = sepsis(f * th, Map.of());
            assertTrue(Runs.at(below, "IL6", DAY14) < 2 * 5.0, f + "x threshold: IL-6 " + Runs.at(below, "IL6", DAY14));
        }
        for (double f : new double[] {1.1, 2, 5}) {
            PatientRun above = sepsis(f * th, Map.of());
            assertTrue(Runs.at(above, "IL6", DAY14) > 300, f + "x threshold: IL-6 " + Runs.at(above, "IL6", DAY14));
        }
    }

    @Test
    void threeOutcomes() {
        PatientRun health = sepsis(1, Map.of());
        assertTrue(Runs.at(health, "pathogen", DAY14) < 1e-6 && Runs.at(health, "IL6", DAY14) < 6, "health");

        PatientRun uncontrolled = sepsis(4, Map.of());
        assertTrue(Runs.at(uncontrolled, "pathogen", DAY14) > 10, "uncontrolled infection: pathogen "
                + Runs.at(uncontrolled, "pathogen", DAY14));

        // a patient whose tissue damage feeds back strongly (low DAMP threshold, more collateral damage)
        PatientRun persistent = sepsis(2, Map.of("K_damp", 0.5, "k_collateral", 0.05));
        assertTrue(Runs.at(persistent, "pathogen", DAY14) < 1e-6, "pathogen cleared");
        assertTrue(Runs.at(persistent, "IL6", DAY14) > 100 && Runs.at(persistent, "macrophages_activated", DAY14) > 0.1,
                "inflammation persists: IL-6 " + Runs.at(persistent, "IL6", DAY14));
    }

    @Test
    void cellDeathFeedbackMovesTheThreshold() {
        double on = threshold(Map.of());
        double off = threshold(Map.of("sw_celldeath", 0.0));
        assertTrue(Math.abs(off / on - 1) > 0.02, "threshold with cell death " + on + ", without " + off);
    }
}
