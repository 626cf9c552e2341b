package org.cytostorm.cohort.stats;

/**
 * One covariate of a Cox model ({@link CoxRegression}): its log hazard ratio with the Wald
 * standard error, z and p, and the hazard ratio with its 95% Wald interval, as R's
 * {@code summary(coxph(...))} prints them.
 *
 * @param name             the covariate's name, as given to the fit
 * @param coefficient      β, the log hazard ratio per unit of the covariate
 * @param standardError    √ of the diagonal of the inverse information at β̂ (R's {@code se(coef)})
 * @param hazardRatio      exp(β)
 * @param lower            exp(β - z·se), lower 95% limit of the hazard ratio
 * @param upper            exp(β + z·se), upper 95% limit of the hazard ratio
 * @param z                β / se
 * @param p                two-sided Wald p-value, 2Φ(-|z|)
 * @param possiblyInfinite the likelihood kept rising along this coefficient when the fit stopped
 *                         (R's warning "Loglik converged before variable ...; coefficient may be
 *                         infinite"): monotone likelihood, typically no events in one arm. β, se
 *                         and the interval are then not meaningful; the log-rank or likelihood-ratio
 *                         test still is.
 */
public record CoxCoefficient(String name, double coefficient, double standardError, double hazardRatio,
        double lower, double upper, double z, double p, boolean possiblyInfinite) {
}
