package org.cytostorm.cohort.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What no real trial shows: every enrolled patient under an arm and under the control. With the
 * same fate number under both (common random numbers), a patient is helped if the sampled fate is
 * death under the control and survival under the arm, harmed if the other way round.
 *
 * @param arm                  the arm
 * @param n                    patients with both runs successful
 * @param helped               fraction helped (sampled)
 * @param harmed               fraction harmed (sampled)
 * @param meanSurvivalGain     mean over patients of the gain in survival probability, arm minus control
 * @param helpedProfile        who the helped patients are: mean covariates and subgroup fractions
 * @param harmedProfile        who the harmed patients are
 * @param unaffectedProfile    everyone else
 */
public record Counterfactual(String arm, long n, double helped, double harmed, double meanSurvivalGain,
        Profile helpedProfile, Profile harmedProfile, Profile unaffectedProfile) {

    /**
     * A group of patients described.
     *
     * @param n          patients
     * @param meanAge    mean age, years (NaN if none)
     * @param meanWeight mean weight, kg
     * @param female     fraction female
     * @param subgroups  fraction in each subgroup
     */
    public record Profile(long n, double meanAge, double meanWeight, double female, Map<String, Double> subgroups) {
        public Profile {
            subgroups = Collections.unmodifiableMap(new LinkedHashMap<>(subgroups));
        }
    }
}
