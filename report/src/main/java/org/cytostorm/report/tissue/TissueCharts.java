package org.cytostorm.report.tissue;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts of the tissue's time series, found by the column naming convention: cell
 * counts ({@code n_}), mean and peak concentrations ({@code mean_}, {@code max_}), dead fraction and
 * front position side by side, fluxes ({@code flux_}). A chart whose columns are absent is left out.
 * Time is in hours (tissue runs last hours to a few days). Drawn with XChart off screen, in the
 * patient report's style.
 */
final class TissueCharts {

    static final String TIME_H = "time_h";
    static final String TIME_MIN = "time_min";
    static final String DEAD_FRACTION = "dead_fraction";
    static final String FRONT = "front_um";

    static final int WIDTH = 900;
    static final int HEIGHT = 350;
    /** Two charts side by side in the page's 960 px. */
    static final int HALF_WIDTH = 445;
    static final int HALF_HEIGHT = 300;

    static {
        // Charts are drawn on servers and in CI without a display; AWT must not look for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * One chart on the page.
     *
     * @param id the figure's id in the page ({@code chart-counts} and so on)
     * @param half drawn half width, beside its neighbour
     */
    record Figure(String id, XYChart chart, String alt, String caption, boolean half) {
    }

    private TissueCharts() {
    }

    /** The charts of the input's time series, in page order; none without rows. */
    static List<Figure> figures(TissueReportInput in) {
        List<Figure> figures = new ArrayList<>();
        if (in.rows().isEmpty()) {
            return figures;
        }
        double[] t = in.timeH();
        prefixed(in, t, "counts", "n_", "Cell counts", "cells", true,
                "; kinds with no cells throughout are not shown").ifPresent(figures::add);
        prefixed(in, t, "mean-fields", "mean_", "Mean concentrations", "mean over the tissue", false, "")
                .ifPresent(figures::add);
        prefixed(in, t, "max-fields", "max_", "Peak concentrations", "maximum over the tissue", false, "")
                .ifPresent(figures::add);
        single(in, t, "dead-fraction", DEAD_FRACTION, "Dead fraction", "fraction of cells dead")
                .ifPresent(figures::add);
        single(in, t, "front", FRONT, "Front position", "\u00b5m").ifPresent(figures::add);
        prefixed(in, t, "fluxes", "flux_", "Fluxes", "", false, "").ifPresent(figures::add);
        return figures;
    }

    static byte[] png(XYChart chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    }

    /** One chart of every column named {@code prefix…}, labelled by the rest of the name. */
    private static Optional<Figure> prefixed(TissueReportInput in, double[] t, String id, String prefix,
            String title, String yAxis, boolean hideZero, String hiddenNote) {
        List<String> names = in.columns().stream().filter(c -> c.startsWith(prefix) && c.length() > prefix.length())
                .toList();
        Predicate<double[]> shown = hideZero ? TissueCharts::anyNonZero : TissueCharts::anyFinite;
        XYChart chart = chart(title, yAxis, WIDTH, HEIGHT);
        List<String> drawn = new ArrayList<>();
        for (String name : names) {
            double[] values = in.column(name);
            if (shown.test(values)) {
                add(chart, name.substring(prefix.length()).replace('_', ' '), t, values);
                drawn.add(name);
            }
        }
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        String caption = String.join(", ", drawn) + " (time in hours" + (drawn.size() < names.size() ? hiddenNote : "")
                + ")";
        return Optional.of(new Figure("chart-" + id, chart, title + ": " + String.join(", ", drawn), caption,
                false));
    }

    /** A half-width chart of one column, without a legend (the title names it). */
    private static Optional<Figure> single(TissueReportInput in, double[] t, String id, String column,
            String title, String yAxis) {
        if (!in.columns().contains(column)) {
            return Optional.empty();
        }
        double[] values = in.column(column);
        if (!anyFinite(values)) {
            return Optional.empty();
        }
        XYChart chart = chart(title, yAxis, HALF_WIDTH, HALF_HEIGHT);
        chart.getStyler().setLegendVisible(false);
        add(chart, column, t, values);
        return Optional.of(new Figure("chart-" + id, chart, title + ": " + column,
                column + " (time in hours)", true));
    }

    private static XYChart chart(String title, String yAxis, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle("time (h)")
                .yAxisTitle(yAxis).build();
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        return chart;
    }

    /** A line; values that are not finite (a front not yet formed) become gaps. */
    private static void add(XYChart chart, String label, double[] t, double[] values) {
        List<Double> x = new ArrayList<>(t.length);
        List<Double> y = new ArrayList<>(t.length);
        for (int r = 0; r < t.length; r++) {
            if (Double.isFinite(t[r])) {
                x.add(t[r]);
                y.add(Double.isFinite(values[r]) ? values[r] : null);
            }
        }
        XYSeries series = chart.addSeries(label, x, y);
        series.setMarker(SeriesMarkers.NONE);
    }

    private static boolean anyFinite(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNonZero(double[] values) {
        for (double v : values) {
            if (Double.isFinite(v) && v != 0) {
                return true;
            }
        }
        return false;
    }
}
