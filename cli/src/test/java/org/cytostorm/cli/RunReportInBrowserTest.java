package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run, comparison, tissue and trial reports as a reader sees them, in headless Chromium: every
 * panel of every interactive figure (time charts, the trial's forest plot) is drawn by the page's own
 * scripts (no network), carries a y axis label, and no linear panel puts curves whose scales differ
 * more than a hundredfold on one axis; the screenshot shows the curves in their colours.
 */
class RunReportInBrowserTest {

    private static final Pattern PANEL = Pattern.compile("<div class=\"panel\"([^>]*)>");
    private static final Pattern DATA = Pattern.compile("<script type=\"application/json\" class=\"cytostorm-chart\">"
            + "(.*?)</script>", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyPanelOfTheRunReportIsDrawnLabelledAndReadable() throws Exception {
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("run", "car-t-axi-cel", "--out", out.toString(), "--treat", "tocilizumab:8mg/kg@72h");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> figures = drawnLabelledAndReadable(out.resolve("report.html"), 10);
        screenshotShows(out.resolve("report.html"), colourOf(figures.get(0), "IL6"), "the IL-6 curve");
    }

    @Test
    void everyPanelOfTheComparisonIsDrawnLabelledAndReadable() throws Exception {
        Path out = dir.resolve("compare");
        CliRun r = CliRun.of("compare", "car-t-axi-cel", "car-t-axi-cel", "--out", out.toString(), "--treat-b",
                "tocilizumab:8mg/kg@72h");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> figures = drawnLabelledAndReadable(out.resolve("report.html"), 8);
        String b = figures.get(0).get("panels").get(0).get("series").get(1).get("colour").asText();
        screenshotShows(out.resolve("report.html"), b, "B's IL-6 curve");
    }

    @Test
    void everyPanelOfTheTissueReportIsDrawnLabelledAndReadable() throws Exception {
        Path out = dir.resolve("tissue");
        CliRun r = CliRun.of("tissue", "lung-focal-infection", "--out", out.toString(), "--set", "grid.nx=40", "--set",
                "grid.ny=40", "--set", "time.duration_h=4", "--set", "time.frame_every_h=1");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> figures = drawnLabelledAndReadable(out.resolve("report.html"), 4);
        for (JsonNode f : figures) {
            for (JsonNode p : f.get("panels")) {
                assertFalse(p.get("yLabel").asText().equals("dimensionless"), "a unit on " + p.get("title"));
            }
        }
    }

    @Test
    void everyPanelOfTheTrialReportIsDrawnLabelledAndReadable() throws Exception {
        // a trial with subgroups, so that the forest plot has rows beyond all patients
        Path out = dir.resolve("trial");
        CliRun r = CliRun.of("trial", "covid-dexamethasone", "--patients", "40", "--seed", "1", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> figures = drawnLabelledAndReadable(out.resolve("report.html"), 2);
        JsonNode survival = figures.get(0);
        assertEquals("time (days)", survival.get("xLabel").asText());
        JsonNode curves = survival.get("panels").get(0).get("series");
        assertEquals(2, curves.size(), "a Kaplan-Meier curve per arm");
        for (JsonNode c : curves) {
            assertTrue(c.path("stepped").asBoolean(), c.get("name") + " is drawn as steps");
        }
        JsonNode forest = figures.get(1);
        assertTrue(forest.get("xLabel").asText().startsWith("risk ratio of death (log scale)"), forest.get("xLabel")
                .asText());
        assertTrue(forest.get("panels").get(0).get("rows").size() >= 2, "rows for all patients and the subgroups");
        screenshotShows(out.resolve("report.html"), curves.get(0).get("colour").asText(), "the control's curve");
        screenshotShows(out.resolve("report.html"), curves.get(1).get("colour").asText(), "the treated arm's curve");
    }

    /**
     * Opens the page in Chromium: every panel of its data is on the page, drawn on a canvas, with a
     * y axis label, and no linear panel holds curves more than 100x apart. Returns the figures' data.
     */
    private List<JsonNode> drawnLabelledAndReadable(Path page, int atLeast) throws Exception {
        String html = Files.readString(page);
        List<JsonNode> figures = new ArrayList<>();
        Matcher data = DATA.matcher(html);
        while (data.find()) {
            figures.add(new ObjectMapper().readTree(data.group(1).replace("<\\/", "</")));
        }
        int panels = figures.stream().mapToInt(f -> f.get("panels").size()).sum();
        assertTrue(panels >= atLeast, "the columns in panels: " + panels);

        HeadlessChromium chromium = HeadlessChromium.find();
        String dom = chromium.renderedDom(page, dir);
        assertFalse(dom.contains("class=\"warning\">This chart could not be drawn"), "a figure failed to draw");
        Matcher panel = PANEL.matcher(dom);
        int drawn = 0;
        while (panel.find()) {
            String attributes = panel.group(1).replace("&quot;", "\"");
            String label = attribute(attributes, "data-y-label");
            assertFalse(label.isBlank(), "a y axis label: " + attributes);
            assertEquals("true", attribute(attributes, "data-rendered"), "drawn: " + attributes);
            int next = dom.indexOf("<div class=\"panel\"", panel.end());
            String body = dom.substring(panel.end(), next < 0 ? dom.length() : next);
            assertTrue(body.contains("<canvas"), "a canvas in the panel " + label);
            int figure = dom.lastIndexOf("<figure", panel.start());
            if (!dom.startsWith("<figure class=\"forest-figure\"", figure)) { // the forest plot labels its own axes
                ticks(label, attribute(attributes, "data-scale"), attribute(attributes, "data-y-ticks"));
            }
            if (attribute(attributes, "data-scale").equals("linear")) {
                JsonNode peaks = new ObjectMapper().readTree(attribute(attributes, "data-peaks"));
                double max = 0;
                double min = Double.POSITIVE_INFINITY;
                for (JsonNode p : peaks) {
                    max = Math.max(max, p.asDouble());
                    min = Math.min(min, p.asDouble());
                }
                assertTrue(max / min <= 100, "curves " + attribute(attributes, "data-series")
                        + " differ by more than 100x on one linear axis: " + peaks);
            }
            drawn++;
        }
        assertEquals(panels, drawn, "every panel of the data is on the page");
        return figures;
    }

    /**
     * A time panel's y axis labels are numbers, at least two, increasing; on a log axis each is a power
     * of ten (a decade), at most eight of them, so that a 200 px panel stays readable.
     */
    private static void ticks(String label, String scale, String written) {
        assertFalse(written.isBlank(), "y axis labels on the panel " + label);
        String[] labels = written.trim().split(" ");
        assertTrue(labels.length >= 2, "at least two y axis labels on " + label + ": " + written);
        double previous = Double.NEGATIVE_INFINITY;
        for (String l : labels) {
            double v = Double.parseDouble(l); // a "-" or an empty label fails here
            assertTrue(v > previous, "increasing y axis labels on " + label + ": " + written);
            previous = v;
            if (scale.equals("log")) {
                double decade = Math.log10(v);
                assertEquals(Math.rint(decade), decade, 1e-9, "a decade on the log axis of " + label + ": " + written);
            }
        }
        if (scale.equals("log")) {
            assertTrue(labels.length <= 8, "at most eight decades labelled on " + label + ": " + written);
        }
    }

    private void screenshotShows(Path page, String colour, String what) throws Exception {
        Path png = dir.resolve(page.getParent().getFileName() + ".png");
        HeadlessChromium.find().screenshot(page, png, dir);
        assertTrue(pixels(png, colour) > 100, what + " (" + colour + ") is drawn on the screenshot");
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : "";
    }

    private static String colourOf(JsonNode figure, String name) {
        for (JsonNode p : figure.get("panels")) {
            for (JsonNode s : p.get("series")) {
                if (s.get("name").asText().equals(name)) {
                    return s.get("colour").asText();
                }
            }
        }
        throw new AssertionError(name + " is not in the first figure");
    }

    private static int pixels(Path png, String hex) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        int want = Integer.parseInt(hex.substring(1), 16);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                int d = Math.abs((rgb >> 16) - (want >> 16)) + Math.abs(((rgb >> 8) & 0xff) - ((want >> 8) & 0xff))
                        + Math.abs((rgb & 0xff) - (want & 0xff));
                n += d < 40 ? 1 : 0;
            }
        }
        return n;
    }
}
