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
 * <p>The files of a run or a comparison are written as one set ({@link org.cytostorm.common.io.OutputSet}):
 * the directory holds the previous set or the new one, never a mixture, even after a kill. A run
 * holding a NaN or infinite value is refused before anything is written: a reader never sees a
 * partial or silently corrupt file.
 */
package org.cytostorm.report.patient;
