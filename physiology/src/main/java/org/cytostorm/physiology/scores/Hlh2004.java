package org.cytostorm.physiology.scores;

/**
 * The HLH-2004 diagnostic criteria (Henter JI et al., Pediatr Blood Cancer 2007;48:124,
 * doi:10.1002/pbc.21039).
 *
 * <p>Diagnosis needs a molecular diagnosis, or at least 5 of these 8 criteria:
 * <ol>
 * <li>fever ≥38.5 °C;
 * <li>splenomegaly;
 * <li>cytopenia in ≥2 lineages (Hb &lt;9 g/dL, platelets &lt;100×10⁹/L, ANC &lt;1×10⁹/L);
 * <li>fasting triglycerides ≥265 mg/dL and/or fibrinogen ≤150 mg/dL;
 * <li>hemophagocytosis;
 * <li>low or absent NK-cell activity;
 * <li>ferritin ≥500 ng/mL;
 * <li>sCD25 ≥2400 U/mL.
 * </ol>
 * The infant hemoglobin limit (&lt;10 g/dL under 4 weeks) is not applied.
 */
public final class Hlh2004 {

    /** Number of clinical and laboratory criteria. */
    public static final int CRITERIA = 8;
    /** Criteria needed without a molecular diagnosis. */
    public static final int NEEDED = 5;

    private Hlh2004() {
    }

    /** Counts the criteria met and decides the diagnosis. */
    public static Hlh2004Result evaluate(Hlh2004Inputs in) {
        Checks.notNull("inputs", in);
        int met = 0;
        met += in.temperatureC() >= 38.5 ? 1 : 0;
        met += in.splenomegaly() ? 1 : 0;
        met += cytopenicLineages(in.hemoglobinGdl(), in.plateletsGigaPerL(), in.ancGigaPerL()) >= 2
                ? 1 : 0;
        met += in.triglyceridesMgDl() >= 265 || in.fibrinogenMgDl() <= 150 ? 1 : 0;
        met += in.hemophagocytosis() ? 1 : 0;
        met += in.lowNkActivity() ? 1 : 0;
        met += in.ferritinNgMl() >= 500 ? 1 : 0;
        met += in.sCd25UPerMl() >= 2400 ? 1 : 0;
        return new Hlh2004Result(met, in.molecularDiagnosis() || met >= NEEDED);
    }

    /** Number of cytopenic lineages: Hb &lt;9 g/dL, platelets &lt;100×10⁹/L, ANC &lt;1×10⁹/L. */
    public static int cytopenicLineages(double hemoglobinGdl, double plateletsGigaPerL,
            double ancGigaPerL) {
        Checks.nonNegative("hemoglobinGdl", hemoglobinGdl);
        Checks.nonNegative("plateletsGigaPerL", plateletsGigaPerL);
        Checks.nonNegative("ancGigaPerL", ancGigaPerL);
        return (hemoglobinGdl < 9 ? 1 : 0) + (plateletsGigaPerL < 100 ? 1 : 0)
                + (ancGigaPerL < 1 ? 1 : 0);
    }
}
