package org.cytostorm.physiology.scores;

/**
 * The six SOFA organ scores, each 0..4 (Vincent 1996; Sepsis-3, doi:10.1001/jama.2016.0287).
 */
public record SofaScore(int respiration, int coagulation, int liver, int cardiovascular, int cns,
        int renal) {

    /** @throws IllegalArgumentException if an organ score is outside 0..4 */
    public SofaScore {
        Checks.inRange("respiration", respiration, 0, 4);
        Checks.inRange("coagulation", coagulation, 0, 4);
        Checks.inRange("liver", liver, 0, 4);
        Checks.inRange("cardiovascular", cardiovascular, 0, 4);
        Checks.inRange("cns", cns, 0, 4);
        Checks.inRange("renal", renal, 0, 4);
    }

    /** The total SOFA score 0..24. */
    public int total() {
        return respiration + coagulation + liver + cardiovascular + cns + renal;
    }
}
