package org.cytostorm.physiology.scores;

/**
 * Inputs of the ASTCT CRS grade (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625,
 * doi:10.1016/j.bbmt.2018.12.758).
 *
 * <p>In the simulator these are model proxies: the core temperature stands for a fever "not
 * attributable to another cause", the hypotension flag for clinically relevant hypotension, and
 * the oxygen category for the device a clinician would choose.
 *
 * @param temperatureC core temperature, °C; fever is at least 38.0 °C
 * @param feverWaived anti-cytokine therapy (tocilizumab) or steroids (or antipyretics) already
 *     started, so fever is no longer required for grading
 * @param hypotension hypotension present
 * @param vasopressors number of vasopressors running, <em>not</em> counting vasopressin
 * @param vasopressin whether vasopressin is running
 * @param oxygen oxygen support
 */
public record CrsInputs(double temperatureC, boolean feverWaived, boolean hypotension,
        int vasopressors, boolean vasopressin, OxygenSupport oxygen) {

    /** @throws IllegalArgumentException if an input is missing, not finite or negative */
    public CrsInputs {
        Checks.positive("temperatureC", temperatureC);
        Checks.inRange("vasopressors", vasopressors, 0, Integer.MAX_VALUE);
        Checks.notNull("oxygen", oxygen);
    }
}
