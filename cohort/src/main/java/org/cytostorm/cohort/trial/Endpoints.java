package org.cytostorm.cohort.trial;

import org.cytostorm.physiology.outcome.SampledOutcome;
import org.cytostorm.physiology.run.PatientRun;

/**
 * What one enrolled patient's course under one arm yields, over the follow-up from enrolment.
 * Deaths come two ways: expected (one minus the survival probability to the end of follow-up,
 * conditional on being alive at enrolment) and sampled (the patient's fate drawn from the same
 * curve with the patient's own uniform number, {@link PatientRun#sampledOutcome}: the same number
 * under every arm, so that arms differ by the treatment, not by chance: common random numbers).
 *
 * @param survival          expected survival to the end of follow-up, given alive at enrolment
 * @param died              the sampled fate: died within follow-up
 * @param eventDay          days from enrolment to the sampled death, or to the end of follow-up if
 *                          alive (then censored)
 * @param maxCrsGrade       highest ASTCT CRS grade from enrolment to the end of follow-up
 * @param crsOnsetDay       first day (since the trigger) with CRS grade 1 or more, up to the end of
 *                          follow-up (it may precede enrolment); NaN if none
 * @param maxIcansGrade     highest ICANS grade in follow-up
 * @param ventilatorFreeDays days alive and off invasive ventilation within follow-up (0 if the
 *                          sampled patient died; the convention of the ARDS trials): the follow-up
 *                          days less the time with {@code o2_support_level >= 4}, each grid row's
 *                          level held until the next row
 * @param resolutionDay     days from enrolment until the patient is, for the rest of follow-up,
 *                          without CRS ({@code crs_grade >= 1}), oxygen ({@code o2_support_level >= 1}),
 *                          vasopressor ({@code norepinephrine > 0.001}) or dialysis
 *                          ({@code dialysis > 0.5}), a sick row counting as sick until the next
 *                          row; 0 if never sick from enrolment; NaN if still sick at the end or
 *                          dead (sampled)
 * @param tumourFraction    tumour burden at the end of follow-up over its value at enrolment; NaN
 *                          without a tumour
 */
public record Endpoints(double survival, boolean died, double eventDay, int maxCrsGrade, double crsOnsetDay,
        int maxIcansGrade, double ventilatorFreeDays, double resolutionDay, double tumourFraction) {

    /** A response: the burden falls to at most this fraction (a 30% fall of diameters, 0.7^3 in volume). */
    public static final double RESPONSE_FRACTION = 0.343;
    /** Invasive ventilation on the run's respiratory-support scale ({@code o2_support_level}). */
    static final double VENTILATED = 4;

    /** Whether the tumour responded (RESPONSE_FRACTION); false without a tumour. */
    public boolean response() {
        return tumourFraction <= RESPONSE_FRACTION;
    }

    /**
     * The endpoints of a run, for a patient enrolled at {@code enrolledH} and followed for
     * {@code followUpH}.
     *
     * @param run     the arm's course (ending at or after enrolledH + followUpH)
     * @param seed    the trial seed
     * @param patient the patient index
     */
    public static Endpoints of(PatientRun run, double enrolledH, double followUpH, long seed, long patient) {
        double endH = enrolledH + followUpH;
        double[] t = run.timeH();
        var outcome = run.outcome();
        double alive = outcome.survivalAt(enrolledH);
        double survival = alive > 0 ? outcome.survivalAt(Math.min(endH, outcome.endH())) / alive : 0;
        SampledOutcome fate = run.sampledOutcome(seed, patient);
        boolean died = fate instanceof SampledOutcome.Died d && d.timeH() <= endH;
        double deathH = died ? ((SampledOutcome.Died) fate).timeH() : Double.NaN;
        double lastH = died ? deathH : endH;

        double[] crs = run.column("crs_grade");
        double[] icans = run.column("icans_grade");
        double[] o2 = run.column("o2_support_level");
        double[] ne = run.column("norepinephrine");
        double[] dialysis = run.column("dialysis");
        double[] tumour = run.column("tumour");
        int maxCrs = 0;
        int maxIcans = 0;
        double onset = Double.NaN;
        double ventilatedH = 0;
        double lastSick = enrolledH;
        double tumourAtEnrolment = Double.NaN;
        double tumourAtEnd = Double.NaN;
        for (int i = 0; i < t.length; i++) {
            if (t[i] > endH + 1e-9) {
                // a patient enrolled before the window's end is run past its own follow-up
                break;
            }
            if (Double.isNaN(onset) && crs[i] >= 1) {
                onset = t[i] / 24;
            }
            if (t[i] < enrolledH - 1e-9) {
                continue;
            }
            if (Double.isNaN(tumourAtEnrolment)) {
                tumourAtEnrolment = tumour[i];
            }
            tumourAtEnd = tumour[i];
            maxCrs = Math.max(maxCrs, (int) crs[i]);
            maxIcans = Math.max(maxIcans, (int) icans[i]);
            double step = i + 1 < t.length ? Math.min(t[i + 1], endH) - t[i] : 0;
            if (o2[i] >= VENTILATED && t[i] < lastH) {
                ventilatedH += Math.max(0, Math.min(step, lastH - t[i]));
            }
            if (crs[i] >= 1 || o2[i] >= 1 || ne[i] > 1e-3 || dialysis[i] > 0.5) {
                lastSick = i + 1 < t.length ? Math.min(t[i + 1], endH) : t[i];
            }
        }
        double followUpDays = followUpH / 24;
        double vfd = died ? 0 : Math.max(0, followUpDays - ventilatedH / 24);
        double resolution = died || lastSick >= endH - 1e-9 ? Double.NaN : (lastSick - enrolledH) / 24;
        double tumourFraction = tumourAtEnrolment > 0 ? tumourAtEnd / tumourAtEnrolment : Double.NaN;
        double eventDay = ((died ? deathH : endH) - enrolledH) / 24;
        return new Endpoints(survival, died, eventDay, maxCrs, onset, maxIcans, vfd, resolution, tumourFraction);
    }
}
