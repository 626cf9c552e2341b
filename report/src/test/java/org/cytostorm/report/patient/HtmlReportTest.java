package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final Pattern FIGURE = Pattern.compile("<figure class=\"time-figure\" id=\"group-([^\"]+)\">");
    private static final Pattern DATA = Pattern.compile("<figure class=\"time-figure\" id=\"([^\"]+)\">.*?"
            + "<script type=\"application/json\" class=\"cytostorm-chart\">(.*?)</script>", Pattern.DOTALL);

    /** Each interactive figure's data, by figure id, in page order. */
    static Map<String, JsonNode> figures(String html) throws IOException {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        Matcher m = DATA.matcher(html);
        while (m.find()) {
            out.put(m.group(1), new ObjectMapper().readTree(m.group(2).replace("<\\/", "</")));
        }
        return out;
    }

    private static List<String> names(JsonNode panel) {
        List<String> out = new ArrayList<>();
        panel.get("series").forEach(s -> out.add(s.get("name").asText()));
        return out;
    }

    @TempDir
    Path dir;

    @Test
    void oneInteractiveFigurePerGroupInReportOrder() throws IOException {
        Path file = dir.resolve("report.html");
        HtmlReport.write(SyntheticRuns.typical(), file);
        String html = Files.readString(file);
        List<String> groups = new ArrayList<>();
        Matcher figure = FIGURE.matcher(html);
        while (figure.find()) {
            groups.add(figure.group(1));
        }
        assertEquals(List.of("cytokines", "cells", "vitals", "labs", "grades", "support", "drugs", "misc"), groups);
        Map<String, JsonNode> figures = figures(html);
        assertEquals(count(html, "<figure class=\"time-figure\" id="), figures.size(), "a data block per figure");
        for (Map.Entry<String, JsonNode> f : figures.entrySet()) {
            assertEquals("time (days)", f.getValue().get("xLabel").asText(), f.getKey());
            assertTrue(f.getValue().get("panels").size() > 0, f.getKey());
            for (JsonNode panel : f.getValue().get("panels")) {
                assertFalse(panel.get("yLabel").asText().isBlank(), f.getKey() + ": a y axis label");
                for (JsonNode series : panel.get("series")) {
                    assertEquals(f.getValue().get("t").size(), series.get("y").size(), "a value per time point");
                }
            }
        }
    }

    @Test
    void selfContained() throws IOException {
        Path file = dir.resolve("report.html");
        HtmlReport.write(SyntheticRuns.treated(), file);
        String html = Files.readString(file);
        // nothing is fetched: no address in a src, href, url() or import (the inlined library's own
        // comments and XML namespace names are text)
        for (String fetch : List.of("src=\"http", "href=\"http", "url(http", "url(\"http", "@import", "fetch(")) {
            assertFalse(html.contains(fetch), "no external reference: " + fetch);
        }
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("<script src"));
        assertEquals(count(html, "src=\""), count(html, "src=\"data:image/png;base64,"));
        assertTrue(html.contains("uPlot"), "the chart library is inlined");
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
        assertTrue(html.contains("(time in days"));
        assertTrue(figures(html).get("group-cytokines").get("panels").get(0).get("log").asBoolean(), "log cytokines");
        assertTrue(html.length() < 2_000_000, "small page: " + html.length());
    }

    @Test
    void shortRunIsPlottedInHours() throws IOException {
        PatientRun run = SyntheticRuns.short48h();
        String html = HtmlReport.page(run);
        JsonNode cytokines = figures(html).get("group-cytokines");
        assertEquals("time (hours)", cytokines.get("xLabel").asText());
        assertEquals(run.timeH()[run.timeH().length - 1], cytokines.get("t").get(cytokines.get("t").size() - 1).asDouble(),
                1e-9);
        assertTrue(html.contains("(time in hours"));
        assertEquals("time (days)", figures(HtmlReport.page(SyntheticRuns.typical())).get("group-labs").get("xLabel")
                .asText());
    }

    @Test
    void logAxisLeavesGapsForZerosAndVanishingTails() throws IOException {
        PatientRun run = SyntheticRuns.typical();
        JsonNode panel = figures(HtmlReport.page(run)).get("group-cytokines").get("panels").get(0);
        // IL10 is exactly 0 for the first hours and its tail decays far below the IL6 peak of 2005.
        double floor = 2005 * Math.pow(10, -6);
        double[] values = run.column("IL10");
        assertEquals(0.0, values[0]);
        assertTrue(values[values.length - 1] < floor);
        JsonNode plotted = null;
        for (JsonNode s : panel.get("series")) {
            if (s.get("name").asText().equals("IL10")) {
                plotted = s.get("y");
            }
        }
        assertEquals(values.length, plotted.size());
        for (int i = 0; i < values.length; i++) {
            if (values[i] > floor) {
                assertEquals(values[i], plotted.get(i).asDouble(), 1e-5 * values[i]);
            } else {
                assertTrue(plotted.get(i).isNull(), "gap at " + i + ", not " + plotted.get(i));
            }
        }
        for (JsonNode p : figures(HtmlReport.page(run)).get("group-vitals").get("panels")) {
            assertFalse(p.get("log").asBoolean(), "vitals on linear axes: " + p.get("title"));
        }
    }

    @Test
    void aGroupThatIsZeroThroughoutIsNamedNotDrawn() throws IOException {
        PatientRun run = SyntheticRuns.run(24, 1, List.of(SyntheticRuns.curve("IL6", "pg/mL", "cytokines", t -> 0),
                SyntheticRuns.curve("HR", "1/min", "vitals", t -> 70)), Map.of());
        String html = HtmlReport.page(run);
        assertFalse(figures(html).containsKey("group-cytokines"));
        assertTrue(html.contains("Cytokines: zero throughout, not drawn: IL6."), "said");
        assertTrue(figures(html).containsKey("group-vitals"));
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
        String html = HtmlReport.page(treated);
        Map<String, JsonNode> figures = figures(html);
        long moments = treated.treatments().stream().filter(TreatmentEvent::isDose).map(TreatmentEvent::timeH)
                .distinct().count();
        for (Map.Entry<String, JsonNode> f : figures.entrySet()) {
            String group = f.getKey().replace("group-", "");
            boolean marked = ReportCharts.MARKED_GROUPS.contains(group) || group.equals("drugs");
            assertEquals(marked ? moments : 0, f.getValue().get("markers").size(), f.getKey());
            for (JsonNode p : f.getValue().get("panels")) {
                assertEquals(marked, p.get("marked").asBoolean(), f.getKey());
            }
        }
        assertTrue(html.contains("; dashed grey lines: doses)"));
    }

    @Test
    void drugsAreChartedAsConcentrationsAndEffectsOfDrugsPresent() throws IOException {
        List<SyntheticRuns.Curve> curves = new ArrayList<>(List.of(
                SyntheticRuns.curve("IL6", "pg/mL", "cytokines", SyntheticRuns.bump(5, 300, 20, 8)),
                SyntheticRuns.curve("tocilizumab_conc", "mg/L", "drugs", t -> t < 10 ? 0 : 150 * Math.exp(-(t - 10) / 2)),
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

        Map<String, JsonNode> figures = figures(HtmlReport.page(run));
        JsonNode concentrations = figures.get("group-drugs").get("panels");
        assertEquals(1, concentrations.size());
        assertTrue(concentrations.get(0).get("log").asBoolean(), "concentrations fall over decades: a log axis");
        assertEquals("mg/L", concentrations.get(0).get("yLabel").asText());
        assertEquals(List.of("tocilizumab_conc"), names(concentrations.get(0)));
        JsonNode effects = figures.get("drug-effects").get("panels");
        assertEquals(List.of("IL6R_free_fraction"), names(effects.get(0)));
        assertFalse(effects.get(0).get("log").asBoolean(), "a fraction on a linear axis");
    }

    @Test
    void noDrugChartsWithoutDrugs() throws IOException {
        PatientRun run = SyntheticRuns.run(24, 1, List.of(
                SyntheticRuns.curve("IL6", "pg/mL", "cytokines", t -> 5),
                SyntheticRuns.curve("tocilizumab_conc", "mg/L", "drugs", t -> 0),
                SyntheticRuns.curve("IL6R_free_fraction", "0-1", "drugs", t -> 1)), Map.of());
        assertTrue(DrugCharts.concentrations(run).isEmpty());
        assertTrue(DrugCharts.effects(run).isEmpty());
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
