package org.cytostorm.physiology.scores;

/**
 * Immune effector cell-associated neurotoxicity syndrome (ICANS) in adults: the ICE score and the
 * ASTCT grade (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625,
 * doi:10.1016/j.bbmt.2018.12.758).
 *
 * <table>
 * <caption>ICANS grade (the most severe domain sets the grade)</caption>
 * <tr><th>Domain</th><th>Grade 1</th><th>Grade 2</th><th>Grade 3</th><th>Grade 4</th></tr>
 * <tr><td>ICE score</td><td>7–9</td><td>3–6</td><td>0–2</td><td>0 and unarousable</td></tr>
 * <tr><td>Consciousness</td><td>awakens spontaneously</td><td>to voice</td><td>only to touch</td><td>stupor or coma</td></tr>
 * <tr><td>Seizure</td><td>—</td><td>—</td><td>resolves rapidly</td><td>prolonged or repetitive</td></tr>
 * <tr><td>Motor</td><td>—</td><td>—</td><td>—</td><td>deep focal weakness</td></tr>
 * <tr><td>ICP / edema</td><td>—</td><td>—</td><td>focal edema</td><td>diffuse edema and signs</td></tr>
 * </table>
 *
 * <p>An ICE score of 10 with no other finding is grade 0. Tremor, myoclonus and intracranial
 * hemorrhage are not graded.
 */
public final class Icans {

    /** Highest ICE score. */
    public static final int ICE_MAX = 10;

    private Icans() {
    }

    /**
     * The ICE score 0..10.
     *
     * @param orientation oriented to year, month, city and hospital: 0..4 points
     * @param naming names 3 objects: 0..3 points
     * @param commands follows simple commands: 1 point
     * @param writing writes a standard sentence: 1 point
     * @param counting counts back from 100 by 10: 1 point
     */
    public static int iceScore(int orientation, int naming, boolean commands, boolean writing,
            boolean counting) {
        Checks.inRange("orientation", orientation, 0, 4);
        Checks.inRange("naming", naming, 0, 3);
        return orientation + naming + (commands ? 1 : 0) + (writing ? 1 : 0) + (counting ? 1 : 0);
    }

    /** The ICANS grade 0..4: the most severe of the domain grades. */
    public static int icansGrade(IcansInputs in) {
        Checks.notNull("inputs", in);
        int grade = iceGrade(in.iceScore(), in.unarousable());
        grade = Math.max(grade, in.consciousness().grade());
        grade = Math.max(grade, in.seizure().grade());
        grade = Math.max(grade, in.deepFocalMotorWeakness() ? 4 : 0);
        return Math.max(grade, in.cerebralEdema().grade());
    }

    /** The grade set by the ICE score: 10 → 0, 7–9 → 1, 3–6 → 2, 0–2 → 3, 0 and unarousable → 4. */
    public static int iceGrade(int iceScore, boolean unarousable) {
        Checks.inRange("iceScore", iceScore, 0, ICE_MAX);
        if (unarousable && iceScore == 0) {
            return 4;
        }
        if (iceScore <= 2) {
            return 3;
        }
        if (iceScore <= 6) {
            return 2;
        }
        return iceScore <= 9 ? 1 : 0;
    }
}
