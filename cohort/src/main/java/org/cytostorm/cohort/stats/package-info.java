/**
 * The statistics of an in-silico trial report: event rates with Wilson score intervals
 * ({@link org.cytostorm.cohort.stats.Proportion}), the risk ratio and risk difference of two arms
 * ({@link org.cytostorm.cohort.stats.RiskComparison}), Kaplan–Meier survival curves with
 * Greenwood standard errors and median survival ({@link org.cytostorm.cohort.stats.KaplanMeier}),
 * the log-rank test for k groups ({@link org.cytostorm.cohort.stats.LogRankTest}) and Cox
 * proportional-hazards regression with Efron's tie handling
 * ({@link org.cytostorm.cohort.stats.CoxRegression}).
 *
 * <p>Why these and why so: a trial report is read next to published trials, which are analysed
 * with R's {@code survival} package; each method here follows that package's default (Greenwood
 * variance and a log-scale interval for {@code survfit}, {@code survdiff} with {@code rho = 0},
 * {@code coxph} with Efron ties and its Newton–Raphson with step halving), and the tests match R's
 * output to 1e-6 on textbook and simulated data ({@code cohort/src/test/r/survival-reference.R},
 * re-checked in CI by {@code cohort/check-against-r.sh}). Where R has no default (the two-arm
 * intervals), the method and its reason are in the class's documentation.
 *
 * <p>Inputs are {@link org.cytostorm.cohort.stats.SurvivalObservation}s: a time (in whatever unit
 * the caller uses, hours inside cytostorm; every time returned is in the same unit), an event flag,
 * a group index and covariates. Times that are exactly equal are ties; R's {@code timefix} merge
 * of times that differ by rounding error is not copied, so times should be read from text or
 * rounded to the output grid. Bad input (a negative or NaN time, an empty group, an event count
 * above its total) is a programming error and throws {@link java.lang.IllegalArgumentException}
 * with the offending value; a failed patient is a result of the trial layer above, not of this
 * package. All intervals are two-sided 95%. Every result is an immutable record; nothing here
 * holds state, so every method is thread-safe.
 */
package org.cytostorm.cohort.stats;
