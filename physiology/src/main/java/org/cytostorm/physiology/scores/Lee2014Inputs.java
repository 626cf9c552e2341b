package org.cytostorm.physiology.scores;

/**
 * Inputs of the legacy CRS grade of Lee DW et al., Current concepts in the diagnosis and management
 * of cytokine release syndrome, Blood 2014;124:188 (doi:10.1182/blood-2014-05-552729).
 *
 * @param symptoms CRS symptoms needing symptomatic treatment only (fever, nausea, fatigue,
 *     headache, myalgia, malaise); in the simulator a proxy, normally fever
 * @param fio2 inspired oxygen fraction, 0.21 (room air) to 1.0; above 0.21 counts as supplemental
 *     oxygen
 * @param hypotension hypotension present (responsive to fluids if no vasopressor runs)
 * @param vasopressors number of vasopressors running
 * @param highDosePressor whether a running vasopressor is at high dose (needs at least one)
 * @param ventilated on ventilator support
 * @param organToxicityGrade worst CTCAE grade 0..4 of an organ toxicity other than transaminitis
 * @param transaminitisGrade CTCAE grade 0..4 of transaminitis
 */
public record Lee2014Inputs(boolean symptoms, double fio2, boolean hypotension, int vasopressors,
        boolean highDosePressor, boolean ventilated, int organToxicityGrade,
        int transaminitisGrade) {

    /** @throws IllegalArgumentException if an input is out of range or inconsistent */
    public Lee2014Inputs {
        Checks.finite("fio2", fio2);
        if (fio2 < 0.21 || fio2 > 1.0) {
            throw new IllegalArgumentException("fio2 must be in 0.21..1.0, was " + fio2);
        }
        Checks.inRange("vasopressors", vasopressors, 0, Integer.MAX_VALUE);
        if (highDosePressor && vasopressors == 0) {
            throw new IllegalArgumentException("highDosePressor needs at least one vasopressor");
        }
        Checks.inRange("organToxicityGrade", organToxicityGrade, 0, 4);
        Checks.inRange("transaminitisGrade", transaminitisGrade, 0, 4);
    }
}
