package org.cytostorm.physiology.scores;

/**
 * The Sequential [Sepsis-related] Organ Failure Assessment score (Vincent JL et al., Intensive Care
 * Med 1996;22:707), with the table as reproduced in Singer M et al., The Third International
 * Consensus Definitions for Sepsis and Septic Shock (Sepsis-3), JAMA 2016;315:801,
 * doi:10.1001/jama.2016.0287.
 *
 * <table>
 * <caption>SOFA</caption>
 * <tr><th>System</th><th>0</th><th>1</th><th>2</th><th>3</th><th>4</th></tr>
 * <tr><td>PaO₂/FiO₂, mmHg</td><td>≥400</td><td>&lt;400</td><td>&lt;300</td><td>&lt;200 with support</td><td>&lt;100 with support</td></tr>
 * <tr><td>Platelets, ×10³/µL</td><td>≥150</td><td>&lt;150</td><td>&lt;100</td><td>&lt;50</td><td>&lt;20</td></tr>
 * <tr><td>Bilirubin, mg/dL</td><td>&lt;1.2</td><td>1.2–1.9</td><td>2.0–5.9</td><td>6.0–11.9</td><td>&gt;12.0</td></tr>
 * <tr><td>Cardiovascular</td><td>MAP ≥70</td><td>MAP &lt;70</td><td>dopamine &lt;5 or any dobutamine</td><td>dopamine 5.1–15, epinephrine ≤0.1 or norepinephrine ≤0.1</td><td>dopamine &gt;15, epinephrine &gt;0.1 or norepinephrine &gt;0.1</td></tr>
 * <tr><td>GCS</td><td>15</td><td>13–14</td><td>10–12</td><td>6–9</td><td>&lt;6</td></tr>
 * <tr><td>Creatinine, mg/dL (urine)</td><td>&lt;1.2</td><td>1.2–1.9</td><td>2.0–3.4</td><td>3.5–4.9 (or &lt;500 mL/d)</td><td>&gt;5.0 (or &lt;200 mL/d)</td></tr>
 * </table>
 *
 * <p>The printed ranges leave gaps between consecutive rows (1.9–2.0, 11.9–12.0, 4.9–5.0 and so
 * on). Each row is read as a half-open interval starting at its printed lower bound: bilirubin
 * [1.2, 2.0) scores 1, [2.0, 6.0) 2, [6.0, 12.0) 3 and ≥12.0 scores 4 (the table prints
 * "&gt;12.0"); creatinine likewise [3.5, 5.0) 3 and ≥5.0 4 (printed "&gt;5.0"). Dopamine exactly
 * 5 µg/kg/min (between "&lt;5" and "5.1–15") scores 2, as in Vincent 1996 ("dopamine ≤5");
 * anything above 5 scores 3. Vasopressor doses are those given for at least one hour; a dose of 0
 * means the drug is not given. Without respiratory support a PaO₂/FiO₂ below 200 scores 2.
 */
public final class Sofa {

    private Sofa() {
    }

    /** The six organ scores. */
    public static SofaScore score(SofaInputs in) {
        Checks.notNull("inputs", in);
        return new SofaScore(
                respiration(in.pfRatio(), in.respiratorySupport()),
                coagulation(in.plateletsK()),
                liver(in.bilirubinMgDl()),
                cardiovascular(in.mapMmHg(), in.dopamine(), in.dobutamine(), in.epinephrine(),
                        in.norepinephrine()),
                cns(in.gcs()),
                renal(in.creatinineMgDl(), in.urineMlPerDay()));
    }

    /** Respiration: PaO₂/FiO₂ in mmHg; 3 and 4 need respiratory support, otherwise at most 2. */
    public static int respiration(double pfRatio, boolean respiratorySupport) {
        Checks.positive("pfRatio", pfRatio);
        if (pfRatio < 100 && respiratorySupport) {
            return 4;
        }
        if (pfRatio < 200 && respiratorySupport) {
            return 3;
        }
        if (pfRatio < 300) {
            return 2;
        }
        return pfRatio < 400 ? 1 : 0;
    }

    /** Coagulation: platelets ×10³/µL. */
    public static int coagulation(double plateletsK) {
        Checks.nonNegative("plateletsK", plateletsK);
        if (plateletsK < 20) {
            return 4;
        }
        if (plateletsK < 50) {
            return 3;
        }
        if (plateletsK < 100) {
            return 2;
        }
        return plateletsK < 150 ? 1 : 0;
    }

    /** Liver: bilirubin mg/dL; ≥12.0 scores 4 (see the class note on the 11.9–12.0 gap). */
    public static int liver(double bilirubinMgDl) {
        Checks.nonNegative("bilirubinMgDl", bilirubinMgDl);
        if (bilirubinMgDl >= 12.0) {
            return 4;
        }
        if (bilirubinMgDl >= 6.0) {
            return 3;
        }
        if (bilirubinMgDl >= 2.0) {
            return 2;
        }
        return bilirubinMgDl >= 1.2 ? 1 : 0;
    }

    /** Cardiovascular: MAP in mmHg and drug doses in µg/kg/min (0 = not given). */
    public static int cardiovascular(double mapMmHg, double dopamine, double dobutamine,
            double epinephrine, double norepinephrine) {
        Checks.nonNegative("mapMmHg", mapMmHg);
        Checks.nonNegative("dopamine", dopamine);
        Checks.nonNegative("dobutamine", dobutamine);
        Checks.nonNegative("epinephrine", epinephrine);
        Checks.nonNegative("norepinephrine", norepinephrine);
        if (dopamine > 15 || epinephrine > 0.1 || norepinephrine > 0.1) {
            return 4;
        }
        if (dopamine > 5 || epinephrine > 0 || norepinephrine > 0) {
            return 3;
        }
        if (dopamine > 0 || dobutamine > 0) {
            return 2;
        }
        return mapMmHg < 70 ? 1 : 0;
    }

    /** Central nervous system: Glasgow Coma Scale 3..15. */
    public static int cns(int gcs) {
        Checks.inRange("gcs", gcs, 3, 15);
        if (gcs < 6) {
            return 4;
        }
        if (gcs <= 9) {
            return 3;
        }
        if (gcs <= 12) {
            return 2;
        }
        return gcs <= 14 ? 1 : 0;
    }

    /**
     * Renal: the worse of the creatinine score (mg/dL; ≥5.0 scores 4) and the urine score
     * (&lt;500 mL/day 3, &lt;200 mL/day 4; NaN = unknown, not scored).
     */
    public static int renal(double creatinineMgDl, double urineMlPerDay) {
        Checks.nonNegative("creatinineMgDl", creatinineMgDl);
        int byCreatinine;
        if (creatinineMgDl >= 5.0) {
            byCreatinine = 4;
        } else if (creatinineMgDl >= 3.5) {
            byCreatinine = 3;
        } else if (creatinineMgDl >= 2.0) {
            byCreatinine = 2;
        } else {
            byCreatinine = creatinineMgDl >= 1.2 ? 1 : 0;
        }
        int byUrine = 0;
        if (!Double.isNaN(urineMlPerDay)) {
            Checks.nonNegative("urineMlPerDay", urineMlPerDay);
            if (urineMlPerDay < 200) {
                byUrine = 4;
            } else if (urineMlPerDay < 500) {
                byUrine = 3;
            }
        }
        return Math.max(byCreatinine, byUrine);
    }
}
