package org.cytostorm.physiology.scores;

/**
 * The International Society on Thrombosis and Haemostasis score for overt disseminated
 * intravascular coagulation (Taylor FB Jr, Toh CH, Hoots WK, Wada H, Levi M, Thromb Haemost
 * 2001;86:1327, pmid:11816725). The score applies to a patient with an underlying disorder known to
 * cause DIC, which every scenario of the simulator is.
 *
 * <table>
 * <caption>ISTH overt DIC score</caption>
 * <tr><th>Item</th><th>0</th><th>1</th><th>2</th><th>3</th></tr>
 * <tr><td>Platelets, ×10³/µL</td><td>&gt;100</td><td>50–100</td><td>&lt;50</td><td></td></tr>
 * <tr><td>D-dimer, mg/L FEU</td><td>≤0.5 (no increase)</td><td></td><td>&gt;0.5 to ≤5 (moderate)</td><td>&gt;5 (strong)</td></tr>
 * <tr><td>Prothrombin time above normal, s</td><td>&lt;3</td><td>3–6</td><td>&gt;6</td><td></td></tr>
 * <tr><td>Fibrinogen, g/L</td><td>≥1</td><td>&lt;1</td><td></td><td></td></tr>
 * </table>
 *
 * <p>A total of 5 or more is compatible with overt DIC; below 5 is suggestive of non-overt DIC.
 *
 * <p>The paper leaves the fibrin-marker cut-offs to each laboratory ("no increase", "moderate",
 * "strong increase"). Here the upper limit of normal of D-dimer is 0.5 mg/L FEU; "moderate" is
 * above it and up to ten times it (5 mg/L FEU, included), "strong" above ten times it. The printed
 * ranges are closed where they say "–": platelets of exactly 100 or 50 score 1; a prothrombin
 * time prolonged by exactly 3 or 6 s scores 1; fibrinogen of exactly 1 g/L scores 0.
 */
public final class IsthDic {

    /** Upper limit of normal of D-dimer, mg/L FEU. */
    public static final double D_DIMER_ULN = 0.5;

    private IsthDic() {
    }

    /** The four items. */
    public static IsthDicScore score(IsthDicInputs in) {
        Checks.notNull("inputs", in);
        return new IsthDicScore(platelets(in.plateletsK()), dDimer(in.dDimerMgLFeu()),
                prothrombin(in.ptProlongationS()), fibrinogen(in.fibrinogenGL()));
    }

    /** Platelets, ×10³/µL: above 100 → 0, 50 to 100 → 1, below 50 → 2. */
    public static int platelets(double plateletsK) {
        Checks.nonNegative("plateletsK", plateletsK);
        if (plateletsK > 100) {
            return 0;
        }
        return plateletsK >= 50 ? 1 : 2;
    }

    /** D-dimer, mg/L FEU: up to the ULN 0.5 → 0, up to ten times it → 2, above → 3. */
    public static int dDimer(double dDimerMgLFeu) {
        Checks.nonNegative("dDimerMgLFeu", dDimerMgLFeu);
        if (dDimerMgLFeu <= D_DIMER_ULN) {
            return 0;
        }
        return dDimerMgLFeu <= 10 * D_DIMER_ULN ? 2 : 3;
    }

    /** Prothrombin time above normal, s: below 3 → 0, 3 to 6 → 1, above 6 → 2. */
    public static int prothrombin(double prolongationS) {
        Checks.finite("prolongationS", prolongationS);
        if (prolongationS < 3) {
            return 0;
        }
        return prolongationS <= 6 ? 1 : 2;
    }

    /** Fibrinogen, g/L: at least 1 → 0, below 1 → 1. */
    public static int fibrinogen(double fibrinogenGL) {
        Checks.nonNegative("fibrinogenGL", fibrinogenGL);
        return fibrinogenGL < 1 ? 1 : 0;
    }
}
