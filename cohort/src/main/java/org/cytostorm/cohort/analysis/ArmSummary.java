package org.cytostorm.cohort.analysis;

import java.util.Optional;
import java.util.OptionalDouble;

import org.cytostorm.cohort.stats.SurvivalCurve;

/**
 * One arm of a trial (or of a subgroup): its patients as randomized.
 *
 * @param name              the arm's name
 * @param n                 patients analysed (enrolled, assigned to this arm, run succeeded)
 * @param deathsExpected    the sum over patients of their probability of dying within follow-up
 * @param mortality         sampled deaths within follow-up over n, with the Wilson interval
 * @param crsAny            CRS of any grade after enrolment (CAR-T and T-cell-engager trials)
 * @param crsGrade3Plus     CRS of grade 3 or more
 * @param icansAny          ICANS of any grade
 * @param response          tumour response at the end of follow-up
 * @param crsOnsetMedianDay median day of CRS onset among patients with CRS
 * @param survival          Kaplan–Meier curve of the sampled deaths, days from enrolment
 */
public record ArmSummary(String name, long n, double deathsExpected, Rate mortality, Optional<Rate> crsAny,
        Optional<Rate> crsGrade3Plus, Optional<Rate> icansAny, Optional<Rate> response,
        OptionalDouble crsOnsetMedianDay, SurvivalCurve survival) {
}
