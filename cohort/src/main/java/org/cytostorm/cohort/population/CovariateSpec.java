package org.cytostorm.cohort.population;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cytostorm.physiology.model.Distribution;

/**
 * How a population's covariates vary, as its spec says; what the spec leaves out is the template
 * scenario's patient for every draw (its weight, age, sex and immunosuppression), except the weight
 * under {@link PopulationSpec.Defaults#TABLE}, which varies as the parameter table's {@code weight}
 * row says.
 *
 * @param weight        body weight in kg, if the spec gives it
 * @param age           age in years, if the spec gives it
 * @param sex           the mix of sexes, if the spec gives it
 * @param comorbidities comorbidities, each present independently with its prevalence, in spec order
 */
public record CovariateSpec(Optional<Continuous> weight, Optional<Continuous> age, Optional<SexMix> sex,
        List<Comorbidity> comorbidities) {

    /** A spec that varies no covariate. */
    public static final CovariateSpec NONE = new CovariateSpec(Optional.empty(), Optional.empty(), Optional.empty(),
            List.of());

    public CovariateSpec {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(sex, "sex");
        comorbidities = List.copyOf(comorbidities);
    }

    /** The comorbidity of that name, if the spec has it. */
    public Optional<Comorbidity> comorbidity(String name) {
        return comorbidities.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Weight or age: a distribution in the parameter table's syntax, around {@code centre} when the
     * spec gives one and otherwise around the template scenario's value (as a parameter varies
     * around its scenario's value).
     *
     * @param name         {@code weight} or {@code age}
     * @param distribution the shape and bounds (within the range a scenario accepts)
     * @param centre       the centre, if written
     * @param where        where it is written
     */
    public record Continuous(String name, Distribution distribution, OptionalDouble centre, Location where) {
        public Continuous {
            Objects.requireNonNull(distribution, "distribution");
            Objects.requireNonNull(centre, "centre");
        }

        /** True unless every patient gets the same value. */
        public boolean varies() {
            return distribution.varies();
        }
    }

    /**
     * The mix of sexes as weights (normalised; one may be 0, for a trial of one sex).
     *
     * @param female weight of female patients, 0 or more
     * @param male   weight of male patients, 0 or more; the two sum to more than 0
     * @param where  where it is written
     */
    public record SexMix(double female, double male, Location where) {
        public SexMix {
            if (!(female >= 0 && male >= 0 && female + male > 0) || !Double.isFinite(female + male)) {
                throw new IllegalArgumentException("sex weights must be 0 or more and sum to more than 0");
            }
        }

        /** The probability that a patient is female. */
        public double femaleFraction() {
            return female / (female + male);
        }
    }

    /**
     * A comorbidity, present in each patient independently of the others.
     *
     * @param name       the indicator's name, which dependencies read
     * @param prevalence the probability a patient has it, 0 to 1
     * @param where      where it is written
     */
    public record Comorbidity(String name, double prevalence, Location where) {
        public Comorbidity {
            if (!(prevalence >= 0 && prevalence <= 1)) {
                throw new IllegalArgumentException("a prevalence lies in 0..1, not " + prevalence);
            }
        }
    }
}
