/**
 * A finished trial read as a trial report reads it: the CONSORT flow, per-arm event rates, arm
 * comparisons (risk ratio and difference, hazard ratio, log-rank), the same for each subgroup, and
 * the paired counterfactual view no real trial has (each enrolled patient under every arm).
 * Built from the rows of a trial ({@link org.cytostorm.cohort.run.PatientResult}) with the
 * statistics of {@code cohort.stats}; holds no presentation.
 */
package org.cytostorm.cohort.analysis;
