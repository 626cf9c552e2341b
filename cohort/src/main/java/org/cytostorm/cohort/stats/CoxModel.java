package org.cytostorm.cohort.stats;

import java.util.List;

/**
 * A fitted Cox proportional-hazards model ({@link CoxRegression}), with the three global tests R's
 * {@code summary(coxph(...))} reports.
 *
 * @param coefficients       one per covariate, in the order given
 * @param observations       number of patients
 * @param events             number of events
 * @param logLikelihoodNull  log partial likelihood at β = 0
 * @param logLikelihood      log partial likelihood at β̂
 * @param likelihoodRatio    2(ℓ(β̂) - ℓ(0)) on p degrees of freedom
 * @param wald               β̂ᵀ I(β̂) β̂ on p degrees of freedom
 * @param score              U(0)ᵀ I(0)⁻¹ U(0) on p degrees of freedom (for a single 0/1 covariate
 *                           and no ties, the log-rank test)
 * @param iterations         Newton–Raphson iterations used, counted as R counts them
 * @param converged          whether the relative change in log-likelihood fell to 1e-9 within the
 *                           iteration limit; if not, the estimates are those of the best iterate
 */
public record CoxModel(List<CoxCoefficient> coefficients, int observations, int events, double logLikelihoodNull,
        double logLikelihood, ChiSquareTest likelihoodRatio, ChiSquareTest wald, ChiSquareTest score,
        int iterations, boolean converged) {

    public CoxModel {
        coefficients = List.copyOf(coefficients);
    }

    /**
     * The coefficient named {@code name}.
     *
     * @throws IllegalArgumentException if the model has no such covariate
     */
    public CoxCoefficient coefficient(String name) {
        for (CoxCoefficient c : coefficients) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no covariate '" + name + "' in the model; it has "
                + coefficients.stream().map(CoxCoefficient::name).toList());
    }
}
