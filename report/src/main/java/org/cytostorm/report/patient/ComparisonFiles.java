package org.cytostorm.report.patient;

import java.nio.file.Path;

/**
 * The files written for a comparison by {@link ComparisonOutputs#writeAll}.
 *
 * @param a          run A's three files (in {@code A/})
 * @param b          run B's three files (in {@code B/})
 * @param reportHtml the comparison page (report.html)
 */
public record ComparisonFiles(OutputFiles a, OutputFiles b, Path reportHtml) {
}
