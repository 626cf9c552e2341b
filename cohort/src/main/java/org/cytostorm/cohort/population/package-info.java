/**
 * Virtual populations: who the patients of a cohort or trial are. A {@link
 * org.cytostorm.cohort.population.PopulationSpec} (read from YAML by {@link
 * org.cytostorm.cohort.population.PopulationReader}; docs/cohorts.md) says how covariates and model
 * parameters vary (the parameter table's distribution syntax, truncated), how they correlate (a
 * Gaussian copula) and which draws are plausible (baseline vitals and labs in their normal ranges).
 * {@link org.cytostorm.cohort.population.Population} resolves a spec on a template scenario and a
 * seed and draws {@link org.cytostorm.cohort.population.VirtualPatient}s, each a pure function of
 * (seed, patient index) through counter-based streams, so a trial's patients are the same on any
 * number of threads or shards. A drawn patient applies to the template as a scenario, ready to run.
 *
 * <p>Why a separate spec and population: a spec describes people ("adults with lymphoma") and is
 * reused across triggers and arms; the centres its parameters vary around are the trigger's values,
 * known only with the scenario. Every problem with a spec is an {@link
 * org.cytostorm.common.input.InputException} naming file, line and key, raised before any patient
 * runs.
 */
package org.cytostorm.cohort.population;
