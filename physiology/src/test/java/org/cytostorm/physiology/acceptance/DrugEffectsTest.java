package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.DoseAmount;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Route;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, acceptance 4: each drug moves its own mechanism. Treated and untreated runs of the same
 * patient are compared after the first dose: the mechanism's signal (the model's own signalling
 * variable) falls, and so do the readouts it drives.
 */
class DrugEffectsTest {

    /** The CAR-T storm, treated from day 3 (before the IL-6 peak at day 5). */
    private static final double START = 72;
    private static final double CAR_T_DAYS = 10 * 24;

    private static PatientRun carT(Dosing... doses) {
        return Treated.run(Treated.scenario("car-t-axi-cel", CAR_T_DAYS, doses));
    }

    /** Effects are read from the end of a 1-h infusion on. */
    private static final double EFFECT = START + 1;

    private static void lowers(PatientRun untreated, PatientRun treated, String column, double factor) {
        double before = Runs.peakFrom(untreated, column, EFFECT);
        double after = Runs.peakFrom(treated, column, EFFECT);
        assertTrue(after < factor * before, column + ": peak untreated " + before + ", treated " + after
                + " (needs below " + factor + "x)");
    }

    @Test
    void tocilizumabLowersIl6SignallingAndCrpWhileTotalIl6Rises() {
        PatientRun untreated = carT();
        PatientRun treated = carT(Treated.dosing("tocilizumab", DoseAmount.mgPerKg(8), Route.IV, START, 1, 0, 0));
        lowers(untreated, treated, "IL6_signalling", 0.2);
        crpFallsWithinTwoDays(untreated, treated);
        // receptor-mediated clearance is blocked too: the classic rise of plasma IL-6 after tocilizumab
        assertTrue(Runs.peakFrom(treated, "IL6", EFFECT) > Runs.peakFrom(untreated, "IL6", EFFECT), "total IL-6 rises");
    }

    @Test
    void siltuximabLowersIl6Signalling() {
        PatientRun untreated = carT();
        PatientRun treated = carT(Treated.dosing("siltuximab", DoseAmount.mgPerKg(11), Route.IV, START, 1, 0, 0));
        lowers(untreated, treated, "IL6_signalling", 0.2);
        crpFallsWithinTwoDays(untreated, treated);
    }

    /** CRP (half-life 19 h) lags its driver: two days after the dose it is well below the untreated course. */
    private static void crpFallsWithinTwoDays(PatientRun untreated, PatientRun treated) {
        double before = Runs.at(untreated, "CRP", START + 48);
        double after = Runs.at(treated, "CRP", START + 48);
        assertTrue(after < 0.5 * before, "CRP 48 h after the dose: untreated " + before + ", treated " + after);
    }

    @Test
    void anakinraLowersIl1Signalling() {
        PatientRun untreated = carT();
        PatientRun treated = carT(Treated.dosing("anakinra", DoseAmount.mg(100), Route.IV, START, 0, 6, 19));
        lowers(untreated, treated, "IL1_signalling", 0.5);
    }

    @Test
    void emapalumabLowersIfngSignallingAndFerritinInPrimaryHlh() {
        PatientRun untreated = carT();
        PatientRun treated = carT(Treated.dosing("emapalumab", DoseAmount.mgPerKg(1), Route.IV, START, 1, 0, 0));
        lowers(untreated, treated, "IFNG_signalling", 0.2);

        Scenario hlh = Treated.scenario("hlh-primary", 28 * 24);
        Dosing emapalumab = Treated.dosing("emapalumab", DoseAmount.mgPerKg(1), Route.IV, 3 * 24, 1, 3 * 24, 7);
        PatientRun hlhUntreated = Treated.run(hlh);
        PatientRun hlhTreated = Treated.run(Treated.scenario("hlh-primary", 28 * 24, emapalumab));
        double before = Runs.max(hlhUntreated.column("ferritin"));
        double after = Runs.max(hlhTreated.column("ferritin"));
        assertTrue(after < 0.5 * before, "HLH ferritin peak untreated " + before + ", on emapalumab " + after);
    }

    /** The mean of a column over [EFFECT, end]. */
    private static double meanFrom(PatientRun r, String column) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < r.timeH().length; i++) {
            if (r.timeH()[i] >= EFFECT) {
                sum += r.column(column)[i];
                n++;
            }
        }
        return sum / n;
    }

    /**
     * Oral JAK inhibitors block part of the signalling between doses (a partial, fluctuating block),
     * so the exposure to signalling over the treated days is compared, not only the peak.
     */
    @Test
    void jakInhibitorsLowerIfngAndIl6Signalling() {
        PatientRun untreated = carT();
        for (PatientRun treated : List.of(carT(Treated.dosing("ruxolitinib", DoseAmount.mg(10), Route.PO, START, 0, 12, 13)),
                carT(Treated.dosing("baricitinib", DoseAmount.mg(4), Route.PO, START, 0, 24, 6)))) {
            for (String signal : List.of("IFNG_signalling", "IL6_signalling")) {
                double before = meanFrom(untreated, signal);
                double after = meanFrom(treated, signal);
                assertTrue(after < 0.8 * before, signal + " mean untreated " + before + ", treated " + after + " ("
                        + treated.treatments().get(0).what() + ")");
            }
        }
    }

    @Test
    void dexamethasoneLowersEveryMacrophageCytokine() {
        PatientRun untreated = carT();
        PatientRun treated = carT(Treated.dosing("dexamethasone", DoseAmount.mg(10), Route.IV, START, 0, 6, 15));
        for (String cytokine : List.of("TNF", "IL6", "IL1B", "IL18", "GMCSF", "IL10")) {
            lowers(untreated, treated, cytokine, 0.95);
        }
    }

    @Test
    void antiTnfLowersTnfSignallingInSepsis() {
        Scenario sepsis = Treated.scenario("sepsis", 5 * 24);
        PatientRun untreated = Treated.run(sepsis);
        PatientRun treated = Treated.run(Treated.scenario("sepsis", 5 * 24,
                Treated.dosing("anti-tnf", DoseAmount.mgPerKg(10), Route.IV, 0.5, 1, 0, 0)));
        double before = Runs.max(untreated.column("TNF_signalling"));
        double after = Runs.peakFrom(treated, "TNF_signalling", 2);
        assertTrue(after < 0.2 * before, "TNF signalling peak " + before + ", after anti-TNF " + after);
    }

    /** A bacterial load that grows without treatment is cleared by an antibiotic course from 6 h. */
    @Test
    void antibioticsClearAPathogenThatWouldOtherwiseGrow() {
        Map<String, Double> heavy = Map.of("inoculum", 20.0, "care_on", 0.0);
        PatientRun untreated = Treated.run(Treated.scenario("sepsis", 7 * 24), heavy);
        PatientRun treated = Treated.run(Treated.scenario("sepsis", 7 * 24,
                Treated.dosing("antibiotics", DoseAmount.NONE, Route.COURSE, 6, 7 * 24, 0, 0)), heavy);
        double p0 = untreated.column("pathogen")[0];
        assertTrue(Runs.at(untreated, "pathogen", 72) > p0, "untreated, the load grows: " + Runs.at(untreated, "pathogen", 72));
        assertTrue(Runs.at(treated, "pathogen", 7 * 24) < 1e-3 * p0, "treated, cleared: " + Runs.at(treated, "pathogen", 7 * 24));
    }
}
