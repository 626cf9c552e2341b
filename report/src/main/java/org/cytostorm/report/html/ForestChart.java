package org.cytostorm.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * An interactive forest plot in a self-contained HTML page: each row's ratio as a square, its 95%
 * interval as a whisker, on a log axis with the line of no effect at 1, the row's label on the left
 * and its numbers on the right; hovering a row shows its values in the legend. Drawn in the browser
 * by uPlot, as the time charts are ({@link InteractiveCharts}), by the renderer forest-plot.js; the
 * data go in as JSON, in the same frame as a time figure's (panels with a y axis label, series with
 * a name, colour and peak), so that a reader of one reads the other.
 */
public final class ForestChart {

    private static final String RENDERER = "org/cytostorm/report/html/forest-plot.js";
    private static final JsonFactory JSON = new JsonFactory();
    /** The axis' range at most: intervals beyond are drawn to its end with an arrowhead. */
    static final double FLOOR = 0.01;
    static final double CEILING = 100;

    private ForestChart() {
    }

    /** The renderer: once per page, after {@link InteractiveCharts#library}, before the first forest plot. */
    public static void renderer(Html h) {
        h.raw("<script>\n").raw(InteractiveCharts.resource(RENDERER)).raw("\n</script>\n");
    }

    /**
     * One forest plot.
     *
     * @param id an id unique in the page (letters, digits, hyphens)
     */
    public static void figure(Html h, String id, ForestPlot plot, String caption) {
        h.raw("<figure class=\"forest-figure\" id=\"").text(id).raw("\">\n<div class=\"panels\"></div>\n")
                .raw("<script type=\"application/json\" class=\"cytostorm-chart\">")
                .raw(json(plot).replace("</", "<\\/")).raw("</script>\n")
                .raw("<figcaption>").text(caption).raw(" Hover over a row for its values.</figcaption>\n</figure>\n");
    }

    /** The plot's data as the renderer reads it: the axis, and one panel of rows and series (JSON). */
    static String json(ForestPlot plot) {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(plot.rows().stream().map(ForestRow::series).toList()));
        List<String> colours = SeriesColours.of(names.stream()
                .map(n -> new TimeSeries(n, "", new double[0], false, plot.colours().getOrDefault(n, ""))).toList());
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("xLabel", plot.ratioLabel());
            g.writeNumberField("reference", 1);
            g.writeArrayFieldStart("ticks");
            for (double t : ticks(plot.rows())) {
                InteractiveCharts.number(g, t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("panels");
            g.writeStartObject();
            g.writeStringField("title", plot.title());
            g.writeStringField("yLabel", plot.rowsLabel());
            g.writeBooleanField("log", true);
            g.writeArrayFieldStart("rows");
            for (ForestRow r : plot.rows()) {
                g.writeStartObject();
                g.writeStringField("label", r.label());
                g.writeStringField("value", r.estimable() ? String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", r.estimate(),
                        r.lo(), r.hi()) : "not estimable");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("series");
            for (int i = 0; i < names.size(); i++) {
                series(g, plot.rows(), names.get(i), colours.get(i));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A series' values at every row: its own rows' ratios and limits, null at the others' and where not estimable. */
    private static void series(JsonGenerator g, List<ForestRow> rows, String name, String colour) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("colour", colour);
        double peak = 0;
        for (ForestRow r : rows) {
            if (r.series().equals(name) && r.estimable()) {
                peak = Math.max(peak, r.estimate());
            }
        }
        g.writeFieldName("peak");
        InteractiveCharts.number(g, peak);
        for (String field : List.of("estimate", "lo", "hi")) {
            g.writeArrayFieldStart(field);
            for (ForestRow r : rows) {
                if (r.series().equals(name) && r.estimable()) {
                    InteractiveCharts.number(g, switch (field) {
                        case "estimate" -> r.estimate();
                        case "lo" -> r.lo();
                        default -> r.hi();
                    });
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The ratio axis' ticks for these rows: their intervals within [{@value #FLOOR}, {@value #CEILING}], and 0.5 to 2 at least. */
    static List<Double> ticks(List<ForestRow> rows) {
        double lo = 0.5;
        double hi = 2;
        for (ForestRow r : rows) {
            if (r.estimable()) {
                lo = Math.min(lo, Math.max(r.lo(), FLOOR));
                hi = Math.max(hi, Math.min(r.hi(), CEILING));
            }
        }
        return ticks(lo, hi);
    }

    /**
     * The axis' ticks, first and last its ends: the 1-2-5 values around [lo, hi] when they are few
     * enough to label, else the powers of ten around it.
     */
    static List<Double> ticks(double lo, double hi) {
        List<Double> all = new ArrayList<>();
        for (int e = -2; e <= 2; e++) {
            for (double m : new double[] {1, 2, 5}) {
                all.add(m * Math.pow(10, e));
            }
        }
        int first = 0;
        while (first + 1 < all.size() && all.get(first + 1) <= lo * (1 + 1e-9)) {
            first++;
        }
        int last = all.size() - 1;
        while (last - 1 >= 0 && all.get(last - 1) >= hi * (1 - 1e-9)) {
            last--;
        }
        List<Double> ticks = new ArrayList<>(all.subList(first, last + 1));
        if (ticks.size() <= 9) {
            return ticks;
        }
        double from = Math.pow(10, Math.floor(Math.log10(lo) + 1e-9));
        double to = Math.pow(10, Math.ceil(Math.log10(hi) - 1e-9));
        List<Double> decades = new ArrayList<>();
        for (double v = from; v <= to * (1 + 1e-9); v *= 10) {
            decades.add(v);
        }
        return decades;
    }
}
