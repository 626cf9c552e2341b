package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, acceptance 4: T-cell engagers. Step-up dosing (priming doses before the full dose) is
 * used because it lowers CRS (teclistamab, MajesTEC-1, Cancer 2023;129:2035: any grade 72%, grade 3
 * 0.6%); the storm is driven by the drug and subsides once it is cleared.
 */
class TCellEngagerTest {

    @Test
    void stepUpLowersPeakIl6AndGrade() {
        PatientRun stepUp = Runs.run("tce-step-up", Map.of());
        PatientRun full = Runs.run("tce-full-dose", Map.of());
        double il6Step = Runs.max(stepUp.column("IL6"));
        double il6Full = Runs.max(full.column("IL6"));
        assertTrue(il6Step < il6Full, "peak IL-6 step-up " + il6Step + " vs full first dose " + il6Full);
        assertTrue(stepUp.summary().maxCrsGrade() <= full.summary().maxCrsGrade(),
                "maximum CRS grade step-up " + stepUp.summary().maxCrsGrade() + " vs full " + full.summary().maxCrsGrade());
    }

    @Test
    void crsResolvesWithinThreeDaysOfTheDrugsClearance() {
        double ec50 = Runs.SIM.model().table().find("EC50_tce").orElseThrow().value();
        for (String schedule : new String[] {"tce-step-up", "tce-full-dose"}) {
            PatientRun r = Runs.run(schedule, Map.of());
            double[] t = r.timeH();
            double[] drug = r.column("TCE_conc");
            double[] grade = r.column("crs_grade");
            // Cleared: the last time the concentration falls below a tenth of its half-effect level.
            double cleared = Double.NaN;
            double lastCrs = Double.NaN;
            for (int i = 1; i < t.length; i++) {
                if (drug[i] < 0.1 * ec50 && drug[i - 1] >= 0.1 * ec50) {
                    cleared = t[i];
                }
                if (grade[i] >= 1) {
                    lastCrs = t[i];
                }
            }
            assertTrue(!Double.isNaN(cleared) && !Double.isNaN(lastCrs), schedule + ": no clearance or no CRS");
            assertTrue(lastCrs <= cleared + 72, schedule + ": CRS lasts until " + lastCrs + " h, drug cleared at " + cleared + " h");
        }
    }
}
