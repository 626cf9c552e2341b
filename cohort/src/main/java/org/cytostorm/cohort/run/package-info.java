/**
 * Running a trial: each patient simulated under every arm ({@link org.cytostorm.cohort.run.TrialPatient}),
 * patients spread over threads in batches that are committed as they finish and skipped when a run
 * is resumed ({@link org.cytostorm.cohort.run.TrialRunner}), and the rows of a finished trial
 * ({@link org.cytostorm.cohort.run.PatientResult}).
 */
package org.cytostorm.cohort.run;
