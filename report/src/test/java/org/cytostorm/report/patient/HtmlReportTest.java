package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class HtmlReportTest {

    private static final Pattern IMG = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    private static final Pattern FIGURE = Pattern.compile("<figure id=\"group-([^\"]+)\">");

    @TempDir
    Path dir;

    @Test
    void onePngPerGroupInReportOrder() throws IOException {
        Path file = dir.resolve("report.html");
        HtmlReport.write(SyntheticRuns.typical(), file);
        String html = Files.readString(file);

        assertEquals(8, count(html, "<img"), "one image per group");
        List<String> groups = new ArrayList<>();
        Matcher figure = FIGURE.matcher(html);
        while (figure.find()) {
            groups.add(figure.group(1));
        }
        assertEquals(List.of("cytokines", "cells", "vitals", "labs", "grades", "support", "drugs", "misc"), groups);

        Matcher img = IMG.matcher(html);
        int images = 0;
        while (img.find()) {
            byte[] png = Base64.getDecoder().decode(img.group(1));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(ReportCharts.WIDTH, image.getWidth());
            assertEquals(ReportCharts.HEIGHT, image.getHeight());
            images++;
        }
        assertEquals(8, images);
    }

    @Test
    void selfContained() throws IOException {
        Path file = dir.resolve("report.html");
        HtmlReport.write(SyntheticRuns.typical(), file);
        String html = Files.readString(file);
        // ':' is not a base64 character, so this cannot match inside the embedded images.
        assertFalse(html.contains("http:"), "no external reference");
        assertFalse(html.contains("https:"), "no external reference");
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("url("));
        assertEquals(count(html, "src=\""), count(html, "src=\"data:image/png;base64,"));
    }

    @Test
    void titleDescriptionAndSummaryTable() throws IOException {
        Path file = dir.resolve("report.html");
        HtmlReport.write(SyntheticRuns.typical(), file);
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>cytostorm - axi-cel-typical</title>"));
        assertTrue(html.contains("Axi-cel in a typical adult &lt;with&gt; &quot;standard&quot; care &amp; no"),
                "description escaped");
        assertTrue(html.contains("<tr><th>Max CRS grade</th><td>2</td></tr>"));
        assertTrue(html.contains("<tr><th>Survival day 28</th><td>87.3 %</td></tr>"));
        // SyntheticRuns.COURSE: ICANS 3, ISTH 5, 0.873 x (28 - 3) = 21.825 ventilator-free days
        assertTrue(html.contains("<tr><th>Max ICANS grade</th><td>3</td></tr>"), "ICANS row");
        assertTrue(html.contains("<tr><th>Max ISTH DIC</th><td>5 (overt)</td></tr>"), "ISTH row");
        assertTrue(html.contains("<tr><th>Ventilator-free</th><td>21.8 days expected (ventilated 3.0 d)</td></tr>"),
                "VFD row");
        assertTrue(html.contains("<tr><th>Deaths by system</th><td>respiratory 6.0 %, cardiovascular 4.0 %,"
                + " renal 2.0 %</td></tr>"), "deaths row");
        assertTrue(html.contains("<td>IL6</td><td class=\"num\">2005 pg/mL</td>"));
        assertTrue(html.contains("hscore_max"));
        assertTrue(html.contains("(time in days; log scale"));
        assertTrue(html.length() < 2_000_000, "small page: " + html.length());
    }

    @Test
    void shortRunIsPlottedInHours() throws IOException {
        PatientRun run = SyntheticRuns.short48h();
        XYChart chart = ReportCharts.chart(run, "cytokines");
        assertEquals("time (h)", chart.getXAxisTitle());
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        assertTrue(chart.getSeriesMap().containsKey("IL6 (pg/mL)"));
        assertEquals("time (days)", ReportCharts.chart(SyntheticRuns.typical(), "labs").getXAxisTitle());

        Path file = dir.resolve("report.html");
        HtmlReport.write(run, file);
        String html = Files.readString(file);
        assertEquals(2, count(html, "<img"));
        assertTrue(html.contains("(time in hours"));
    }

    @Test
    void logAxisLeavesGapsForZerosAndVanishingTails() {
        PatientRun run = SyntheticRuns.typical();
        XYChart chart = ReportCharts.chart(run, "cytokines");
        // IL10 is exactly 0 for the first hours and its tail decays far below the IL6 peak of 2005.
        double floor = 2005 * Math.pow(10, -ReportCharts.FLOOR_DECADES);
        double[] values = run.column("IL10");
        assertEquals(0.0, values[0]);
        assertTrue(values[values.length - 1] < floor);
        double[] plotted = chart.getSeriesMap().get("IL10 (pg/mL)").getYData();
        assertEquals(values.length, plotted.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= floor) {
                assertEquals(values[i], plotted[i], 0.0);
            } else {
                assertTrue(Double.isNaN(plotted[i]), "gap at " + i + ", not " + plotted[i]);
            }
        }
        assertEquals(4, chart.getSeriesMap().size());
        assertFalse(ReportCharts.chart(run, "vitals").getStyler().isYAxisLogarithmic());
    }

    @Test
    void cytokinesWithNothingPositiveGetALinearAxis() throws IOException {
        PatientRun run = SyntheticRuns.run(24, 1, List.of(SyntheticRuns.curve("IL6", "pg/mL", "cytokines", t -> 0)),
                Map.of());
        XYChart chart = ReportCharts.chart(run, "cytokines");
        assertFalse(chart.getStyler().isYAxisLogarithmic());
        assertEquals(1, chart.getSeriesMap().size());
        Path file = dir.resolve("flat.html");
        HtmlReport.write(run, file);
        assertEquals(1, count(Files.readString(file), "<img"));
    }

    @Test
    void groupsFollowTheReportOrder() {
        assertEquals(List.of("cytokines", "cells", "vitals", "labs", "grades", "support", "drugs", "misc"),
                ReportCharts.groups(SyntheticRuns.typical().columns()));
    }

    @Test
    void failedReportLeavesNoFile() throws IOException {
        PatientRun bad = SyntheticRuns.withValue(SyntheticRuns.typical(), "IL6", 100, Double.NaN);
        Path file = dir.resolve("report.html");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HtmlReport.write(bad, file));
        assertTrue(e.getMessage().contains("'IL6'"), e.getMessage());
        assertFalse(Files.exists(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void treatmentsSectionListsEveryEventWithItsTimeAndOrigin() throws IOException {
        PatientRun run = SyntheticRuns.treated();
        Path file = dir.resolve("report.html");
        HtmlReport.write(run, file);
        String html = Files.readString(file);
        int section = html.indexOf("<h2 id=\"treatments\">Treatments</h2>");
        assertTrue(section > 0, "a Treatments section");
        assertTrue(section < html.indexOf("<h2>Time courses</h2>"), "before the charts");
        assertTrue(html.indexOf("<figure id=\"timeline\">", section) > 0, "a timeline chart");
        String table = html.substring(html.indexOf("<table class=\"treatments\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertEquals(run.treatments().size(), count(table, "<tr><td"));
        for (TreatmentEvent e : run.treatments()) {
            String origin = e.origin().equals("schedule") ? "scheduled" : "rule " + e.origin();
            assertTrue(table.contains("<tr><td class=\"num\">" + Figures.time(e.timeH()) + "</td><td>" + e.what()),
                    e + " in " + table);
            assertTrue(table.contains(origin), origin);
        }
        assertTrue(html.contains("<tr><th>Treatments</th><td>" + TreatmentDigest.line(run.treatments()) + "</td></tr>"));
    }

    @Test
    void untreatedRunSaysNothingWasGiven() throws IOException {
        Path file = dir.resolve("report.html");
        HtmlReport.write(SyntheticRuns.typical(), file);
        String html = Files.readString(file);
        assertTrue(html.contains("<h2 id=\"treatments\">Treatments</h2>\n<p>No drug was given"), "said");
        assertFalse(html.contains("id=\"timeline\""), "no empty timeline");
        assertTrue(html.contains("<tr><th>Treatments</th><td>none</td></tr>"));
    }

    @Test
    void dosesAreMarkedOnTheChartsOfTheirEffects() throws IOException {
        PatientRun treated = SyntheticRuns.treated();
        PatientRun untreated = SyntheticRuns.typical();
        for (String group : ReportCharts.groups(treated.columns())) {
            boolean same = Arrays.equals(ReportCharts.png(untreated, group), ReportCharts.png(treated, group));
            assertEquals(!ReportCharts.MARKED_GROUPS.contains(group), same, group);
        }
        Path file = dir.resolve("report.html");
        HtmlReport.write(treated, file);
        assertTrue(Files.readString(file).contains("; dashed grey lines: doses)"));
    }

    @Test
    void drugsAreChartedAsConcentrationsAndEffectsOfDrugsPresent() throws IOException {
        List<SyntheticRuns.Curve> curves = new ArrayList<>(List.of(
                SyntheticRuns.curve("IL6", "pg/mL", "cytokines", SyntheticRuns.bump(5, 300, 20, 8)),
                SyntheticRuns.curve("tocilizumab_conc", "mg/L", "drugs", t -> t < 10 ? 0 : 150 * Math.exp(-(t - 10) / 200)),
                // a drug never given reads zero, or solver noise around it
                SyntheticRuns.curve("dexamethasone_conc", "mg/L", "drugs", t -> t < 30 ? 0 : -4e-18),
                SyntheticRuns.curve("IL6R_free_fraction", "0-1", "drugs", t -> t < 10 ? 1 : 0.05),
                SyntheticRuns.curve("JAK_block", "0-1", "drugs", t -> 1e-15 * Math.sin(t)),
                SyntheticRuns.curve("glucocorticoid_effect", "0-1", "drugs", t -> 0.2)));
        PatientRun plain = SyntheticRuns.run(48, 1, curves, Map.of());
        PatientRun run = SyntheticRuns.of(plain.scenario(), plain.columns(), plain.timeH(), plain.values(), plain.summary(),
                List.of(new TreatmentEvent(10, "tocilizumab", 560, "iv", 1, "schedule")));
        assertEquals(List.of("tocilizumab_conc"), DrugCharts.concentrations(run).stream().map(c -> c.name()).toList());
        assertEquals(List.of("IL6R_free_fraction"), DrugCharts.effects(run).stream().map(c -> c.name()).toList());
        XYChart concentrations = DrugCharts.concentrationChart(run).orElseThrow();
        assertTrue(concentrations.getStyler().isYAxisLogarithmic());
        assertEquals(List.of("tocilizumab_conc (mg/L)"), List.copyOf(concentrations.getSeriesMap().keySet()));
        assertFalse(DrugCharts.effectChart(run).orElseThrow().getStyler().isYAxisLogarithmic());

        Path file = dir.resolve("report.html");
        HtmlReport.write(run, file);
        String html = Files.readString(file);
        assertTrue(html.contains("<figure id=\"group-drugs\">"));
        assertTrue(html.contains("<figure id=\"drug-effects\">"));
        assertFalse(html.contains("alt=\"drug concentrations: tocilizumab_conc, dexamethasone_conc"), "zero drug left out");
        assertTrue(html.contains("alt=\"drug concentrations: tocilizumab_conc\""));
    }

    @Test
    void noDrugChartsWithoutDrugs() throws IOException {
        PatientRun run = SyntheticRuns.run(24, 1, List.of(
                SyntheticRuns.curve("IL6", "pg/mL", "cytokines", t -> 5),
                SyntheticRuns.curve("tocilizumab_conc", "mg/L", "drugs", t -> 0),
                SyntheticRuns.curve("IL6R_free_fraction", "0-1", "drugs", t -> 1)), Map.of());
        assertTrue(DrugCharts.concentrationChart(run).isEmpty());
        assertTrue(DrugCharts.effectChart(run).isEmpty());
        String html = HtmlReport.page(run);
        assertFalse(html.contains("group-drugs"));
        assertFalse(html.contains("drug-effects"));
    }

    @Test
    void runsHeadless() {
        assertEquals(ReportCharts.WIDTH, 900); // loads ReportCharts, which sets the property
        assertEquals("true", System.getProperty("java.awt.headless"));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
