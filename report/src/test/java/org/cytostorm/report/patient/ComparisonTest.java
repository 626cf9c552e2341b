package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.report.html.TimePanel;
import org.cytostorm.report.html.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of two runs: its files, page, charts and console text. */
class ComparisonTest {

    @TempDir
    Path dir;

    private static final ComparedRun A = new ComparedRun("A: axi-cel-typical (standard)", SyntheticRuns.typical());
    private static final ComparedRun B = new ComparedRun("B: axi-cel-typical + tocilizumab (standard)", better());

    /** The treated run with a better outcome, so that the two columns of figures differ. */
    private static PatientRun better() {
        PatientRun run = SyntheticRuns.treated();
        RunSummary s = run.summary();
        return SyntheticRuns.of(run.scenario(), run.columns(), run.timeH(), run.values(),
                new RunSummary(1, 3.25, 0.991, s.peaks(), List.of(), Map.of("hscore_max", 98.0, "only_in_b", 7.0)),
                run.treatments());
    }

    @Test
    void writesBothRunsFilesAndTheComparisonPage() throws IOException {
        Path out = dir.resolve("compare");
        ComparisonFiles files = ComparisonOutputs.writeAll(A, B, out);
        assertEquals(out.resolve("report.html"), files.reportHtml());
        assertEquals(out.resolve("A"), files.a().reportHtml().getParent());
        assertEquals(out.resolve("B"), files.b().reportHtml().getParent());
        for (OutputFiles f : List.of(files.a(), files.b())) {
            for (Path p : List.of(f.timeseriesCsv(), f.summaryJson(), f.reportHtml())) {
                assertTrue(Files.size(p) > 0, p.toString());
            }
        }
        assertTrue(Files.readString(files.b().summaryJson()).contains("\"treatments\""));
        assertTrue(Files.size(files.reportHtml()) > 0);
    }

    @Test
    void thePageNamesBothRunsAndSetsTheirFiguresSideBySide() throws IOException {
        String html = ComparisonReport.page(A, B);
        assertTrue(html.contains("<th>" + A.label() + "</th><th>" + B.label() + "</th>"), "labelled");
        assertTrue(html.contains("<tr><th>Max CRS grade</th><td>" + A.run().summary().maxCrsGrade() + "</td><td>"
                + B.run().summary().maxCrsGrade() + "</td></tr>"));
        assertTrue(html.contains("<tr><th>Survival day 28</th><td>" + Figures.percent(A.run().summary().survivalDay28())
                + "</td><td>" + Figures.percent(B.run().summary().survivalDay28()) + "</td></tr>"));
        assertTrue(html.contains("<tr><th>Treatments</th><td>none</td><td>" + TreatmentDigest.line(B.run().treatments())
                + "</td></tr>"));
        assertTrue(html.contains("<tr><th>only_in_b</th><td>" + ComparisonFigures.ABSENT + "</td><td>7</td></tr>"));
        assertTrue(html.contains("<a href=\"A/report.html\">") && html.contains("<a href=\"B/report.html\">"));
        assertTrue(html.contains("<figure id=\"timeline\">"));
        assertTrue(html.contains("<h3>" + A.label() + "</h3>\n<p>No drug was given"));
        assertEquals(1, count(html, "<table class=\"treatments\">"), "B's list of treatments");
        for (String fetch : List.of("src=\"http", "href=\"http", "url(http", "@import", "<link", "<script src")) {
            assertFalse(html.contains(fetch), "self-contained: " + fetch);
        }
    }

    @Test
    void onePanelPerColumnWithBothRunsOverlaid() throws IOException {
        List<OutputColumn> columns = ComparisonCharts.columns(A.run(), B.run());
        List<String> names = columns.stream().map(OutputColumn::name).toList();
        // the key columns the synthetic runs have, then the drug given to B and the support used
        assertTrue(names.containsAll(List.of("IL6", "TNF", "CRP", "temperature", "MAP", "crs_grade")), names.toString());
        assertTrue(names.contains("tocilizumab_conc"), names.toString());
        assertTrue(names.indexOf("crs_grade") < names.indexOf("tocilizumab_conc"), names.toString());
        assertTrue(names.contains("vasopressor"), names.toString());
        assertFalse(names.contains("odd_one"), "neither a key column, a drug nor support");
        double[] times = ComparisonCharts.times(A.run(), B.run());
        for (OutputColumn c : columns) {
            for (TimePanel p : ComparisonCharts.panels(A, B, c, times)) {
                assertTrue(p.title().startsWith(c.name()), p.title());
                p.series().forEach(s -> assertEquals(times.length, s.values().length));
            }
        }
        List<TimePanel> il6 = ComparisonCharts.panels(A, B, A.run().describe("IL6"), times);
        assertEquals(List.of(A.label(), B.label()), il6.get(0).series().stream().map(TimeSeries::name).toList());
        assertFalse(il6.get(0).series().get(0).dashed());
        assertTrue(il6.get(0).series().get(1).dashed(), "B dashed");
        String html = ComparisonReport.page(A, B);
        assertEquals(1, count(html, "<figure class=\"time-figure\" id=\"compared-columns\">"));
        assertTrue(html.contains("\"label\":\"B: tocilizumab\""), "B's doses marked");
    }

    @Test
    void theTitleSaysWhatDiffers() {
        PatientRun b = B.run();
        PatientRun crs = SyntheticRuns.of(b.scenario().withProtocol(
                org.cytostorm.physiology.scenario.ProtocolLibrary.standard().named("car-t-crs")), b.columns(), b.timeH(),
                b.values(), b.summary(), b.treatments());
        String title = ComparisonReport.title(A, new ComparedRun("B", crs));
        assertEquals("axi-cel-typical: protocol standard vs car-t-crs", title);
        assertEquals("axi-cel-typical (the same inputs)", ComparisonReport.title(A, new ComparedRun("B", A.run())));
    }

    /** Runs reported on different grids are shown at the union of their times, each interpolated. */
    @Test
    void runsOnDifferentGridsShareOneTimeAxis() {
        double[] t = ComparisonCharts.at(new double[] {0, 2, 4}, new double[] {0, 20, 40}, new double[] {0, 1, 3, 4, 5});
        assertEquals(0, t[0]);
        assertEquals(10, t[1], 1e-12);
        assertEquals(30, t[2], 1e-12);
        assertEquals(40, t[3]);
        assertTrue(Double.isNaN(t[4]), "after the run: a gap");
    }

    @Test
    void theSameLabelTwiceIsRefusedAndNothingWritten() {
        Path out = dir.resolve("same");
        ComparedRun twin = new ComparedRun(A.label(), B.run());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComparisonOutputs.writeAll(A, twin, out));
        assertTrue(e.getMessage().contains("different labels"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRunThatCannotBeWrittenWritesNoHalfComparison() {
        Path out = dir.resolve("bad");
        ComparedRun bad = new ComparedRun(B.label(), SyntheticRuns.withValue(B.run(), "IL6", 3, Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComparisonOutputs.writeAll(A, bad, out));
        assertTrue(e.getMessage().contains("'IL6'"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void consoleTextFitsOneScreenAndHasBothColumns() {
        String text = ComparisonSummary.format(A, B);
        List<String> lines = text.lines().toList();
        assertTrue(lines.size() <= ConsoleSummary.MAX_LINES, text);
        lines.forEach(l -> assertTrue(l.length() <= ConsoleSummary.MAX_WIDTH, "too wide: " + l));
        assertTrue(lines.get(0).endsWith(A.label()) && lines.get(1).endsWith(B.label()), text);
        String crs = lines.stream().filter(l -> l.startsWith("Max CRS grade")).findFirst().orElseThrow();
        assertEquals(List.of("Max", "CRS", "grade", Integer.toString(A.run().summary().maxCrsGrade()),
                Integer.toString(B.run().summary().maxCrsGrade())), List.of(crs.split(" +")));
        for (String phrase : TreatmentDigest.phrases(B.run().treatments())) {
            assertTrue(text.replaceAll("\\s+", " ").contains(phrase), phrase + " in\n" + text);
        }
    }

    @Test
    void crowdedConsoleTextIsCutAndSaysSo() {
        PatientRun run = SyntheticRuns.typical();
        Map<String, Peak> peaks = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            peaks.put("cytokine_" + i, new Peak(i, i));
        }
        RunSummary s = run.summary();
        PatientRun crowded = SyntheticRuns.of(run.scenario(), run.columns(), run.timeH(), run.values(),
                new RunSummary(s.maxCrsGrade(), s.maxSofa(), s.survivalDay28(), peaks, s.supportUsed(), s.extra()));
        List<String> lines = ComparisonSummary.format(new ComparedRun("A", crowded), new ComparedRun("B", crowded))
                .lines().toList();
        assertEquals(ConsoleSummary.MAX_LINES, lines.size());
        assertTrue(lines.get(lines.size() - 1).contains("more rows in report.html"), lines.toString());
    }

    @Test
    void longValuesWrapWithinTheirColumn() {
        String text = "oxygen up to high-flow oxygen; fluid boluses 1.0 L; norepinephrine (max 0.03 ug/kg/min)";
        List<String> wrapped = ComparisonSummary.wrap(text);
        assertTrue(wrapped.size() > 1);
        assertEquals(text, String.join(" ", wrapped));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
