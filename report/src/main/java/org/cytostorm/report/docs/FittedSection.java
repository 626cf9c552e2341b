package org.cytostorm.report.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytostorm.cohort.calibration.FittedDistribution;
import org.cytostorm.engine.expr.ExprPrinter;

/**
 * The model page's part on calibrated populations: the citation {@code fitted: NAME targets} that
 * a parameter's row gets for each calibration that moved it, and the section listing each
 * calibration's fitted distributions (the weighted pool's median and 90% range against the
 * parameter table's population).
 */
final class FittedSection {

    private FittedSection() {
    }

    /** Parameter name to its citations, one per calibration that moved it. */
    static Map<String, List<String>> citations(List<CalibrationFit> fits) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CalibrationFit fit : fits) {
            for (FittedDistribution f : fit.moved()) {
                out.computeIfAbsent(f.parameter(), k -> new ArrayList<>()).add("fitted: [" + fit.name()
                        + " targets](calibration-populations.md#" + fit.name() + ") (" + shift(f) + ")");
            }
        }
        return out;
    }

    /** The section: one table per calibration of the parameters it moved. */
    static void append(StringBuilder sb, List<CalibrationFit> fits) {
        sb.append("## Fitted population distributions\n\n");
        sb.append("Each built-in calibration (`cytostorm calibrate NAME`; targets, method and results in")
                .append(" [calibration-populations.md](calibration-populations.md)) fits a population by weighting a")
                .append(" pool drawn from the distributions above so that it meets natural-history targets. The fitted")
                .append(" distribution is the weighted pool, with the correlations its patients carry; the committed")
                .append(" weights and `fitted/NAME.csv` beside them (in `cohort/src/main/resources/org/cytostorm/cohort/")
                .append("calibration/builtin/`) hold it. Listed here, and cited in the parameter table as")
                .append(" `fitted: NAME targets`, are the parameters a calibration moved beyond chance: a shift of the")
                .append(" mean (in pool SDs, on the log scale for a positive parameter) of at least three times")
                .append(" 1/√ESS, the chance shift of a parameter the targets do not depend on (ESS: the weights'")
                .append(" effective sample size), and at least ").append(ExprPrinter.number(CalibrationFit.FLOOR))
                .append(" SD.\n\n");
        for (CalibrationFit fit : fits) {
            sb.append("### ").append(fit.name()).append("\n\n");
            sb.append(String.format(Locale.ROOT, "Effective sample size %.0f; shifts of %.2f SD or more.\n\n",
                    fit.effectiveSampleSize(), fit.threshold()));
            if (fit.moved().isEmpty()) {
                sb.append("No parameter moved beyond chance.\n\n");
                continue;
            }
            sb.append(Markdown.header(List.of("Parameter", "Table population median", "Fitted median",
                    "Fitted 90% range", "Shift (SD)"), "lrrrr"));
            for (FittedDistribution f : fit.moved()) {
                sb.append(Markdown.row(List.of(Markdown.code(f.parameter()), number(f.poolMedian()),
                        number(f.median()), number(f.low()) + "–" + number(f.high()), shift(f))));
            }
            sb.append('\n');
        }
    }

    private static String shift(FittedDistribution f) {
        return String.format(Locale.ROOT, "%+.2f SD", f.shift());
    }

    /** Four significant digits: the pool is a sample, and more would be noise. */
    private static String number(double v) {
        return ExprPrinter.number(Double.parseDouble(String.format(Locale.ROOT, "%.4g", v)));
    }
}
