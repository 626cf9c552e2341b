package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, acceptance 2: CAR-T courses. Expansion and IL-6 rise with dose and tumour burden (Hay et
 * al., Blood 2017;130:2295; Park et al., NEJM 2018;378:449); the products' CRS onsets come in the
 * order of their pivotal trials, each within a day of the published median, and last 4-8 days
 * (calibration-targets.md: ZUMA-1, JULIET, TRANSCEND, KarMMa, CARTITUDE-1); monocytes and
 * macrophages make most of the IL-6 (Giavridis et al., Nat Med 2018;24:731; Norelli et al., Nat
 * Med 2018;24:739); tumour response is not universal (ZUMA-1: ORR 82%, CR 54%).
 */
class CarTCoursesTest {

    private static final PatientSimulator SIM = PatientSimulator.standard()
            .withExtraOutputs(List.of("il6_myeloid", "il6_lymphoid", "il6_endothelial"));

    /** Product, published median CRS onset (days). */
    private static final List<Map.Entry<String, Double>> ONSETS = List.of(
            Map.entry("ide-cel", 1.0), Map.entry("axi-cel", 2.0), Map.entry("tisa-cel", 3.0),
            Map.entry("liso-cel", 5.0), Map.entry("cilta-cel", 7.0));

    private static PatientRun run(String builtIn, Map<String, Double> overrides) {
        return SIM.run(BuiltInScenarios.load(builtIn), overrides);
    }

    @Test
    void expansionAndIl6RiseWithDose() {
        assertRising("cart_dose", new double[] {0.5, 1, 2, 4}, "Hay 2017: expansion and CRS rise with dose");
    }

    @Test
    void expansionAndIl6RiseWithBurden() {
        assertRising("tumour0", new double[] {5, 30, 150}, "Park 2018: CRS rises with disease burden");
    }

    /** Peak CAR-T expansion and peak IL-6 of the axi-cel patient rise strictly along the values. */
    private static void assertRising(String parameter, double[] values, String published) {
        double lastCar = 0;
        double lastIl6 = 0;
        for (double v : values) {
            PatientRun r = run("car-t-axi-cel", Map.of(parameter, v));
            double car = Runs.max(r.column("CAR_T"));
            double il6 = Runs.max(r.column("IL6"));
            assertTrue(car > lastCar && il6 > lastIl6, parameter + " " + v + ": peak CAR-T " + car + " after " + lastCar
                    + ", peak IL-6 " + il6 + " after " + lastIl6 + " (" + published + ")");
            lastCar = car;
            lastIl6 = il6;
        }
    }

    @Test
    void onsetsInThePublishedOrderWithinADayAndDurationsOf4To8Days() {
        double previous = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> product : ONSETS) {
            PatientRun r = run("car-t-" + product.getKey(), Map.of());
            double[] span = crsSpan(r);
            double onsetDays = span[0] / 24;
            double durationDays = (span[1] - span[0]) / 24;
            assertTrue(onsetDays > previous, product.getKey() + " onset day " + onsetDays + " not after the previous product's "
                    + previous + " (published order ide-cel 1 < axi-cel 2 < tisa-cel 3 < liso-cel 5 < cilta-cel 7)");
            assertTrue(Math.abs(onsetDays - product.getValue()) <= 1.0,
                    product.getKey() + " onset day " + onsetDays + ", published median day " + product.getValue());
            assertTrue(durationDays >= 4 && durationDays <= 8,
                    product.getKey() + " CRS lasts " + durationDays + " days, published medians 4-8 days");
            previous = onsetDays;
        }
    }

    @Test
    void myeloidCellsMakeMostOfTheIl6AtItsPeak() {
        for (Map.Entry<String, Double> product : ONSETS) {
            PatientRun r = run("car-t-" + product.getKey(), Map.of());
            double[] il6 = r.column("IL6");
            int peak = 0;
            for (int i = 1; i < il6.length; i++) {
                if (il6[i] > il6[peak]) {
                    peak = i;
                }
            }
            double myeloid = r.column("il6_myeloid")[peak];
            double all = myeloid + r.column("il6_lymphoid")[peak] + r.column("il6_endothelial")[peak];
            assertTrue(myeloid > 0.5 * all, product.getKey() + ": myeloid share of IL-6 production at the peak "
                    + myeloid / all + " (Giavridis 2018, Norelli 2018: monocytes and macrophages are the main source)");
        }
    }

    @Test
    void tumourResponseIsNotUniversalAcrossBurdens() {
        int responders = 0;
        int nonResponders = 0;
        StringBuilder seen = new StringBuilder();
        for (double burden : new double[] {5, 30, 150, 500}) {
            PatientRun r = run("car-t-axi-cel", Map.of("tumour0", burden));
            double[] tumour = r.column("tumour");
            double left = tumour[tumour.length - 1] / burden;
            seen.append(burden).append(": ").append(left).append("; ");
            if (left < 1e-3) {
                responders++;
            } else {
                nonResponders++;
            }
        }
        assertTrue(responders > 0 && nonResponders > 0,
                "tumour left at day 28 by burden " + seen + " (ZUMA-1: complete response 54%, not universal)");
    }

    /** First and last hour with CRS grade 1 or more. */
    private static double[] crsSpan(PatientRun r) {
        double[] grade = r.column("crs_grade");
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < grade.length; i++) {
            if (grade[i] >= 1) {
                if (Double.isNaN(first)) {
                    first = r.timeH()[i];
                }
                last = r.timeH()[i];
            }
        }
        return new double[] {first, last};
    }
}
