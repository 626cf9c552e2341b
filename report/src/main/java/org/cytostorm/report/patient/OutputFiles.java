package org.cytostorm.report.patient;

import java.nio.file.Path;

/**
 * The files written for one run by {@link RunOutputs#writeAll}.
 *
 * @param timeseriesCsv the time series (timeseries.csv)
 * @param summaryJson   the summary (summary.json)
 * @param reportHtml    the report (report.html)
 */
public record OutputFiles(Path timeseriesCsv, Path summaryJson, Path reportHtml) {
}
