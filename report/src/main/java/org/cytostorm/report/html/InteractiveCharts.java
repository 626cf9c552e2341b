package org.cytostorm.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Interactive time charts in a self-contained HTML page: zoom by dragging (double-click to reset),
 * the values under the cursor in each panel's legend, one cursor across the panels of a figure,
 * aligned time axes, log axes where curves span decades, axis labels with units, doses as dashed
 * lines, step functions (survival curves) as steps. Drawn in the browser by uPlot (a small charting library made for time series, from its
 * WebJar) with cytostorm's renderer; both are written into the page, so it needs no network and
 * can be mailed or archived as one file. The data go in as JSON, one block per figure.
 */
public final class InteractiveCharts {

    private static final String UPLOT = "META-INF/resources/webjars/uplot/" + version() + "/dist/";
    private static final String RENDERER = "org/cytostorm/report/html/time-panels.js";
    private static final JsonFactory JSON = new JsonFactory();
    /** Decades shown below the largest value of a panel on a log axis. */
    static final int FLOOR_DECADES = 6;

    private InteractiveCharts() {
    }

    /** The library, its style sheet and the renderer: once per page, before the first figure. */
    public static void library(Html h) {
        h.raw("<style>\n").raw(resource(UPLOT + "uPlot.min.css")).raw("\n.time-figure .panel { margin: 0.6em 0; }\n")
                .raw(".time-figure h4 { margin: 0.2em 0; font-size: 0.95em; }\n")
                .raw(".time-figure .u-legend { font-size: 0.8em; text-align: left; }\n</style>\n");
        h.raw("<script>\n").raw(resource(UPLOT + "uPlot.iife.min.js")).raw("\n</script>\n");
        h.raw("<script>\n").raw(resource(RENDERER)).raw("\n</script>\n");
    }

    /**
     * One figure: its panels stacked on a shared time axis (in days when {@code days}).
     *
     * @param id      an id unique in the page (letters, digits, hyphens)
     * @param timeH   the time points, hours
     * @param markers moments drawn on the panels that are marked
     */
    public static void figure(Html h, String id, double[] timeH, boolean days, List<TimePanel> panels,
            List<Marker> markers, String caption) {
        h.raw("<figure class=\"time-figure\" id=\"").text(id).raw("\">\n<div class=\"panels\"></div>\n")
                .raw("<script type=\"application/json\" class=\"cytostorm-chart\">")
                .raw(json(timeH, days, panels, markers).replace("</", "<\\/")).raw("</script>\n")
                .raw("<figcaption>").text(caption).raw(" Drag across a panel to zoom, double-click to zoom out.")
                .raw("</figcaption>\n</figure>\n");
    }

    /** A figure's data as the renderer reads it: shared times, markers, panels (JSON). */
    public static String data(double[] timeH, boolean days, List<TimePanel> panels, List<Marker> markers) {
        return json(timeH, days, panels, markers);
    }

    static String json(double[] timeH, boolean days, List<TimePanel> panels, List<Marker> markers) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("xLabel", days ? "time (days)" : "time (hours)");
            g.writeArrayFieldStart("t");
            for (double t : timeH) {
                number(g, days ? t / 24 : t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("markers");
            for (Marker m : markers) {
                g.writeStartObject();
                g.writeFieldName("t");
                number(g, days ? m.timeH() / 24 : m.timeH());
                g.writeStringField("label", m.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("panels");
            for (TimePanel p : panels) {
                panel(g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void panel(JsonGenerator g, TimePanel p) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", p.title());
        g.writeStringField("yLabel", p.yLabel());
        g.writeBooleanField("log", p.log());
        g.writeBooleanField("marked", p.marked());
        if (p.yRange().isPresent()) {
            g.writeArrayFieldStart("range");
            number(g, p.yRange().get().min());
            number(g, p.yRange().get().max());
            g.writeEndArray();
        } else if (PanelPlan.UNIT_INTERVAL.contains(p.yLabel()) && !p.log()) {
            g.writeArrayFieldStart("range");
            g.writeNumber(0);
            g.writeNumber(1);
            g.writeEndArray();
        }
        List<String> colours = SeriesColours.of(p.series());
        // a log axis shows FLOOR_DECADES below the panel's largest value; what lies below is a gap
        double floor = p.log() ? p.series().stream().mapToDouble(TimeSeries::peak).max().orElse(0)
                * Math.pow(10, -FLOOR_DECADES) : 0;
        g.writeArrayFieldStart("series");
        for (int i = 0; i < p.series().size(); i++) {
            TimeSeries s = p.series().get(i);
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeStringField("colour", colours.get(i));
            g.writeBooleanField("dashed", s.dashed());
            if (s.stepped()) {
                g.writeBooleanField("stepped", true); // absent from line curves: run reports keep their size
            }
            g.writeFieldName("peak");
            number(g, s.peak());
            g.writeArrayFieldStart("y");
            for (double v : s.values()) {
                if (Double.isNaN(v) || p.log() && !(v > floor)) {
                    g.writeNull(); // no value, or one a log axis cannot show: a gap
                } else {
                    number(g, v);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Six significant digits: what a chart can show, at a fraction of the page's size. */
    static void number(JsonGenerator g, double v) throws IOException {
        if (v == 0) {
            g.writeNumber("0");
            return;
        }
        g.writeNumber(new java.math.BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros()
                .toPlainString());
    }

    static String resource(String path) {
        try (InputStream in = InteractiveCharts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + path + " (a build problem)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** uPlot's version, from its WebJar's Maven metadata. */
    private static String version() {
        String props = "META-INF/maven/org.webjars.npm/uplot/pom.properties";
        try (InputStream in = InteractiveCharts.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + props + " (the uPlot WebJar)");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
