package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, acceptance 3: the severity range of CAR-T CRS. Severe CRS reaches IL-6 of 10^3-10^4
 * pg/mL and severe-to-mild ratios of IL-6 are 10-100x (Teachey et al., Cancer Discov 2016;6:664;
 * Leisman et al., Lancet Respir Med 2020;8:1233); CRP follows IL-6 without saturating in the
 * clinical range (it can exceed 500 mg/L: Pepys and Hirschfield, J Clin Invest 2003;111:1805).
 * References: the liso-cel built-in (grade 1), the axi-cel built-in, and axi-cel at high tumour
 * burden (150e9 cells, the severe reference).
 */
class SeverityRangeTest {

    private static final PatientRun MILD = Runs.run("car-t-liso-cel", Map.of());
    private static final PatientRun MIDDLE = Runs.run("car-t-axi-cel", Map.of());
    private static final PatientRun SEVERE = Runs.run("car-t-axi-cel", Map.of("tumour0", 150.0));

    @Test
    void severeCrsHasTenTimesTheIl6OfGradeOne() {
        assertTrue(MILD.summary().maxCrsGrade() == 1, "mild reference grade " + MILD.summary().maxCrsGrade());
        assertTrue(SEVERE.summary().maxCrsGrade() >= 3, "severe reference grade " + SEVERE.summary().maxCrsGrade());
        double mild = Runs.max(MILD.column("IL6"));
        double severe = Runs.max(SEVERE.column("IL6"));
        assertTrue(severe >= 10 * mild, "peak IL-6 grade >= 3: " + severe + " pg/mL, grade 1: " + mild
                + " (published severe-to-mild ratios 10-100x)");
        assertTrue(severe >= 1000 && severe <= 10_000, "severe CRS IL-6 " + severe + " pg/mL, published 10^3-10^4");
    }

    @Test
    void crpFollowsIl6AboveThreeHundredWithoutSaturating() {
        double[] il6 = {Runs.max(MILD.column("IL6")), Runs.max(MIDDLE.column("IL6")), Runs.max(SEVERE.column("IL6"))};
        double[] crp = {Runs.max(MILD.column("CRP")), Runs.max(MIDDLE.column("CRP")), Runs.max(SEVERE.column("CRP"))};
        assertTrue(il6[0] < il6[1] && il6[1] < il6[2], "IL-6 peaks in order: " + java.util.Arrays.toString(il6));
        assertTrue(crp[2] > 300, "severe CRS CRP " + crp[2] + " mg/L: CRP goes on rising above 300");
        // Rise of CRP per e-fold of IL-6, below and above: a saturating response would flatten above.
        double below = (crp[1] - crp[0]) / Math.log(il6[1] / il6[0]);
        double above = (crp[2] - crp[1]) / Math.log(il6[2] / il6[1]);
        assertTrue(below > 0 && above >= 0.5 * below, "CRP per e-fold of IL-6: " + below + " mg/L below, " + above
                + " mg/L above " + crp[1] + " mg/L (CRP " + java.util.Arrays.toString(crp) + ")");
    }
}
