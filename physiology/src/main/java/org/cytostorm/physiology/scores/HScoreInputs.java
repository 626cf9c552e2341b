package org.cytostorm.physiology.scores;

/**
 * Inputs of the HScore for reactive hemophagocytic syndrome (Fardet L et al., Arthritis Rheumatol
 * 2014;66:2613, doi:10.1002/art.38690).
 *
 * <p>Hemophagocytosis on marrow aspirate and organomegaly are not model outputs: in the simulator
 * they are proxies or absent ({@code false}, {@link Organomegaly#NONE}); the laboratory values
 * are model proxies.
 *
 * @param immunosuppressed known underlying immunosuppression (HIV or long-term immunosuppressive
 *     therapy)
 * @param temperatureC temperature, °C
 * @param organomegaly hepatomegaly and/or splenomegaly
 * @param hemoglobinGdl hemoglobin, g/dL
 * @param wbcGigaPerL leukocytes, ×10⁹/L
 * @param plateletsGigaPerL platelets, ×10⁹/L
 * @param ferritinNgMl ferritin, ng/mL
 * @param triglyceridesMmolL triglycerides, mmol/L
 * @param fibrinogenGL fibrinogen, g/L
 * @param astIuL aspartate aminotransferase, IU/L
 * @param hemophagocytosis hemophagocytosis on bone marrow aspirate
 */
public record HScoreInputs(boolean immunosuppressed, double temperatureC,
        Organomegaly organomegaly, double hemoglobinGdl, double wbcGigaPerL,
        double plateletsGigaPerL, double ferritinNgMl, double triglyceridesMmolL,
        double fibrinogenGL, double astIuL, boolean hemophagocytosis) {

    /** @throws IllegalArgumentException if an input is missing, NaN, infinite or negative */
    public HScoreInputs {
        Checks.positive("temperatureC", temperatureC);
        Checks.notNull("organomegaly", organomegaly);
        Checks.nonNegative("hemoglobinGdl", hemoglobinGdl);
        Checks.nonNegative("wbcGigaPerL", wbcGigaPerL);
        Checks.nonNegative("plateletsGigaPerL", plateletsGigaPerL);
        Checks.nonNegative("ferritinNgMl", ferritinNgMl);
        Checks.nonNegative("triglyceridesMmolL", triglyceridesMmolL);
        Checks.nonNegative("fibrinogenGL", fibrinogenGL);
        Checks.nonNegative("astIuL", astIuL);
    }
}
