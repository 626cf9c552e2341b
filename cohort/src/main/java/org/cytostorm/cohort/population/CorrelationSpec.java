package org.cytostorm.cohort.population;

import java.util.Objects;

/**
 * One entry of a population's correlations: the correlation {@code rho} of the normal scores of two
 * continuous variables (parameters, or the covariates weight and age) in a Gaussian copula. Each
 * variable keeps its own distribution; rho is the correlation of {@code Φ⁻¹(F(x))}, so the
 * rank correlation of the draws is {@code (6/π) asin(rho/2)}.
 *
 * @param first  one variable
 * @param second the other
 * @param rho    in [-1, 1]; the matrix of all entries must be positive definite
 * @param where  where the entry is written
 */
public record CorrelationSpec(String first, String second, double rho, Location where) {
    public CorrelationSpec {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
