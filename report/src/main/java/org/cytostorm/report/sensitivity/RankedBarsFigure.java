package org.cytostorm.report.sensitivity;

import java.util.List;
import java.util.Locale;

import org.cytostorm.report.html.Svg;

/**
 * Ranked horizontal bars, the most influential parameter on top: for Sobol, the total index ST
 * (light) with the first-order index S1 (dark) inside it, each with its 95% interval; for Morris, μ*
 * with its interval and σ as a dot. One shared axis from 0, so bars compare across rows.
 */
final class RankedBarsFigure {

    private static final int W = 900;
    private static final int LEFT = 230;
    private static final int RIGHT = 40;
    private static final int ROW = 20;
    private static final int TOP = 28;
    private static final String ST = "#9ecae1";
    private static final String S1 = "#2171b5";
    private static final String MU = "#6baed6";
    private static final String SIGMA = "#d94801";

    private RankedBarsFigure() {
    }

    /**
     * One bar row: a parameter, the main value with its interval, and a second value (S1, or σ) with
     * its own interval (NaN where it has none).
     */
    record Bar(String label, double value, double lo, double hi, double second, double secondLo, double secondHi) {
    }

    static String svg(String id, String caption, List<Bar> bars, boolean sobol) {
        double max = sobol ? 1 : 0;
        for (Bar b : bars) {
            max = Math.max(max, finite(b.hi()) ? b.hi() : b.value());
            if (!sobol && finite(b.second())) {
                max = Math.max(max, b.second());
            }
        }
        if (!(max > 0)) {
            max = 1;
        }
        double axisMax = niceCeiling(max);
        int plotW = W - LEFT - RIGHT;
        int height = TOP + ROW * bars.size() + 44;
        Svg svg = new Svg(id, W, height, caption);
        // legend
        if (sobol) {
            svg.rect(LEFT, 8, 12, 12, ST).text(LEFT + 16, 18, "start", "total index ST");
            svg.rect(LEFT + 130, 8, 12, 12, S1).text(LEFT + 146, 18, "start", "first-order index S1");
            svg.text(LEFT + 290, 18, "start", "lines: 95% bootstrap intervals");
        } else {
            svg.rect(LEFT, 8, 12, 12, MU).text(LEFT + 16, 18, "start", "μ* (mean absolute effect)");
            svg.rect(LEFT + 190, 10, 8, 8, SIGMA).text(LEFT + 202, 18, "start", "σ (non-linearity, interaction)");
            svg.text(LEFT + 420, 18, "start", "line: 95% interval of μ*");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + ROW * i;
            if (i % 2 == 0) {
                svg.rect(0, y, W, ROW, "#f6f6f6");
            }
            svg.text(LEFT - 8, y + ROW / 2.0 + 4, "end", Svg.fit(b.label(), LEFT - 16));
            double v = clamp(b.value(), axisMax);
            svg.rect(LEFT, y + 3, x(v, axisMax, plotW) - LEFT, ROW - 6, sobol ? ST : MU);
            interval(svg, b.lo(), b.hi(), y + ROW / 2.0, axisMax, plotW, "#08306b");
            if (sobol && finite(b.second())) {
                double s = clamp(b.second(), axisMax);
                svg.rect(LEFT, y + 7, x(s, axisMax, plotW) - LEFT, ROW - 14, S1);
                interval(svg, b.secondLo(), b.secondHi(), y + ROW / 2.0 + 3, axisMax, plotW, "#000");
            } else if (!sobol && finite(b.second())) {
                double s = x(clamp(b.second(), axisMax), axisMax, plotW);
                svg.rect(s - 4, y + ROW / 2.0 - 4, 8, 8, SIGMA);
            }
        }
        double axisY = TOP + ROW * bars.size() + 4;
        svg.line(LEFT, axisY, LEFT + plotW, axisY, "#555", 1, null);
        for (int t = 0; t <= 5; t++) {
            double value = axisMax * t / 5;
            double xx = x(value, axisMax, plotW);
            svg.line(xx, axisY, xx, axisY + 4, "#555", 1, null);
            svg.line(xx, TOP, xx, axisY, "#ddd", 1, "2,3");
            svg.text(xx, axisY + 16, "middle", label(value));
        }
        svg.text(LEFT + plotW / 2.0, axisY + 34, "middle", sobol ? "share of the readout's variance"
                : "change of the readout per unit of quantile (half the distribution: half of it)");
        return svg.end();
    }

    private static void interval(Svg svg, double lo, double hi, double y, double axisMax, int plotW, String colour) {
        if (finite(lo) && finite(hi) && hi > lo) {
            svg.line(x(clamp(lo, axisMax), axisMax, plotW), y, x(clamp(hi, axisMax), axisMax, plotW), y, colour, 1.2, null);
        }
    }

    private static double x(double v, double axisMax, int plotW) {
        return LEFT + plotW * Math.max(0, v) / axisMax;
    }

    private static double clamp(double v, double max) {
        return Double.isFinite(v) ? Math.max(0, Math.min(v, max)) : 0;
    }

    private static boolean finite(double v) {
        return Double.isFinite(v);
    }

    /** The axis end: 1, 2 or 5 times a power of ten at or above {@code v}. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String label(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        String t = a >= 1000 || a < 0.01 ? String.format(Locale.ROOT, "%.2g", v) : String.format(Locale.ROOT, "%.3g", v);
        // 0.200 reads as 0.2: trailing zeros of a decimal fraction say nothing
        return t.contains(".") && !t.contains("e") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
    }
}
