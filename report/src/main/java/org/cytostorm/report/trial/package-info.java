/**
 * The report of an in-silico trial (report.html): CONSORT flow, baseline table, outcomes, Kaplan–Meier
 * curves, a forest plot of the subgroups and the counterfactual view, from a
 * {@link org.cytostorm.cohort.analysis.TrialSummary}. The figures are interactive charts drawn by
 * uPlot from data in the page (org.cytostorm.report.html); the page stays one self-contained file.
 */
package org.cytostorm.report.trial;
