package org.cytostorm.physiology.scores;

/**
 * Inputs of the ISTH overt DIC score (Taylor FB Jr et al., Thromb Haemost 2001;86:1327,
 * pmid:11816725), in the units of {@link IsthDic}'s table.
 *
 * <p>In the simulator all four are model variables: platelets, D-dimer and fibrinogen directly,
 * the prothrombin time as the model's {@code PT} minus the patient's normal {@code PT_b}.
 *
 * @param plateletsK          platelet count, ×10³/µL
 * @param dDimerMgLFeu        D-dimer, mg/L fibrinogen-equivalent units
 * @param ptProlongationS     prothrombin time above normal, s (zero or negative when not prolonged)
 * @param fibrinogenGL        fibrinogen, g/L
 */
public record IsthDicInputs(double plateletsK, double dDimerMgLFeu, double ptProlongationS, double fibrinogenGL) {

    /** @throws IllegalArgumentException if an input is NaN or infinite, or a concentration negative */
    public IsthDicInputs {
        Checks.nonNegative("plateletsK", plateletsK);
        Checks.nonNegative("dDimerMgLFeu", dDimerMgLFeu);
        Checks.finite("ptProlongationS", ptProlongationS);
        Checks.nonNegative("fibrinogenGL", fibrinogenGL);
    }
}
