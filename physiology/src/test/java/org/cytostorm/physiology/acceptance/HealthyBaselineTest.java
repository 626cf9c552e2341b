package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1: the healthy patient sits inside every baseline range of calibration-targets.md
 * (healthy-baseline table) at every hour of 28 days with no trigger.
 */
class HealthyBaselineTest {

    /** column, lower bound, upper bound: the published ranges, not the model's values. */
    private static final Object[][] RANGES = {
        {"IL6", 0.0, 7.0},            // about 5, upper normal about 7 (Said 2021)
        {"TNF", 2.0, 4.0},            // 2-4 pg/mL
        {"IL10", 3.0, 6.0},           // 3-6 pg/mL
        {"IFNG", 0.0, 5.0},           // below assay limits
        {"IL1B", 0.0, 5.0},           // below assay limits
        {"sIL6R", 50.0, 100.0},       // about 75 ng/mL
        {"CRP", 0.0, 5.0},            // < 5 mg/L
        {"ferritin", 30.0, 300.0},    // 30-300 ng/mL
        {"temperature", 36.5, 37.3},  // MedlinePlus
        {"HR", 60.0, 100.0},
        {"MAP", 70.0, 100.0},
        {"SpO2", 95.0, 100.0},        // >= 95% on room air
        {"PF_ratio", 400.0, 500.0},
        {"creatinine", 0.7, 1.2},
        {"platelets", 150.0, 400.0},
        {"bilirubin", 0.0, 1.2},
        {"fibrinogen", 2.0, 4.0},
    };

    @Test
    void everyBaselineInRangeForTwentyEightDays() {
        PatientRun r = Runs.run("healthy", Map.of());
        assertTrue(r.timeH()[r.timeH().length - 1] >= 7 * 24);
        PatientRun month = Runs.run(r.scenario().withDuration(672), Map.of());
        for (Object[] row : RANGES) {
            String c = (String) row[0];
            double lo = (Double) row[1];
            double hi = (Double) row[2];
            double[] v = month.column(c);
            for (int i = 0; i < v.length; i++) {
                double x = v[i];
                double t = month.timeH()[i];
                assertTrue(x >= lo && x <= hi, () -> c + " = " + x + " at " + t + " h, outside [" + lo + ", " + hi + "]");
            }
        }
        assertTrue(Runs.max(month.column("crs_grade")) == 0 && Runs.max(month.column("sofa")) == 0);
        assertTrue(month.summary().survivalDay28() > 0.999, "survival " + month.summary().survivalDay28());
    }
}
