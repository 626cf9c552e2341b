package org.cytostorm.report.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytostorm.cohort.analysis.ArmSummary;
import org.cytostorm.cohort.analysis.Comparison;
import org.cytostorm.cohort.analysis.Flow;
import org.cytostorm.cohort.analysis.GroupSummary;
import org.cytostorm.cohort.analysis.Rate;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.cohort.stats.KaplanMeier;
import org.cytostorm.cohort.stats.SurvivalCurve;
import org.cytostorm.cohort.stats.SurvivalObservation;
import org.cytostorm.cohort.trial.BuiltInTrials;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.report.html.AxisRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trial report's figures as data in the page: Kaplan–Meier curves as stepped series of one
 * interactive panel, the forest plot as rows of one interactive panel, both with labelled axes and
 * the arms' colours, in a page that fetches nothing.
 */
class TrialReportTest {

    private static final Pattern DATA = Pattern.compile("<figure class=\"(time|forest)-figure\" id=\"([^\"]+)\">.*?"
            + "<script type=\"application/json\" class=\"cytostorm-chart\">(.*?)</script>", Pattern.DOTALL);
    private static final double FOLLOW_UP = 28;

    private static TrialSpec spec;

    @BeforeAll
    static void spec() {
        spec = BuiltInTrials.load("covid-dexamethasone", TrialSpecReader.standard());
    }

    /** The figures' data by figure id, in page order. */
    private static Map<String, JsonNode> figures(String html) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Matcher m = DATA.matcher(html);
        while (m.find()) {
            out.put(m.group(2), new ObjectMapper().readTree(m.group(3).replace("<\\/", "</")));
        }
        return out;
    }

    /** {@code n} patients: deaths on the given days, the others followed to the end. */
    private static SurvivalCurve curve(int n, double... deathDays) {
        List<SurvivalObservation> obs = new ArrayList<>();
        for (double d : deathDays) {
            obs.add(SurvivalObservation.of(d, true, 0));
        }
        while (obs.size() < n) {
            obs.add(SurvivalObservation.of(FOLLOW_UP, false, 0));
        }
        return KaplanMeier.fit(obs);
    }

    private static ArmSummary arm(String name, int n, double... deathDays) {
        double m = deathDays.length / (double) n;
        return new ArmSummary(name, n, deathDays.length, new Rate(m, m / 2, Math.min(1, 2 * m)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty(), curve(n, deathDays));
    }

    private static GroupSummary group(ArmSummary control, ArmSummary treated, Rate riskRatio) {
        Map<String, ArmSummary> arms = new LinkedHashMap<>();
        arms.put(control.name(), control);
        arms.put(treated.name(), treated);
        return new GroupSummary(arms, Map.of(treated.name(), new Comparison(treated.name(), riskRatio,
                new Rate(-0.1, -0.3, 0.1), Optional.empty(), 0.4)));
    }

    /** Two arms, overall and in two subgroups, the second with no deaths at all (its ratio not estimable). */
    private static TrialSummary twoArms() {
        ArmSummary control = arm("usual care", 10, 2, 3.5, 9);
        ArmSummary treated = arm("dexamethasone", 10, 5);
        Map<String, GroupSummary> subgroups = new LinkedHashMap<>();
        subgroups.put("ventilation", group(arm("usual care", 4, 2, 3.5), arm("dexamethasone", 5, 5),
                new Rate(0.4, 0.005, 150)));
        subgroups.put("no_oxygen", group(arm("usual care", 6), arm("dexamethasone", 5),
                new Rate(Double.NaN, Double.NaN, Double.NaN)));
        Flow flow = new Flow(20, 0, 0, 0, 0, 0, 20, Map.of("usual care", 10L, "dexamethasone", 10L), 0);
        return new TrialSummary("covid-dexamethasone", "", 1, FOLLOW_UP, false, flow, Map.of(),
                group(control, treated, new Rate(0.33, 0.04, 2.8)), Map.of(), subgroups, List.of());
    }

    @Test
    void kaplanMeierCurvesAreSteppedSeriesOfOneLabelledPanelInTheArmsColours() throws IOException {
        JsonNode km = figures(TrialReport.html(spec, twoArms())).get("kaplan-meier");
        assertEquals("time (days)", km.get("xLabel").asText());
        // enrolment, every death, the end of follow-up
        assertEquals(List.of(0.0, 2.0, 3.5, 5.0, 9.0, 28.0), numbers(km.get("t")));
        assertEquals(1, km.get("panels").size());
        JsonNode panel = km.get("panels").get(0);
        assertEquals("survival, fraction", panel.get("yLabel").asText());
        assertFalse(panel.get("log").asBoolean());
        JsonNode control = panel.get("series").get(0);
        JsonNode treated = panel.get("series").get(1);
        assertEquals("usual care", control.get("name").asText());
        assertEquals("#1f77b4", control.get("colour").asText(), "the control is blue");
        assertEquals("#d62728", treated.get("colour").asText(), "the first treated arm red");
        assertTrue(control.get("stepped").asBoolean() && treated.get("stepped").asBoolean(), "drawn as steps");
        // S(t) at each time, the drop at the death's own day
        assertEquals(List.of(1.0, 0.9, 0.8, 0.8, 0.7, 0.7), numbers(control.get("y")));
        assertEquals(List.of(1.0, 1.0, 1.0, 0.9, 0.9, 0.9), numbers(treated.get("y")));
        // the axis runs from below the lowest curve to just above 1
        assertEquals(List.of(0.6, 1.008), numbers(panel.get("range")));
    }

    @Test
    void theSurvivalAxisStartsBelowTheLowestCurveAtARoundValue() {
        AxisRange close = KaplanMeierFigure.range(0.95);
        assertEquals(0.8, close.min(), 1e-12, "arms within a few percent: the axis from 0.8");
        assertEquals(1.004, close.max(), 1e-12, "and a little headroom above 1");
        assertEquals(0.6, KaplanMeierFigure.range(0.7).min(), 1e-12);
        assertEquals(0, KaplanMeierFigure.range(0.05).min(), 1e-12, "a curve near 0: the whole axis");
        assertEquals(1.02, KaplanMeierFigure.range(0).max(), 1e-12);
    }

    @Test
    void theForestPlotIsOneLabelledLogPanelWithARowPerGroupAndArm() throws IOException {
        JsonNode forest = figures(TrialReport.html(spec, twoArms())).get("forest");
        assertEquals("risk ratio of death (log scale): below 1 favours the arm", forest.get("xLabel").asText());
        assertEquals(1, forest.get("reference").asInt());
        // ventilation's interval (0.005 to 150) is cut at the axis' ends, labelled by decades
        assertEquals(List.of(0.01, 0.1, 1.0, 10.0, 100.0), numbers(forest.get("ticks")));
        assertEquals(1, forest.get("panels").size());
        JsonNode panel = forest.get("panels").get(0);
        assertEquals("subgroup, arm (n)", panel.get("yLabel").asText());
        assertTrue(panel.get("log").asBoolean());
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        panel.get("rows").forEach(r -> {
            labels.add(r.get("label").asText());
            values.add(r.get("value").asText());
        });
        assertEquals(List.of("All patients, dexamethasone (20)", "ventilation, dexamethasone (9)",
                "no_oxygen, dexamethasone (11)"), labels);
        assertEquals(List.of("0.33 (0.04–2.80)", "0.40 (0.01–150.00)", "not estimable"), values);
        JsonNode series = panel.get("series").get(0);
        assertEquals(1, panel.get("series").size(), "one series per treated arm");
        assertEquals("#d62728", series.get("colour").asText(), "the arm's colour of the Kaplan-Meier curves");
        assertEquals(List.of(0.33, 0.4), numbers(series.get("estimate")).subList(0, 2));
        assertTrue(series.get("estimate").get(2).isNull(), "no mark where not estimable");
        assertTrue(series.get("lo").get(2).isNull() && series.get("hi").get(2).isNull());
    }

    @Test
    void thePageIsSelfContainedAndDrawsNoSvg() {
        String html = TrialReport.html(spec, twoArms());
        for (String fetch : List.of("src=\"http", "href=\"http", "url(http", "url(\"http", "@import", "fetch(", "<link",
                "<script src")) {
            assertFalse(html.contains(fetch), "no external reference: " + fetch);
        }
        assertFalse(html.contains("<svg"), "the figures are interactive charts, not SVG");
        assertTrue(html.contains("uPlot") && html.contains("window.cytostormCharts"), "the library and renderer inlined");
        assertTrue(html.contains("<table id=\"at-risk\">"), "the number at risk below the curves");
    }

    @Test
    void aCohortOfOneArmHasItsCurveButNoForestPlot() throws IOException {
        TrialSummary two = twoArms();
        ArmSummary only = two.overall().arms().get("usual care");
        TrialSummary cohort = new TrialSummary("cohort", "", 1, FOLLOW_UP, false,
                new Flow(10, 0, 0, 0, 0, 0, 10, Map.of("usual care", 10L), 0), Map.of(),
                new GroupSummary(Map.of("usual care", only), Map.of()), Map.of(), Map.of(), List.of());
        Map<String, JsonNode> figures = figures(TrialReport.html(spec, cohort));
        assertEquals(List.of("kaplan-meier"), List.copyOf(figures.keySet()));
        assertEquals(1, figures.get("kaplan-meier").get("panels").get(0).get("series").size());
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asDouble()));
        return out;
    }
}
