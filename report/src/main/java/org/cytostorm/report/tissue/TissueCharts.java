package org.cytostorm.report.tissue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.cytostorm.report.html.PanelPlan;
import org.cytostorm.report.html.TimePanel;
import org.cytostorm.report.html.TimeSeries;

/**
 * The report's figures of the tissue's time series, found by the column naming convention: cell
 * counts ({@code n_}), mean and peak concentrations ({@code mean_}, {@code max_}), dead fraction and
 * front position, fluxes into blood ({@code flux_}). A figure whose columns are absent is left out.
 * Time is in hours (tissue runs last hours to a few days). Each figure's curves are laid out in
 * interactive panels by unit and scale ({@link PanelPlan}), each axis labelled with its unit.
 */
final class TissueCharts {

    static final String TIME_H = "time_h";
    static final String TIME_MIN = "time_min";
    static final String DEAD_FRACTION = "dead_fraction";
    static final String FRONT = "front_um";

    /**
     * One figure on the page.
     *
     * @param id      the figure's id in the page ({@code chart-counts} and so on)
     * @param panels  its panels
     * @param caption what it shows
     */
    record Figure(String id, List<TimePanel> panels, String caption) {
    }

    private TissueCharts() {
    }

    /** The figures of the input's time series, in page order; none without rows. */
    static List<Figure> figures(TissueReportInput in) {
        List<Figure> figures = new ArrayList<>();
        if (in.rows().isEmpty()) {
            return figures;
        }
        prefixed(in, "counts", "n_", "Cell counts", true, "; kinds with no cells throughout are not shown")
                .ifPresent(figures::add);
        prefixed(in, "mean-fields", "mean_", "Mean concentrations over the tissue", false, "").ifPresent(figures::add);
        prefixed(in, "max-fields", "max_", "Peak concentrations in the tissue", false, "").ifPresent(figures::add);
        single(in, "dead-fraction", DEAD_FRACTION, "Dead fraction of the parenchyma").ifPresent(figures::add);
        single(in, "front", FRONT, "Front of dead tissue, from the focus").ifPresent(figures::add);
        prefixed(in, "fluxes", "flux_", "Net flux from tissue into blood", false, "").ifPresent(figures::add);
        return figures;
    }

    /** One figure of every column named {@code prefix…}, each curve named by the rest of the name. */
    private static Optional<Figure> prefixed(TissueReportInput in, String id, String prefix, String title,
            boolean hideZero, String hiddenNote) {
        List<String> names = in.columns().stream().filter(c -> c.startsWith(prefix) && c.length() > prefix.length())
                .toList();
        Predicate<double[]> shown = hideZero ? TissueCharts::anyNonZero : TissueCharts::anyFinite;
        List<TimeSeries> series = new ArrayList<>();
        List<String> drawn = new ArrayList<>();
        for (String name : names) {
            double[] values = finite(in.column(name));
            if (shown.test(values)) {
                series.add(new TimeSeries(name.substring(prefix.length()), in.unit(name), values));
                drawn.add(name);
            }
        }
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        String caption = title + ": " + String.join(", ", drawn) + " (time in hours"
                + (drawn.size() < names.size() ? hiddenNote : "") + ").";
        return Optional.of(new Figure("chart-" + id, PanelPlan.panels(title, series, false), caption));
    }

    /** A figure of one column. */
    private static Optional<Figure> single(TissueReportInput in, String id, String column, String title) {
        if (!in.columns().contains(column)) {
            return Optional.empty();
        }
        double[] values = finite(in.column(column));
        if (!anyFinite(values)) {
            return Optional.empty();
        }
        List<TimeSeries> series = List.of(new TimeSeries(column, in.unit(column), values));
        return Optional.of(new Figure("chart-" + id, PanelPlan.panels(title, series, false),
                title + ": " + column + " (time in hours; a gap where it is not defined)."));
    }

    /** Values that are not finite (a front not yet formed) as NaN: gaps in a chart. */
    private static double[] finite(double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (!Double.isFinite(out[i])) {
                out[i] = Double.NaN;
            }
        }
        return out;
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
