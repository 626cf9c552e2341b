package org.cytostorm.physiology.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cytostorm.physiology.run.PatientRun;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, acceptance 6: the macrophage activation-like syndrome of sepsis (Kyriazopoulou et al.,
 * BMC Med 2017;15:172): ferritin above 4,420 ng/mL with hepatobiliary dysfunction and
 * disseminated intravascular coagulation, driven by IL-1 and IL-18 (the built-in sepsis-mas-like:
 * a primed inflammasome and a partial NK-cell cytotoxic defect). The same infection without the
 * endotype stays below the cut-off, and so does the endotype without its IL-18 excess.
 */
class MasLikeSepsisTest {

    private static final double FERRITIN_CUTOFF = 4420;

    @Test
    void hyperferritinaemiaWithHepatobiliaryDysfunctionAndDic() {
        PatientRun r = Runs.run("sepsis-mas-like", Map.of());
        double ferritin = Runs.max(r.column("ferritin"));
        double bilirubin = Runs.max(r.column("bilirubin"));
        double dic = Runs.max(r.column("isth_dic_score"));
        assertTrue(ferritin > FERRITIN_CUTOFF, "ferritin " + ferritin + " ng/mL, MALS above 4,420 (Kyriazopoulou 2017)");
        assertTrue(bilirubin >= 2, "bilirubin " + bilirubin + " mg/dL: hepatobiliary dysfunction (SOFA liver 2 or more)");
        assertTrue(dic >= 5, "ISTH DIC score " + dic + ": overt DIC at 5 or more (Taylor et al., Thromb Haemost 2001)");
    }

    @Test
    void theSameInfectionWithoutTheEndotypeOrItsIl18ExcessStaysBelowTheCutOff() {
        double typical = Runs.max(Runs.run("sepsis", Map.of()).column("ferritin"));
        double unprimed = Runs.max(Runs.run("sepsis-mas-like", Map.of("sw_il18_priming", 0.0)).column("ferritin"));
        assertTrue(typical < FERRITIN_CUTOFF, "typical sepsis ferritin " + typical);
        assertTrue(unprimed < FERRITIN_CUTOFF, "the endotype without its IL-18 excess: ferritin " + unprimed);
    }
}
