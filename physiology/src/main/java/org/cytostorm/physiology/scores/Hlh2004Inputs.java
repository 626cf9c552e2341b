package org.cytostorm.physiology.scores;

/**
 * Inputs of the HLH-2004 diagnostic criteria (Henter JI et al., HLH-2004: Diagnostic and
 * therapeutic guidelines for hemophagocytic lymphohistiocytosis, Pediatr Blood Cancer 2007;48:124,
 * doi:10.1002/pbc.21039).
 *
 * <p>Molecular diagnosis, hemophagocytosis and NK-cell activity are not model outputs: in the
 * simulator they are proxies or absent; splenomegaly, sCD25 and the laboratory values are model
 * proxies.
 *
 * @param molecularDiagnosis molecular diagnosis consistent with HLH (PRF1, UNC13D, STX11, STXBP2,
 *     RAB27A, SH2D1A, XIAP…)
 * @param temperatureC temperature, °C
 * @param splenomegaly splenomegaly
 * @param hemoglobinGdl hemoglobin, g/dL
 * @param plateletsGigaPerL platelets, ×10⁹/L
 * @param ancGigaPerL absolute neutrophil count, ×10⁹/L
 * @param triglyceridesMgDl fasting triglycerides, mg/dL
 * @param fibrinogenMgDl fibrinogen, mg/dL
 * @param hemophagocytosis hemophagocytosis in bone marrow, spleen or lymph nodes
 * @param lowNkActivity low or absent NK-cell activity
 * @param ferritinNgMl ferritin, ng/mL
 * @param sCd25UPerMl soluble CD25 (soluble IL-2 receptor), U/mL
 */
public record Hlh2004Inputs(boolean molecularDiagnosis, double temperatureC, boolean splenomegaly,
        double hemoglobinGdl, double plateletsGigaPerL, double ancGigaPerL,
        double triglyceridesMgDl, double fibrinogenMgDl, boolean hemophagocytosis,
        boolean lowNkActivity, double ferritinNgMl, double sCd25UPerMl) {

    /** @throws IllegalArgumentException if an input is NaN, infinite or negative */
    public Hlh2004Inputs {
        Checks.positive("temperatureC", temperatureC);
        Checks.nonNegative("hemoglobinGdl", hemoglobinGdl);
        Checks.nonNegative("plateletsGigaPerL", plateletsGigaPerL);
        Checks.nonNegative("ancGigaPerL", ancGigaPerL);
        Checks.nonNegative("triglyceridesMgDl", triglyceridesMgDl);
        Checks.nonNegative("fibrinogenMgDl", fibrinogenMgDl);
        Checks.nonNegative("ferritinNgMl", ferritinNgMl);
        Checks.nonNegative("sCd25UPerMl", sCd25UPerMl);
    }
}
