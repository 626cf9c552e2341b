package org.cytostorm.physiology.scores;

/**
 * The HScore for reactive hemophagocytic syndrome (Fardet L et al., Development and validation of
 * the HScore, a score for the diagnosis of reactive hemophagocytic syndrome, Arthritis Rheumatol
 * 2014;66:2613, doi:10.1002/art.38690).
 *
 * <table>
 * <caption>HScore points</caption>
 * <tr><th>Variable</th><th>Points</th></tr>
 * <tr><td>Known immunosuppression</td><td>0 / 18</td></tr>
 * <tr><td>Temperature &lt;38.4 / 38.4–39.4 / &gt;39.4 °C</td><td>0 / 33 / 49</td></tr>
 * <tr><td>Organomegaly none / liver or spleen / both</td><td>0 / 23 / 38</td></tr>
 * <tr><td>Cytopenias (Hb ≤9.2 g/dL, WBC ≤5×10⁹/L, platelets ≤110×10⁹/L): 1 / 2 / 3 lineages</td><td>0 / 24 / 34</td></tr>
 * <tr><td>Ferritin &lt;2000 / 2000–6000 / &gt;6000 ng/mL</td><td>0 / 35 / 50</td></tr>
 * <tr><td>Triglycerides &lt;1.5 / 1.5–4 / &gt;4 mmol/L</td><td>0 / 44 / 64</td></tr>
 * <tr><td>Fibrinogen &gt;2.5 / ≤2.5 g/L</td><td>0 / 30</td></tr>
 * <tr><td>AST &lt;30 / ≥30 IU/L</td><td>0 / 19</td></tr>
 * <tr><td>Hemophagocytosis on marrow aspirate</td><td>0 / 35</td></tr>
 * </table>
 *
 * <p>Range limits are inclusive as printed: 38.4 and 39.4 °C both score 33, 2000 and 6000 ng/mL
 * both score 35, 1.5 and 4 mmol/L both score 44. No cytopenia scores like one lineage (0). The
 * best cut-off is 169 (sensitivity 93%, specificity 86%).
 */
public final class HScore {

    /** Best cut-off of the derivation study. */
    public static final int CUTOFF = 169;
    /** Highest possible score. */
    public static final int MAX = 337;

    /** Published probability anchors: score and probability of HLH. */
    private static final double[] ANCHOR_SCORE = {90, 170, 200, 250};
    private static final double[] ANCHOR_PROBABILITY = {0.01, 0.54, 0.88, 0.99};

    private HScore() {
    }

    /** The HScore, 0..337. */
    public static int points(HScoreInputs in) {
        Checks.notNull("inputs", in);
        return (in.immunosuppressed() ? 18 : 0)
                + temperaturePoints(in.temperatureC())
                + organomegalyPoints(in.organomegaly())
                + cytopeniaPoints(cytopenicLineages(in.hemoglobinGdl(), in.wbcGigaPerL(),
                        in.plateletsGigaPerL()))
                + ferritinPoints(in.ferritinNgMl())
                + triglyceridePoints(in.triglyceridesMmolL())
                + fibrinogenPoints(in.fibrinogenGL())
                + astPoints(in.astIuL())
                + (in.hemophagocytosis() ? 35 : 0);
    }

    /** Temperature: &lt;38.4 → 0, 38.4–39.4 (inclusive) → 33, &gt;39.4 → 49. */
    public static int temperaturePoints(double temperatureC) {
        Checks.positive("temperatureC", temperatureC);
        if (temperatureC > 39.4) {
            return 49;
        }
        return temperatureC >= 38.4 ? 33 : 0;
    }

    /** Organomegaly: none 0, liver or spleen 23, both 38. */
    public static int organomegalyPoints(Organomegaly organomegaly) {
        switch (Checks.notNull("organomegaly", organomegaly)) {
            case LIVER_OR_SPLEEN:
                return 23;
            case BOTH:
                return 38;
            default:
                return 0;
        }
    }

    /** Number of cytopenic lineages: Hb ≤9.2 g/dL, WBC ≤5×10⁹/L, platelets ≤110×10⁹/L. */
    public static int cytopenicLineages(double hemoglobinGdl, double wbcGigaPerL,
            double plateletsGigaPerL) {
        Checks.nonNegative("hemoglobinGdl", hemoglobinGdl);
        Checks.nonNegative("wbcGigaPerL", wbcGigaPerL);
        Checks.nonNegative("plateletsGigaPerL", plateletsGigaPerL);
        return (hemoglobinGdl <= 9.2 ? 1 : 0) + (wbcGigaPerL <= 5 ? 1 : 0)
                + (plateletsGigaPerL <= 110 ? 1 : 0);
    }

    /** Cytopenias: 0 or 1 lineage → 0, 2 → 24, 3 → 34. */
    public static int cytopeniaPoints(int lineages) {
        Checks.inRange("lineages", lineages, 0, 3);
        if (lineages == 3) {
            return 34;
        }
        return lineages == 2 ? 24 : 0;
    }

    /** Ferritin: &lt;2000 → 0, 2000–6000 (inclusive) → 35, &gt;6000 → 50 ng/mL. */
    public static int ferritinPoints(double ferritinNgMl) {
        Checks.nonNegative("ferritinNgMl", ferritinNgMl);
        if (ferritinNgMl > 6000) {
            return 50;
        }
        return ferritinNgMl >= 2000 ? 35 : 0;
    }

    /** Triglycerides: &lt;1.5 → 0, 1.5–4 (inclusive) → 44, &gt;4 → 64 mmol/L. */
    public static int triglyceridePoints(double triglyceridesMmolL) {
        Checks.nonNegative("triglyceridesMmolL", triglyceridesMmolL);
        if (triglyceridesMmolL > 4) {
            return 64;
        }
        return triglyceridesMmolL >= 1.5 ? 44 : 0;
    }

    /** Fibrinogen: &gt;2.5 → 0, ≤2.5 g/L → 30. */
    public static int fibrinogenPoints(double fibrinogenGL) {
        Checks.nonNegative("fibrinogenGL", fibrinogenGL);
        return fibrinogenGL <= 2.5 ? 30 : 0;
    }

    /** AST: &lt;30 → 0, ≥30 IU/L → 19. */
    public static int astPoints(double astIuL) {
        Checks.nonNegative("astIuL", astIuL);
        return astIuL >= 30 ? 19 : 0;
    }

    /**
     * Probability of hemophagocytic syndrome for a score.
     *
     * <p>This is an <em>interpolation</em>, not Fardet's logistic model (whose coefficients are not
     * reproduced here): the published anchor points (&lt;1% at ≤90, 54% at 170, 88% at 200,
     * &gt;99% at ≥250) are joined piecewise linearly on the logit scale, taking 1% at 90 and 99%
     * at 250, and the end segments are extended beyond 90 and 250. The result is monotone, exactly
     * 54% at 170 and 88% at 200, below 1% under 90 and above 99% over 250.
     *
     * @param score HScore 0..337
     */
    public static double probability(int score) {
        Checks.inRange("score", score, 0, MAX);
        int last = ANCHOR_SCORE.length - 1;
        int segment = 0;
        while (segment < last - 1 && score > ANCHOR_SCORE[segment + 1]) {
            segment++;
        }
        double x0 = ANCHOR_SCORE[segment];
        double x1 = ANCHOR_SCORE[segment + 1];
        double y0 = logit(ANCHOR_PROBABILITY[segment]);
        double y1 = logit(ANCHOR_PROBABILITY[segment + 1]);
        double y = y0 + (y1 - y0) * (score - x0) / (x1 - x0);
        return 1.0 / (1.0 + Math.exp(-y));
    }

    private static double logit(double p) {
        return Math.log(p / (1.0 - p));
    }
}
