package org.cytostorm.report.tissue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TissueReportTest {

    /** A figure and the data of its panels. */
    private static final Pattern FIGURE = Pattern.compile("<figure class=\"time-figure\" id=\"(chart-[^\"]+)\">.*?"
            + "<script type=\"application/json\" class=\"cytostorm-chart\">(.*?)</script>", Pattern.DOTALL);

    /** The units the simulation hands over with the columns (tissue's ColumnUnits). */
    private static final Map<String, String> UNITS = Map.of("time_min", "min", "time_h", "h", "n_epithelium_healthy",
            "cells", "n_macrophage_active", "cells", "n_t_cell_naive", "cells", "mean_IL6", "ng/mL", "mean_TNF", "ng/mL",
            "max_IL6", "ng/mL", "dead_fraction", "0-1", "front_um", "\u00b5m");

    private static final List<String> COLUMNS = List.of("time_min", "time_h", "n_epithelium_healthy",
            "n_macrophage_active", "n_t_cell_naive", "mean_IL6", "mean_TNF", "max_IL6", "dead_fraction", "front_um",
            "flux_IL6", "seed");

    @TempDir
    Path dir;

    /** 13 rows, one an hour: cells dying, IL6 rising, a front that forms at hour 3, no T cells at all. */
    private static List<double[]> rows() {
        List<double[]> rows = new ArrayList<>();
        for (int h = 0; h <= 12; h++) {
            rows.add(new double[] {60.0 * h, h, 1000 - 20 * h, 5 * h, 0, 2.0 * h, 0.5 * h, 10.0 * h, 0.02 * h,
                h < 3 ? Double.NaN : 25.0 * (h - 3), -0.1 * h, 42});
        }
        return rows;
    }

    private static TissueReportInput input(String title, List<Map.Entry<String, String>> settings) {
        return new TissueReportInput(title, "A patch of airway & its <cells>.", settings, COLUMNS, rows(),
                List.of("frames/frame_00000.png", "frames/frame_00001.png", "frames/frame 2.png"), "animation.gif",
                List.of("front estimated from dead cells < 50 %"), UNITS);
    }

    private static List<Map.Entry<String, String>> settings() {
        return List.of(Map.entry("grid", "100 × 100 voxels of 10 µm"), Map.entry("dt", "0.1 min"),
                Map.entry("secretion", "IL6 <high> & TNF"));
    }

    @Test
    void everyFigureIsInteractiveInPageOrderWithUnitsOnItsAxes() throws IOException {
        Path file = dir.resolve("report.html");
        TissueReport.write(input("run", settings()), file);
        String html = Files.readString(file);

        Matcher m = FIGURE.matcher(html);
        List<String> ids = new ArrayList<>();
        List<String> yLabels = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
            JsonNode figure = new ObjectMapper().readTree(m.group(2).replace("<\\/", "</"));
            assertEquals(13, figure.get("t").size(), m.group(1) + ": a value per row");
            for (JsonNode panel : figure.get("panels")) {
                yLabels.add(panel.get("yLabel").asText());
            }
        }
        // One figure per family of columns the input has: counts, means, maxima, dead fraction, front, fluxes.
        assertEquals(List.of("chart-counts", "chart-mean-fields", "chart-max-fields", "chart-dead-fraction",
                "chart-front", "chart-fluxes"), ids);
        // every axis says its unit: the counts of the two kinds (1000 and 60 cells) share one; the flux has none
        assertEquals(List.of("cells", "ng/mL", "ng/mL", "0-1", "\u00b5m", "dimensionless"), yLabels);
        // Images are the animation and the last frame; the charts are drawn by the page's script.
        assertEquals(2, count(html, "<img "));
    }

    @Test
    void countsWithoutCellsAreLeftOutAndSaidSo() throws IOException {
        String html = TissueReport.page(input("run", settings()));
        String caption = between(html, "<figure class=\"time-figure\" id=\"chart-counts\">", "</figure>");
        assertTrue(caption.contains("n_epithelium_healthy, n_macrophage_active"), caption);
        assertFalse(caption.contains("n_t_cell_naive"), caption);
        assertTrue(caption.contains("not shown"), caption);
        assertFalse(caption.contains("\"name\":\"t_cell_naive\""), "no curve of the kind without cells");
    }

    @Test
    void animationAndFramesAreReferencedRelatively() throws IOException {
        String html = TissueReport.page(input("run", settings()));
        assertTrue(html.contains("<img src=\"animation.gif\""), "the animation by its relative name");
        // The last frame; its space percent-encoded so the URL is not cut short.
        assertTrue(html.contains("<img src=\"frames/frame%202.png\""), "the last frame");
        assertTrue(html.contains("<a href=\"frames/frame_00000.png\">frames/frame_00000.png</a>"), "all frames listed");
    }

    @Test
    void settingsAndNotesAreListedEscaped() throws IOException {
        String html = TissueReport.page(input("run", settings()));
        assertTrue(html.contains("<tr><th>grid</th><td>100 × 100 voxels of 10 µm</td></tr>"));
        assertTrue(html.contains("<tr><th>dt</th><td>0.1 min</td></tr>"));
        assertTrue(html.contains("<tr><th>secretion</th><td>IL6 &lt;high&gt; &amp; TNF</td></tr>"));
        assertTrue(html.contains("<li>front estimated from dead cells &lt; 50 %</li>"));
        // the story first: the outcome (the notes) comes before the first chart
        assertTrue(html.indexOf("<h2>Outcome</h2>") > 0, "an outcome section");
        assertTrue(html.indexOf("<h2>Outcome</h2>") < html.indexOf("<h2>Time courses</h2>"), "outcome before charts");
        assertTrue(html.contains("A patch of airway &amp; its &lt;cells&gt;."));
        // Final values: the last row, hour 12.
        assertTrue(html.contains("<tr><th>n_epithelium_healthy</th><td class=\"num\">760</td></tr>"));
        assertTrue(html.contains("<tr><th>front_um</th><td class=\"num\">225</td></tr>"));
    }

    @Test
    void titleIsEscaped() throws IOException {
        String html = TissueReport.page(input("IL-6 <storm> & co", settings()));
        assertTrue(html.contains("<title>IL-6 &lt;storm&gt; &amp; co</title>"));
        assertTrue(html.contains("<h1>IL-6 &lt;storm&gt; &amp; co</h1>"));
        assertFalse(html.contains("<storm>"));
        assertFalse(html.contains("& co"));
    }

    @Test
    void writtenAtomically() throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "previous report");

        // A setting whose value cannot be read fails the page half way: the old report must survive whole.
        Map.Entry<String, String> broken = new AbstractMap.SimpleEntry<>("broken", "x") {
            @Override
            public String getValue() {
                throw new IllegalStateException("unreadable setting");
            }
        };
        assertThrows(IllegalStateException.class, () -> TissueReport.write(input("run", List.of(broken)), file));
        assertEquals("previous report", Files.readString(file));
        assertEquals(List.of("report.html"), PngFramesTest.names(dir), "no temporary file left");

        TissueReport.write(input("run", settings()), file);
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.endsWith("</html>\n"), "the whole page");
        assertEquals(List.of("report.html"), PngFramesTest.names(dir), "no temporary file left");
    }

    @Test
    void aTimeColumnIsRequiredAndRowsMustMatchTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> new TissueReportInput("t", null, null,
                List.of("n_epithelium_healthy"), List.<double[]>of(new double[] {1}), null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new TissueReportInput("t", null, null,
                List.of("time_h", "mean_IL6"), List.<double[]>of(new double[] {1}), null, null, null));
        // Minutes alone do: hours are derived.
        TissueReportInput minutes = new TissueReportInput("t", null, null, List.of("time_min"),
                List.<double[]>of(new double[] {90}), null, null, null);
        assertArrayEquals(new double[] {1.5}, minutes.timeH());
    }

    @Test
    void withoutRowsOrFilesThePageStillStands() throws IOException {
        String html = TissueReport.page(new TissueReportInput("empty", null, null, List.of(), List.of(), List.of(),
                null, List.of()));
        assertTrue(html.contains("No time series to chart."));
        assertEquals(0, count(html, "<img "));
        assertTrue(html.endsWith("</html>\n"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "no " + start);
        return text.substring(from, text.indexOf(end, from));
    }
}
