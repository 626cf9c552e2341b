package org.cytostorm.cohort.analysis;

import java.util.Optional;

/**
 * One arm against the control: the effect on 28-day mortality as a risk ratio and a risk
 * difference (sampled deaths), the hazard ratio of a Cox model with the arm as its covariate, and
 * the log-rank test. The hazard ratio is empty when the fit could not estimate it (no death in one
 * arm: the likelihood is monotone), as R warns.
 *
 * @param arm          the arm compared with the control
 * @param riskRatio    mortality risk ratio, arm over control
 * @param riskDifference mortality risk difference, arm minus control
 * @param hazardRatio  Cox hazard ratio, arm over control, with its Wald interval
 * @param logrankP     p-value of the log-rank test
 */
public record Comparison(String arm, Rate riskRatio, Rate riskDifference, Optional<Rate> hazardRatio,
        double logrankP) {
}
