package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, acceptance 3 (last part): the IEC-HS course after CAR-T. Immune-effector-cell-associated
 * HLH-like syndrome affects 1-4% of CAR-T patients, later than CRS (median day 8-11), with IFN-g and
 * ferritin staying high or rising after IL-6 has fallen (Hines et al., Transplant Cell Ther
 * 2023;29:438, the ASTCT consensus; Lichtenstein et al., Blood 2021;138:2469); low cytotoxic
 * function (HLH-gene variants) is among its risk factors, and perforin-deficient CAR-T cells give a
 * late HLH-like toxicity in mice (Ishii et al., Blood 2022). A ferritin above 10,000 ng/mL is 90%
 * sensitive and 96% specific for HLH (Allen et al., Pediatr Blood Cancer 2008;50:1227), so every
 * other CAR-T reference stays below it.
 *
 * <p>The designated high-risk reference patient is the axi-cel built-in (catalogue dose, medium
 * tumour burden) with perforin function at 10% of normal: a patient-level cytotoxic defect, as in
 * carriers of biallelic hypomorphic perforin variants. It is untreated (no protocol), so that the
 * course is the model's natural history.
 */
class IecHsTest {

    /** Perforin function of the designated high-risk patient (1 normal). */
    private static final double PERFORIN_HIGH_RISK = 0.1;

    private static final double FERRITIN_HLH = 10_000;

    private static final double IFNG_BASELINE = 2.0;

    private static final Map<String, Double> HIGH_RISK = Map.of("perforin", PERFORIN_HIGH_RISK);

    @Test
    void iecHsFollowsCrsInTheHighRiskPatient() {
        PatientRun r = Runs.run("car-t-axi-cel", HIGH_RISK);
        double[] span = crsOnsetAndResolution(r);
        double firstAbove = Runs.firstAtLeast(r, "ferritin", FERRITIN_HLH);
        assertTrue(firstAbove - span[0] >= 120, "ferritin first above 10,000 ng/mL at hour " + firstAbove
                + ", CRS onset at hour " + span[0] + ": IEC-HS starts later than CRS (median day 8-11, Hines 2023)");
        double[] t = r.timeH();
        double[] ferritin = r.column("ferritin");
        double[] ifng = r.column("IFNG");
        boolean found = false;
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < t.length && !found; i++) {
            if (t[i] >= span[1]) {
                found = ferritin[i] > FERRITIN_HLH && ifng[i] > IFNG_BASELINE;
                if (i % 24 == 0) {
                    seen.append(String.format(java.util.Locale.ROOT, "h%.0f ferritin %.0f IFN-g %.1f; ", t[i], ferritin[i], ifng[i]));
                }
            }
        }
        assertTrue(found, "after the CRS resolved at hour " + span[1] + " no time with ferritin above 10,000 ng/mL"
                + " and IFN-g above its baseline of 2 pg/mL (" + seen + "); IEC-HS: ferritin and IFN-g persist"
                + " after CRS (Hines 2023; Lichtenstein 2021)");
    }

    @Test
    void noOtherCarTReferenceReachesHlhFerritin() {
        List<Map.Entry<String, Map<String, Double>>> references = List.of(
                Map.entry("car-t-axi-cel", Map.of()), Map.entry("car-t-tisa-cel", Map.of()),
                Map.entry("car-t-liso-cel", Map.of()), Map.entry("car-t-ide-cel", Map.of()),
                Map.entry("car-t-cilta-cel", Map.of()), Map.entry("car-t-axi-cel", Map.of("tumour0", 150.0)));
        for (Map.Entry<String, Map<String, Double>> ref : references) {
            double peak = Runs.max(Runs.run(ref.getKey(), ref.getValue()).column("ferritin"));
            assertTrue(peak < FERRITIN_HLH, ref.getKey() + " " + ref.getValue() + ": ferritin peaks at " + peak
                    + " ng/mL; above 10,000 ng/mL is HLH (Allen 2008), and IEC-HS affects only 1-4% of CAR-T"
                    + " patients (Hines 2023)");
        }
    }

    @Test
    void withoutTheHaemophagocyticProgrammeNoIecHs() {
        PatientRun r = Runs.run("car-t-axi-cel", Map.of("perforin", PERFORIN_HIGH_RISK, "sw_hemophagocytic", 0.0));
        double peak = Runs.max(r.column("ferritin"));
        assertTrue(peak < FERRITIN_HLH, "with sw_hemophagocytic off the high-risk patient's ferritin peaks at " + peak
                + " ng/mL: the IEC-HS course comes from the IFN-g-activated macrophages");
    }

    /** CRS onset (first hour with grade 1 or more) and resolution (first hour back at grade 0 after it). */
    private static double[] crsOnsetAndResolution(PatientRun r) {
        double[] t = r.timeH();
        double[] grade = r.column("crs_grade");
        int i = 0;
        while (i < t.length && grade[i] < 1) {
            i++;
        }
        assertTrue(i < t.length, "the high-risk patient has CRS");
        double onset = t[i];
        while (i < t.length && grade[i] >= 1) {
            i++;
        }
        assertTrue(i < t.length, "the CRS resolves");
        return new double[] {onset, t[i]};
    }
}
