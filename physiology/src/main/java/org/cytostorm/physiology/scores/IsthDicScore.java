package org.cytostorm.physiology.scores;

/**
 * The four items of the ISTH overt DIC score ({@link IsthDic}) and their total.
 *
 * @param platelets   platelet points 0..2
 * @param dDimer      fibrin-marker (D-dimer) points 0, 2 or 3
 * @param prothrombin prothrombin-time points 0..2
 * @param fibrinogen  fibrinogen points 0..1
 */
public record IsthDicScore(int platelets, int dDimer, int prothrombin, int fibrinogen) {

    /** The total from which DIC is called overt. */
    public static final int OVERT = 5;

    /** @throws IllegalArgumentException for points the table cannot give */
    public IsthDicScore {
        Checks.inRange("platelets", platelets, 0, 2);
        Checks.inRange("dDimer", dDimer, 0, 3);
        if (dDimer == 1) {
            throw new IllegalArgumentException("dDimer scores 0, 2 or 3, was 1");
        }
        Checks.inRange("prothrombin", prothrombin, 0, 2);
        Checks.inRange("fibrinogen", fibrinogen, 0, 1);
    }

    /** The total 0..8. */
    public int total() {
        return platelets + dDimer + prothrombin + fibrinogen;
    }

    /** Compatible with overt DIC: a total of {@value #OVERT} or more. */
    public boolean overt() {
        return total() >= OVERT;
    }
}
