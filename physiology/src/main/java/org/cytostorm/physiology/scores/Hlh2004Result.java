package org.cytostorm.physiology.scores;

/**
 * Outcome of the HLH-2004 criteria (Henter 2007, doi:10.1002/pbc.21039).
 *
 * @param criteriaMet number of the 8 clinical and laboratory criteria met, 0..8
 * @param diagnosis molecular diagnosis, or at least 5 of the 8 criteria
 */
public record Hlh2004Result(int criteriaMet, boolean diagnosis) {

    /** @throws IllegalArgumentException if {@code criteriaMet} is outside 0..8 */
    public Hlh2004Result {
        Checks.inRange("criteriaMet", criteriaMet, 0, Hlh2004.CRITERIA);
    }
}
