package org.cytostorm.report.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.cytostorm.cohort.calibration.Calibration;
import org.cytostorm.cohort.calibration.CalibrationFiles;
import org.cytostorm.cohort.calibration.Target;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.report.html.Html;
import org.cytostorm.report.html.HtmlPage;
import org.cytostorm.report.html.Svg;

/**
 * report.html of a calibration: per target a row of three markers on the target's own axis (the
 * pool before weighting, the calibrated cohort, and the published figure with its tolerance band),
 * then the table of figures and sources.
 */
public final class CalibrationReport implements CalibrationFiles.ReportWriter {

    private static final int W = 900;
    private static final int LEFT = 240;
    private static final int RIGHT = 60;
    private static final int ROW = 60;

    @Override
    public void write(Calibration.Result result, Path file) throws IOException {
        AtomicFiles.writeString(file, html(result));
    }

    /** The page. */
    public static String html(Calibration.Result r) {
        Html h = HtmlPage.start("cytostorm calibration " + r.spec().cohort().name(),
                "Calibrated virtual population: " + r.spec().cohort().name());
        if (!r.spec().cohort().description().isEmpty()) {
            h.raw("<p class=\"description\">").text(r.spec().cohort().description()).raw("</p>\n");
        }
        h.raw("<p>").text(String.format(Locale.ROOT, "A pool of %d plausible patients (%d failed to simulate) from the"
                + " population of %s, each simulated once; maximum-entropy weights (entropy balancing) meet the targets;"
                + " a calibrated cohort of %d is drawn from the weighted pool (systematic resampling, seed %d). The"
                + " weights are worth %.0f equally weighted patients (Kish's effective sample size).",
                r.spec().cohort().patients(), r.failed(), r.spec().cohort().scenario().name(), r.cohortSize(), r.seed(),
                r.solution().effectiveSampleSize())).raw("</p>\n");
        int met = 0;
        for (int k = 0; k < r.spec().targets().size(); k++) {
            met += r.met(k) ? 1 : 0;
        }
        h.raw("<p><strong>").text(met + " of " + r.spec().targets().size() + " targets met").raw("</strong> within")
                .raw(" their tolerance in the calibrated cohort.</p>\n");
        h.raw("<h2>Targets</h2>\n<figure>\n").raw(figure(r)).raw("<figcaption>Each target on its own axis: grey, the")
                .raw(" pool before weighting; blue, the calibrated cohort; the black line and band, the published figure")
                .raw(" and its tolerance.</figcaption>\n</figure>\n");
        h.raw("<table>\n<thead><tr><th>Target</th><th class=\"num\">Published</th><th class=\"num\">Pool</th>")
                .raw("<th class=\"num\">Weighted pool</th><th class=\"num\">Calibrated cohort</th><th>Met</th><th>Source</th>")
                .raw("</tr></thead>\n<tbody>\n");
        for (int k = 0; k < r.spec().targets().size(); k++) {
            Target t = r.spec().targets().get(k);
            h.raw("<tr><td>").text(t.name()).raw("</td><td class=\"num nowrap\">").text(fmt(t, t.value()) + " ± "
                    + fmt(t, t.tolerance())).raw("</td><td class=\"num nowrap\">").text(fmt(t, r.prior()[k]))
                    .raw("</td><td class=\"num nowrap\">").text(fmt(t, r.weighted()[k])).raw("</td><td class=\"num nowrap\">")
                    .text(fmt(t, r.cohort()[k])).raw("</td><td>").text(r.met(k) ? "yes" : "no").raw("</td><td>")
                    .text(t.source()).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
        if (!r.shifts().isEmpty()) {
            h.raw("<h2>What the weighting says about the parameters</h2>\n<p>The parameters whose distribution the")
                    .raw(" weights moved most: standardised shift of the mean (on the log scale for positive")
                    .raw(" parameters), pool and weighted medians.</p>\n<table>\n<thead><tr><th>Parameter</th>")
                    .raw("<th class=\"num\">Shift (SD)</th><th class=\"num\">Pool median</th><th class=\"num\">")
                    .raw("Weighted median</th></tr></thead>\n<tbody>\n");
            for (org.cytostorm.cohort.calibration.FittedDistribution sh : r.shifts()) {
                h.raw("<tr><td>").text(sh.parameter()).raw("</td><td class=\"num\">")
                        .text(String.format(Locale.ROOT, "%+.2f", sh.shift())).raw("</td><td class=\"num\">")
                        .text(String.format(Locale.ROOT, "%.4g", sh.poolMedian())).raw("</td><td class=\"num\">")
                        .text(String.format(Locale.ROOT, "%.4g", sh.median())).raw("</td></tr>\n");
            }
            h.raw("</tbody>\n</table>\n");
        }
        return HtmlPage.end(h);
    }

    /** A rate whose published band, pool and cohort all stay below this is drawn on a 0-10% axis. */
    private static final double RARE = 0.08;

    private static String figure(Calibration.Result r) {
        int n = r.spec().targets().size();
        int plotW = W - LEFT - RIGHT;
        Svg svg = new Svg("targets", W, 20 + ROW * n, "Calibration targets: published, pool and calibrated cohort");
        for (int k = 0; k < n; k++) {
            Target t = r.spec().targets().get(k);
            double shown = Math.max(t.value() + t.tolerance(), Math.max(nz(r.prior()[k]), nz(r.cohort()[k])));
            // a rare event (IEC-HS, late CRS) on a 0-100% axis is a dot at zero: its own 0-10% axis
            double max = t.isRate() ? (shown <= RARE ? 0.1 : 1) : Math.max(14, 1.2 * shown);
            double y = 10 + ROW * k + 20;
            if (k % 2 == 0) {
                svg.rect(0, 10 + ROW * k, W, ROW, "#f6f6f6");
            }
            svg.text(LEFT - 10, y + 4, "end", Svg.fit(t.name(), LEFT - 20));
            svg.line(LEFT, y + 12, LEFT + plotW, y + 12, "#999", 1, null);
            for (int tick = 0; tick <= 4; tick++) {
                double v = max * tick / 4;
                double x = LEFT + plotW * v / max;
                svg.line(x, y + 12, x, y + 15, "#999", 1, null);
                svg.text(x, y + 28, "middle", max < 1 && t.isRate() ? String.format(Locale.ROOT, "%.1f%%", 100 * v)
                        : fmt(t, v));
            }
            double lo = Math.max(0, t.value() - t.tolerance());
            double hi = Math.min(max, t.value() + t.tolerance());
            svg.rect(LEFT + plotW * lo / max, y - 10, plotW * (hi - lo) / max, 20, "#e0e0e0");
            double xt = LEFT + plotW * t.value() / max;
            svg.line(xt, y - 12, xt, y + 11, "#000", 2, null);
            marker(svg, r.prior()[k], max, plotW, y, "#888");
            marker(svg, r.cohort()[k], max, plotW, y, "#1f77b4");
        }
        return svg.end();
    }

    private static void marker(Svg svg, double v, double max, int plotW, double y, String colour) {
        if (Double.isFinite(v)) {
            double x = LEFT + plotW * Math.min(v, max) / max;
            svg.rect(x - 5, y - 5, 10, 10, colour);
        }
    }

    private static double nz(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static String fmt(Target t, double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return t.isRate() ? String.format(Locale.ROOT, "%.0f%%", 100 * v) : String.format(Locale.ROOT, "%.1f d", v);
    }
}
