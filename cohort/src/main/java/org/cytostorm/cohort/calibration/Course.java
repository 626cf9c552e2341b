package org.cytostorm.cohort.calibration;

import org.cytostorm.physiology.run.PatientRun;

/**
 * What a calibration reads from one pool patient's course, from the trigger to the end of the
 * follow-up after enrolment: the highest CRS and ICANS grades, CRS onset and duration, the expected
 * death within the follow-up given alive at enrolment, whether an IEC-HS course followed the CRS,
 * and the subgroups the patient was in at enrolment.
 *
 * @param maxCrsGrade   highest ASTCT CRS grade
 * @param crsOnsetDay   first hour with CRS grade 1 or more, in days; NaN without CRS
 * @param crsDurationDay from onset to the last hour with CRS, in days (hourly rows: one row is an
 *                      hour); NaN without CRS
 * @param maxIcansGrade highest ICANS grade
 * @param death         expected death within the follow-up, given alive at enrolment
 * @param iecHs         1 when an IEC-HS course followed the CRS ({@link #isIecHs}), else 0
 * @param groups        the cohort's subgroups the patient was in at enrolment
 */
public record Course(int maxCrsGrade, double crsOnsetDay, double crsDurationDay, int maxIcansGrade, double death,
        double iecHs, java.util.Set<String> groups) {

    /** HLH-range ferritin: above it, 90% sensitive and 96% specific for HLH (Allen et al. 2008). */
    static final double HLH_FERRITIN = 10_000;
    /** IFN-γ persisting: at least this many times its value at the trigger. */
    static final double IFNG_PERSISTING = 3;
    /** IEC-HS comes later than CRS: at least this long after CRS onset, hours (Hines 2023: median day 8-11). */
    static final double IEC_HS_AFTER_ONSET_H = 120;

    public Course {
        groups = java.util.Set.copyOf(groups);
    }

    /** A course without IEC-HS in no subgroup (a cohort without subgroups). */
    public Course(int maxCrsGrade, double crsOnsetDay, double crsDurationDay, int maxIcansGrade, double death) {
        this(maxCrsGrade, crsOnsetDay, crsDurationDay, maxIcansGrade, death, 0, java.util.Set.of());
    }

    /** The course of a run over its first {@code followUpH} hours (enrolment at 0). */
    public static Course of(PatientRun run, double followUpH) {
        return of(run, 0, followUpH, java.util.Set.of());
    }

    /** The course of a run of a patient enrolled at {@code enrolledH}, followed for {@code followUpH}. */
    public static Course of(PatientRun run, double enrolledH, double followUpH, java.util.Set<String> groups) {
        double endH = enrolledH + followUpH;
        double[] t = run.timeH();
        double[] crs = run.column("crs_grade");
        double[] icans = run.column("icans_grade");
        int maxCrs = 0;
        int maxIcans = 0;
        double onset = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < t.length && t[i] <= endH + 1e-9; i++) {
            maxCrs = Math.max(maxCrs, (int) crs[i]);
            maxIcans = Math.max(maxIcans, (int) icans[i]);
            if (crs[i] >= 1) {
                if (Double.isNaN(onset)) {
                    onset = t[i];
                }
                last = t[i];
            }
        }
        double alive = run.outcome().survivalAt(enrolledH);
        double survival = alive > 0 ? run.outcome().survivalAt(Math.min(endH, run.outcome().endH())) / alive : 0;
        double duration = Double.isNaN(onset) ? Double.NaN : (last - onset + 1) / 24;
        double iecHs = isIecHs(run, onset, last, endH) ? 1 : 0;
        return new Course(maxCrs, onset / 24, duration, maxIcans, 1 - survival, iecHs, groups);
    }

    /**
     * The IEC-HS course after CAR-T (Hines et al., Transplant Cell Ther 2023;29:438): after the CRS
     * has resolved (past its last hour of grade 1 or more) and at least {@value #IEC_HS_AFTER_ONSET_H}
     * h after its onset, within the follow-up, ferritin above {@value #HLH_FERRITIN} ng/mL while IFN-γ
     * is at least {@value #IFNG_PERSISTING} times its value at the trigger.
     */
    static boolean isIecHs(PatientRun run, double onsetH, double lastCrsH, double endH) {
        if (Double.isNaN(onsetH)) {
            return false;
        }
        double[] t = run.timeH();
        double[] ferritin = run.column("ferritin");
        double[] ifng = run.column("IFNG");
        for (int i = 0; i < t.length && t[i] <= endH + 1e-9; i++) {
            if (t[i] > lastCrsH && t[i] >= onsetH + IEC_HS_AFTER_ONSET_H && ferritin[i] > HLH_FERRITIN
                    && ifng[i] >= IFNG_PERSISTING * ifng[0]) {
                return true;
            }
        }
        return false;
    }
}
