package org.cytostorm.physiology.scores;

/**
 * Inputs of the adult ASTCT ICANS grade (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625,
 * doi:10.1016/j.bbmt.2018.12.758).
 *
 * <p>In the simulator all of these are proxies of a neuroinflammation state, or absent.
 *
 * @param iceScore ICE score 0..10 (see {@link Icans#iceScore})
 * @param unarousable patient unarousable and unable to perform the ICE assessment (then the ICE
 *     score must be 0)
 * @param consciousness depressed level of consciousness
 * @param seizure seizures
 * @param deepFocalMotorWeakness deep focal motor weakness such as hemiparesis or paraparesis
 * @param cerebralEdema elevated intracranial pressure or cerebral edema
 */
public record IcansInputs(int iceScore, boolean unarousable, Consciousness consciousness,
        Seizure seizure, boolean deepFocalMotorWeakness, CerebralEdema cerebralEdema) {

    /** @throws IllegalArgumentException if an input is missing, out of range or inconsistent */
    public IcansInputs {
        Checks.inRange("iceScore", iceScore, 0, Icans.ICE_MAX);
        if (unarousable && iceScore != 0) {
            throw new IllegalArgumentException(
                    "an unarousable patient has ICE score 0, was " + iceScore);
        }
        Checks.notNull("consciousness", consciousness);
        Checks.notNull("seizure", seizure);
        Checks.notNull("cerebralEdema", cerebralEdema);
    }
}
