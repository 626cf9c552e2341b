package org.cytostorm.cohort.calibration;

import org.cytostorm.physiology.run.PatientRun;

/**
 * What a calibration reads from one pool patient's course over the follow-up: the highest CRS and
 * ICANS grades, CRS onset and duration, and the expected death (one minus survival at the end).
 *
 * @param maxCrsGrade   highest ASTCT CRS grade
 * @param crsOnsetDay   first hour with CRS grade 1 or more, in days; NaN without CRS
 * @param crsDurationDay from onset to the last hour with CRS, in days (hourly rows: one row is an
 *                      hour); NaN without CRS
 * @param maxIcansGrade highest ICANS grade
 * @param death         expected death by the end of follow-up (1 - survival)
 */
public record Course(int maxCrsGrade, double crsOnsetDay, double crsDurationDay, int maxIcansGrade, double death) {

    /** The course of a run over its first {@code followUpH} hours. */
    public static Course of(PatientRun run, double followUpH) {
        double[] t = run.timeH();
        double[] crs = run.column("crs_grade");
        double[] icans = run.column("icans_grade");
        int maxCrs = 0;
        int maxIcans = 0;
        double onset = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < t.length && t[i] <= followUpH + 1e-9; i++) {
            maxCrs = Math.max(maxCrs, (int) crs[i]);
            maxIcans = Math.max(maxIcans, (int) icans[i]);
            if (crs[i] >= 1) {
                if (Double.isNaN(onset)) {
                    onset = t[i];
                }
                last = t[i];
            }
        }
        double survival = run.outcome().survivalAt(Math.min(followUpH, run.outcome().endH()));
        double duration = Double.isNaN(onset) ? Double.NaN : (last - onset + 1) / 24;
        return new Course(maxCrs, onset / 24, duration, maxIcans, 1 - survival);
    }
}
