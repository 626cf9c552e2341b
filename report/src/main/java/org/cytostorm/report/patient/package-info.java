/**
 * The files written for one patient run (the output contract, docs/outputs.md):
 * {@code timeseries.csv} ({@link org.cytostorm.report.patient.TimeseriesCsv}),
 * {@code summary.json} ({@link org.cytostorm.report.patient.SummaryJson}) and
 * {@code report.html} ({@link org.cytostorm.report.patient.HtmlReport}), all three at once with
 * {@link org.cytostorm.report.patient.RunOutputs}, plus the text shown on the console
 * ({@link org.cytostorm.report.patient.ConsoleSummary}); and the comparison of two runs
 * ({@link org.cytostorm.report.patient.ComparisonOutputs}: each run's files and a page with both,
 * {@link org.cytostorm.report.patient.ComparisonSummary} for the console).
 *
 * <p>Every file is written atomically (whole or not at all), and a run holding a NaN or infinite
 * value is refused before anything is written: a reader never sees a partial or silently corrupt
 * file.
 */
package org.cytostorm.report.patient;
