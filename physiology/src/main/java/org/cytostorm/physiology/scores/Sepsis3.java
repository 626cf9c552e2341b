package org.cytostorm.physiology.scores;

/**
 * Sepsis-3 definitions (Singer M et al., The Third International Consensus Definitions for Sepsis
 * and Septic Shock, JAMA 2016;315:801, doi:10.1001/jama.2016.0287).
 *
 * <ul>
 * <li>Sepsis: suspected infection with an acute rise of the SOFA score ≥2 points (the baseline is
 * assumed 0 when unknown).
 * <li>Septic shock: vasopressors needed to keep MAP ≥65 mmHg and lactate &gt;2 mmol/L (18 mg/dL)
 * despite adequate fluid resuscitation. Septic shock is a subset of sepsis; {@link #septicShock}
 * checks only its own criteria.
 * <li>qSOFA: one point each for respiratory rate ≥22/min, altered mentation and systolic blood
 * pressure ≤100 mmHg; ≥2 is positive.
 * </ul>
 *
 * <p>In the simulator, infection, mentation and the adequacy of fluids are proxies from the
 * scenario and the model state.
 */
public final class Sepsis3 {

    private Sepsis3() {
    }

    /**
     * Sepsis: suspected infection and SOFA at least 2 points above baseline.
     *
     * @param sofa current total SOFA 0..24
     * @param baselineSofa baseline total SOFA 0..24 (0 if unknown)
     */
    public static boolean sepsis(boolean suspectedInfection, int sofa, int baselineSofa) {
        Checks.inRange("sofa", sofa, 0, 24);
        Checks.inRange("baselineSofa", baselineSofa, 0, 24);
        return suspectedInfection && sofa - baselineSofa >= 2;
    }

    /**
     * Septic shock criteria: vasopressors needed for MAP ≥65 mmHg and lactate &gt;2 mmol/L despite
     * adequate fluids.
     *
     * @param lactateMmolL serum lactate, mmol/L
     */
    public static boolean septicShock(boolean vasopressorsToKeepMap65, double lactateMmolL,
            boolean adequateFluids) {
        Checks.nonNegative("lactateMmolL", lactateMmolL);
        return vasopressorsToKeepMap65 && lactateMmolL > 2.0 && adequateFluids;
    }

    /**
     * The qSOFA score 0..3.
     *
     * @param respiratoryRate breaths per minute
     * @param systolicMmHg systolic blood pressure, mmHg
     */
    public static int qsofa(double respiratoryRate, boolean alteredMentation, double systolicMmHg) {
        Checks.nonNegative("respiratoryRate", respiratoryRate);
        Checks.nonNegative("systolicMmHg", systolicMmHg);
        return (respiratoryRate >= 22 ? 1 : 0) + (alteredMentation ? 1 : 0)
                + (systolicMmHg <= 100 ? 1 : 0);
    }

    /** Whether a qSOFA score is positive (≥2). */
    public static boolean qsofaPositive(int qsofa) {
        Checks.inRange("qsofa", qsofa, 0, 3);
        return qsofa >= 2;
    }
}
