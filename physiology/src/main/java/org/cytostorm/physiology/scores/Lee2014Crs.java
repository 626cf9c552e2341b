package org.cytostorm.physiology.scores;

/**
 * The legacy CRS grade of Lee DW et al., Blood 2014;124:188 (doi:10.1182/blood-2014-05-552729),
 * superseded by {@link AstctCrs}; kept for comparison with older trials.
 *
 * <ul>
 * <li>Grade 1: symptoms needing symptomatic treatment only.
 * <li>Grade 2: O₂ &lt;40%, or hypotension responsive to fluids or one low-dose pressor, or grade 2
 * organ toxicity.
 * <li>Grade 3: O₂ ≥40%, or high-dose or multiple pressors, or grade 3 organ toxicity or grade 4
 * transaminitis.
 * <li>Grade 4: ventilator needed, or grade 4 organ toxicity (transaminitis excluded).
 * </ul>
 *
 * <p>Transaminitis is an organ toxicity: grade 2 scores 2, grades 3 and 4 score 3.
 */
public final class Lee2014Crs {

    /** FiO₂ of room air; anything above is supplemental oxygen. */
    public static final double ROOM_AIR_FIO2 = 0.21;

    private Lee2014Crs() {
    }

    /** The Lee 2014 grade 0..4 (grade 5, death, is not assigned from these inputs). */
    public static int grade(Lee2014Inputs in) {
        Checks.notNull("inputs", in);
        int transaminitis = Math.min(in.transaminitisGrade(), 3);
        int organ = Math.max(in.organToxicityGrade(), transaminitis >= 2 ? transaminitis : 0);
        if (in.ventilated() || organ == 4) {
            return 4;
        }
        if (in.fio2() >= 0.40 || in.vasopressors() >= 2 || in.highDosePressor() || organ == 3) {
            return 3;
        }
        if (in.fio2() > ROOM_AIR_FIO2 || in.hypotension() || in.vasopressors() == 1 || organ == 2) {
            return 2;
        }
        return in.symptoms() ? 1 : 0;
    }
}
