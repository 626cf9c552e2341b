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
        boolean found = false;
        for (int i = 0; i < o2.length && !found; i++) {
            found = o2[i] >= 3.5 && berlin[i] >= 2;
        }
        assertTrue(found, "influenza-severe: invasive ventilation (level 4) with Berlin moderate or severe ARDS at the same"
                + " time; highest support " + Runs.max(o2) + ", worst Berlin " + Runs.max(berlin));
    }

    @Test
    void septicShockReachesShockKidneyFailureWithDialysisAndOvertDic() {
        PatientRun r = Runs.run("septic-shock", Map.of());
        double[] ne = r.column("norepinephrine");
        double[] lactate = r.column("lactate");
        boolean shock = false;
        for (int i = 0; i < ne.length && !shock; i++) {
            shock = ne[i] > 0.1 && lactate[i] > 2;
        }
        assertTrue(shock, "Sepsis-3 septic shock: norepinephrine > 0.1 ug/kg/min with lactate > 2 mmol/L; max norepinephrine "
                + Runs.max(ne) + ", max lactate " + Runs.max(lactate));
        double[] kdigo = r.column("kdigo_stage");
        double[] dialysis = r.column("dialysis");
        boolean aki3 = false;
        for (int i = 0; i < kdigo.length && !aki3; i++) {
            aki3 = kdigo[i] >= 3 && dialysis[i] > 0.5;
        }
        assertTrue(aki3, "KDIGO 3 with dialysis; worst stage " + Runs.max(kdigo) + ", dialysis " + Runs.max(dialysis));
        double isth = Runs.max(r.column("isth_dic_score"));
        assertTrue(isth >= 5, "ISTH overt DIC (score >= 5); worst score " + isth);
    }
}
