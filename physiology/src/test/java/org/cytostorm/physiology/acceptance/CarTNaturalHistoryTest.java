package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 6: the natural history of CAR-T CRS (calibration-targets.md, CAR-T section): IL-6 and
 * fever peak in the first week, before peak CAR-T expansion; fever comes before hypotension;
 * higher dose and tumour burden give higher peaks and grades (Hay 2017, Park 2018); the CD28
 * product (axi-cel, median onset day 2) starts earlier than the 4-1BB liso-cel (about day 5).
 */
class CarTNaturalHistoryTest {

    private static final double WEEK = 168;

    @Test
    void il6AndFeverInTheFirstWeekBeforePeakExpansion() {
        PatientRun r = Runs.run("car-t-axi-cel", Map.of());
        double il6Peak = Runs.argmax(r, "IL6");
        double feverPeak = Runs.argmax(r, "temperature");
        double carPeak = Runs.argmax(r, "CAR_T");
        assertTrue(il6Peak <= WEEK && Runs.firstAtLeast(r, "temperature", 38) <= WEEK,
                "IL-6 peak at " + il6Peak + " h");
        assertTrue(feverPeak <= WEEK + 24, "fever peak at " + feverPeak + " h");
        assertTrue(il6Peak < carPeak, "IL-6 peak " + il6Peak + " h not before CAR-T peak " + carPeak + " h");
    }

    @Test
    void feverBeforeHypotension() {
        // the severe reference (axi-cel at high tumour burden): the built-in never becomes hypotensive
        PatientRun r = Runs.run("car-t-axi-cel", Map.of("tumour0", 150.0));
        double fever = Runs.firstAtLeast(r, "temperature", 38.0);
        double hypotension = Math.min(Runs.firstAtLeast(r, "fluids_given", 0.01),
                Math.min(Runs.firstAtLeast(r, "norepinephrine", 1e-3), firstBelow(r, "MAP", 65)));
        assertTrue(Double.isFinite(hypotension), "the severe reference becomes hypotensive");
        assertTrue(fever < hypotension, "fever at " + fever + " h, hypotension at " + hypotension + " h");
    }

    @Test
    void higherDoseAndBurdenGiveHigherPeaksAndGrades() {
        PatientRun base = Runs.run("car-t-axi-cel", Map.of("tumour0", 30.0));
        PatientRun moreBurden = Runs.run("car-t-axi-cel", Map.of("tumour0", 150.0));
        PatientRun moreDose = Runs.run("car-t-axi-cel", Map.of("tumour0", 30.0, "cart_dose", 4.0));
        double il6 = Runs.max(base.column("IL6"));
        assertTrue(Runs.max(moreBurden.column("IL6")) > il6, "burden");
        assertTrue(Runs.max(moreDose.column("IL6")) > il6, "dose");
        assertTrue(moreBurden.summary().maxCrsGrade() >= base.summary().maxCrsGrade(), "burden grade");
        assertTrue(moreDose.summary().maxCrsGrade() >= base.summary().maxCrsGrade(), "dose grade");
        PatientRun low = Runs.run("car-t-axi-cel", Map.of("tumour0", 5.0));
        assertTrue(low.summary().maxCrsGrade() < moreBurden.summary().maxCrsGrade(), "low burden grades lower");
    }

    @Test
    void cd28ProductStartsEarlierThan41bb() {
        double axi = Runs.run("car-t-axi-cel", Map.of("tumour0", 30.0)).summary().extra().get("crs_onset_h");
        double liso = Runs.run("car-t-liso-cel", Map.of("tumour0", 30.0)).summary().extra().get("crs_onset_h");
        assertTrue(axi < liso, "onset axi-cel " + axi + " h, liso-cel " + liso + " h");
        assertTrue(axi >= 12 && axi <= 72, "axi-cel onset near day 2 (day 1-3): " + axi + " h");
        assertTrue(liso >= 72 && liso <= 192, "liso-cel onset near day 5 (day 3-8): " + liso + " h");
    }

    private static double firstBelow(PatientRun r, String column, double level) {
        double[] v = r.column(column);
        for (int i = 0; i < v.length; i++) {
            if (v[i] < level) {
                return r.timeH()[i];
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
