/**
 * The files written for one patient run (the output contract, docs/outputs.md):
 * {@code timeseries.csv} ({@link org.cytostorm.physiology.output.TimeseriesCsv}),
 * {@code summary.json} ({@link org.cytostorm.physiology.output.SummaryJson}) and
 * {@code report.html} ({@link org.cytostorm.physiology.output.HtmlReport}), all three at once with
 * {@link org.cytostorm.physiology.output.RunOutputs}, plus the text shown on the console
 * ({@link org.cytostorm.physiology.output.ConsoleSummary}); and the comparison of two runs
 * ({@link org.cytostorm.physiology.output.ComparisonOutputs}: each run's files and a page with both,
 * {@link org.cytostorm.physiology.output.ComparisonSummary} for the console).
 *
 * <p>Every file is written atomically (whole or not at all), and a run holding a NaN or infinite
 * value is refused before anything is written: a reader never sees a partial or silently corrupt
 * file.
 */
package org.cytostorm.physiology.output;
