package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, acceptance 2: under standard care, built-in scenarios reach the organ support and
 * failure that trials count. The thresholds are the published definitions: Berlin ARDS (JAMA
 * 2012;307:2526), Sepsis-3 septic shock (JAMA 2016;315:801: vasopressor with lactate above 2
 * mmol/L; here norepinephrine above 0.1 ug/kg/min), KDIGO stage 3 with renal replacement therapy
 * (Kidney Int Suppl 2012;2:1) and the ISTH overt-DIC score of 5 or more (Thromb Haemost
 * 2001;86:1327).
 */
class OrganFailureReachableTest {

    @Test
    void severeViralPneumoniaNeedsInvasiveVentilationWithModerateOrSevereArds() {
        PatientRun r = Runs.run("influenza-severe", Map.of());
        double[] o2 = r.column("o2_support_level");
        double[] berlin = r.column("berlin_severity");
        assertTrue(atOneTime(o2, 3.5, berlin, 2), "influenza-severe: invasive ventilation (level 4) with Berlin moderate or severe ARDS at the same"
                + " time; highest support " + Runs.max(o2) + ", worst Berlin " + Runs.max(berlin));
    }

    @Test
    void septicShockReachesShockKidneyFailureWithDialysisAndOvertDic() {
        PatientRun r = Runs.run("septic-shock", Map.of());
        double[] ne = r.column("norepinephrine");
        double[] lactate = r.column("lactate");
        assertTrue(atOneTime(ne, Math.nextUp(0.1), lactate, Math.nextUp(2.0)), "Sepsis-3 septic shock: norepinephrine > 0.1 ug/kg/min with lactate > 2 mmol/L; max norepinephrine "
                + Runs.max(ne) + ", max lactate " + Runs.max(lactate));
        double[] kdigo = r.column("kdigo_stage");
        double[] dialysis = r.column("dialysis");
        assertTrue(atOneTime(kdigo, 3, dialysis, Math.nextUp(0.5)), "KDIGO 3 with dialysis; worst stage " + Runs.max(kdigo) + ", dialysis " + Runs.max(dialysis));
        double isth = Runs.max(r.column("isth_dic_score"));
        assertTrue(isth >= 5, "ISTH overt DIC (score >= 5); worst score " + isth);
    }

    /** Whether at some output time {@code a} is at least {@code aLevel} and {@code b} at least {@code bLevel}. */
    private static boolean atOneTime(double[] a, double aLevel, double[] b, double bLevel) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= aLevel && b[i] >= bLevel) {
                return true;
            }
        }
        return false;
    }
}
