package org.cytostorm.report.patient;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * What every chart of the reports shares: the look, the time axis (days for long runs), the
 * floor of a log axis, dose markers and PNG encoding. Drawn with XChart off screen.
 */
final class Charts {

    /** Runs longer than this are plotted in days. */
    static final double DAYS_ABOVE_H = 72;

    /** Decades shown below the largest value on a log axis. */
    static final int FLOOR_DECADES = 6;

    /**
     * Values smaller than this are solver noise, not a signal: a drug never given can read
     * -4e-18 mg/L. It is far below any level that matters in any column (1 pg/mL as a drug level).
     */
    static final double NOISE = 1e-9;

    private static final Color MARKER_COLOUR = new Color(0x99, 0x99, 0x99);
    private static final BasicStroke MARKER_STROKE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {4f, 4f}, 0f);

    static {
        // Charts are drawn on servers and in CI without a display; AWT must not look for one.
        // Set here, before XChart first touches AWT, unless the caller decided otherwise.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    static boolean inDays(double durationH) {
        return durationH > DAYS_ABOVE_H;
    }

    /** An empty chart in the reports' style: white, legend to the right, time on the x axis. */
    static XYChart chart(String title, boolean days, String yAxisTitle, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(days ? "time (days)" : "time (h)").yAxisTitle(yAxisTitle).build();
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        return chart;
    }

    /** Hours as plotted: days or hours. */
    static double x(double hours, boolean days) {
        return days ? hours / 24 : hours;
    }

    static List<Double> x(double[] timeH, boolean days) {
        List<Double> x = new ArrayList<>(timeH.length);
        for (double t : timeH) {
            x.add(x(t, days));
        }
        return x;
    }

    /**
     * The smallest value drawn. A log axis cannot show zero or less, and a tail decaying towards
     * 1e-300 would squeeze the curves into a sliver: values more than {@value #FLOOR_DECADES}
     * decades below the largest are not drawn. A linear axis draws everything.
     */
    static double floor(boolean log, double largest) {
        return log ? largest * Math.pow(10, -FLOOR_DECADES) : Double.NEGATIVE_INFINITY;
    }

    /** The values to plot: those below the floor become null, a gap rather than a line across. */
    static List<Double> above(double[] values, double floor) {
        List<Double> y = new ArrayList<>(values.length);
        for (double v : values) {
            y.add(v >= floor ? v : null);
        }
        return y;
    }

    static boolean anyAbove(double[] values, double floor) {
        for (double v : values) {
            if (v >= floor) {
                return true;
            }
        }
        return false;
    }

    /** True when some value stands above the noise: the column shows something. */
    static boolean present(double[] values) {
        return anyAbove(values, NOISE);
    }

    /** True when the values change by more than the noise during the run. */
    static boolean varies(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min > NOISE;
    }

    static double largest(List<double[]> series) {
        double largest = 0;
        for (double[] values : series) {
            for (double v : values) {
                largest = Math.max(largest, v);
            }
        }
        return largest;
    }

    /** The start times of the doses (not variable settings) within {@code [0, endH]}, in hours, without repeats. */
    static List<Double> doseTimes(List<TreatmentEvent> events, double endH) {
        List<Double> times = new ArrayList<>();
        for (TreatmentEvent e : events) {
            if (e.isDose() && e.timeH() >= 0 && e.timeH() <= endH && !times.contains(e.timeH())) {
                times.add(e.timeH());
            }
        }
        return times;
    }

    /** A thin dashed grey vertical line at each dose, so that effects can be read against causes. */
    static void markDoses(XYChart chart, List<Double> doseTimesH, boolean days) {
        chart.getStyler().setAnnotationLineColor(MARKER_COLOUR);
        chart.getStyler().setAnnotationLineStroke(MARKER_STROKE);
        for (double t : doseTimesH) {
            chart.addAnnotation(new AnnotationLine(x(t, days), true, false));
        }
    }

    static byte[] png(XYChart chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    }
}
