/**
 * In-silico randomized trials, described: a {@link org.cytostorm.cohort.trial.TrialSpec} (scenario,
 * population, enrolment, arms, allocation, subgroups) read from YAML by
 * {@link org.cytostorm.cohort.trial.TrialSpecReader}, and what one enrolled patient's course under
 * one arm yields ({@link org.cytostorm.cohort.trial.Endpoints}). Every enrolled patient is simulated
 * under every arm (the counterfactual a real trial cannot give); the randomized assignment is drawn
 * afterwards ({@link org.cytostorm.cohort.trial.Randomization}), so it is the same whatever the
 * threads or shards that simulated the patients.
 */
package org.cytostorm.cohort.trial;
