package org.cytostorm.cohort.population;

/**
 * How a parameter's centre (the median of a log-normal, the mean of a normal, a fixed value)
 * depends on a covariate: the centre is multiplied by {@link #multiplier}, then the parameter is
 * drawn around the new centre with its distribution's shape and bounds
 * ({@link org.cytostorm.physiology.model.Distribution#recentred}). Several dependencies multiply.
 *
 * <p>Why only these two forms: they are the covariate models of everyday population
 * pharmacokinetics (NONMEM's {@code TVCL = THETA * (WT/70)**0.75 * THETA2**SEX}), they keep a
 * positive parameter positive, and a spec stays readable; anything richer belongs in the model.
 */
public sealed interface Dependency {

    /** The covariate read ({@link Covariates#value}). */
    String covariate();

    /** Where the dependency is written, for messages. */
    Location where();

    /** The factor applied to the parameter's centre for a patient with these covariates. */
    double multiplier(Covariates c);

    /**
     * A power of a continuous covariate relative to a reference: {@code (x / reference)^exponent},
     * for example allometric scaling of a clearance with weight (exponent 0.75, reference 70 kg).
     *
     * @param covariate {@code weight} (kg) or {@code age} (years)
     * @param exponent  the power, any finite number
     * @param reference the covariate value at which the multiplier is 1, more than 0
     * @param where     where it is written
     */
    record Power(String covariate, double exponent, double reference, Location where) implements Dependency {
        @Override
        public double multiplier(Covariates c) {
            return Math.pow(c.value(covariate) / reference, exponent);
        }
    }

    /**
     * A factor when an indicator is 1: {@code factor} for a patient who has the comorbidity (or is
     * of that sex), 1 otherwise; for example a clearance 40% lower with chronic kidney disease.
     *
     * @param covariate {@code female}, {@code male}, or a comorbidity of the spec
     * @param factor    the multiplier when the indicator is 1, more than 0
     * @param where     where it is written
     */
    record Factor(String covariate, double factor, Location where) implements Dependency {
        @Override
        public double multiplier(Covariates c) {
            return c.value(covariate) == 1 ? factor : 1;
        }
    }
}
