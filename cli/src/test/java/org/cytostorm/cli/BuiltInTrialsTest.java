package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.cytostorm.cohort.trial.Arm;
import org.cytostorm.cohort.trial.BuiltInTrials;
import org.cytostorm.cohort.trial.Subgroup;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, acceptance 3: every built-in trial runs with 200 patients through the command line,
 * its summary.json keeps the output contract (docs/outputs.md), its CONSORT flow adds up, and its
 * report.html opens in headless Chromium, whose rendered DOM and screenshot show the Kaplan–Meier
 * curves and the forest plot, both drawn by the page's interactive charts.
 */
class BuiltInTrialsTest {

    private static final int PATIENTS = 200;
    /** The issue's nine trials: a trial dropped from the index is a failure, not a smaller loop. */
    private static final List<String> ISSUE_16 = List.of("car-t-axi-cel", "car-t-tisa-cel", "car-t-liso-cel",
            "car-t-ide-cel", "car-t-cilta-cel", "sepsis-anti-tnf", "sepsis-anakinra", "covid-dexamethasone",
            "covid-tocilizumab");
    /** The outcomes of CAR-T trials only: meaningless where no CAR-T cells or tumour are simulated. */
    private static final List<String> CAR_T_RATES = List.of("crs_any", "crs_grade3plus", "icans_any", "response");
    /** The Kaplan–Meier colours of the first two arms (control, then the first treated arm). */
    private static final int CONTROL_BLUE = 0x1f77b4;
    private static final int ARM_RED = 0xd62728;
    /** The fill of the forest plot's alternate rows, used by nothing else on the page. */
    private static final int FOREST_STRIPE = 0xf6f6f6;
    /** Stripe pixels that make a row of the screenshot a forest plot's row (its plot is some 400 wide). */
    private static final int STRIPE_PX = 150;
    /** The height of the forest plot's rows at least (forest-plot.js), all of it inside its plot. */
    private static final int FOREST_ROWS_PX = 150;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TrialSpecReader reader;

    @TempDir
    Path dir;

    @BeforeAll
    static void reader() {
        reader = TrialSpecReader.standard();
    }

    static List<String> trials() {
        return BuiltInTrials.names();
    }

    @Test
    void theBuiltInTrialsAreTheIssuesNine() {
        assertEquals(ISSUE_16, BuiltInTrials.names());
    }

    @ParameterizedTest
    @MethodSource("trials")
    void aBuiltInTrialRunsThroughTheContractAndItsReportShowsBothFigures(String name) throws Exception {
        // GIVEN the built-in trial, as the user names it
        TrialSpec spec = BuiltInTrials.load(name, reader);
        Path out = dir.resolve("out");

        // WHEN it runs with 200 patients through the command line
        CliRun run = CliRun.of("trial", name, "--patients", Integer.toString(PATIENTS), "--out", out.toString());

        // THEN it succeeds and writes the three outputs
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        for (String f : List.of("patients.parquet", "summary.json", "report.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f + " is empty");
        }
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        List<String> arms = spec.arms().stream().map(Arm::name).toList();
        List<String> subgroups = spec.subgroups().stream().map(Subgroup::name).toList();
        boolean carT = name.startsWith("car-t-");
        JsonNode flow = summary.path("flow");
        assertAll(() -> flowAddsUp(flow, arms, summary.path("arms")),
                () -> group("overall", summary, arms, carT, true),
                () -> assertEquals(subgroups, names(summary.path("subgroups")), "subgroups, in the spec's order"),
                () -> subgroups.forEach(g -> group("subgroup " + g, summary.path("subgroups").path(g), arms, carT,
                        false)),
                () -> parquetHoldsEveryPatient(out.resolve("patients.parquet"), flow, arms.size()));

        // AND the report opens in headless Chromium with both figures drawn
        HeadlessChromium chromium = HeadlessChromium.find();
        Path page = out.resolve("report.html");
        String dom = chromium.renderedDom(page, dir);
        Path png = dir.resolve(name + ".png");
        chromium.screenshot(page, png, dir);
        JsonNode overallRr = summary.path("comparisons").path(arms.get(1)).path("risk_ratio");
        assertAll(() -> renderedReport(dom, flow, arms, subgroups),
                () -> screenshot(png, overallRr.path("estimate").isNumber()));
    }

    /** CONSORT: every drawn patient is enrolled or counted once as why not; the enrolled are randomized. */
    private static void flowAddsUp(JsonNode flow, List<String> arms, JsonNode armSummaries) {
        long drawn = flow.path("drawn").asLong(-1);
        long enrolled = flow.path("enrolled").asLong(-1);
        assertEquals(PATIENTS, drawn, "flow.drawn");
        long notEnrolled = 0;
        for (String k : List.of("no_plausible_draw", "not_eligible", "died_before_enrolment", "failed")) {
            assertTrue(flow.path(k).canConvertToLong() && flow.path(k).asLong() >= 0, "flow." + k + ": " + flow.path(k));
            notEnrolled += flow.path(k).asLong();
        }
        assertEquals(drawn, notEnrolled + enrolled, "drawn = not enrolled (by reason) + enrolled: " + flow);
        assertTrue(enrolled > 0, "nobody enrolled: " + flow);
        assertEquals(arms, names(flow.path("randomized")), "flow.randomized: the spec's arms in order");
        long randomized = 0;
        long excluded = 0;
        for (String a : arms) {
            long r = flow.path("randomized").path(a).asLong();
            long n = armSummaries.path(a).path("n").asLong();
            assertTrue(n <= r, a + ": analysed " + n + " of " + r + " randomized");
            randomized += r;
            excluded += r - n;
        }
        assertEquals(enrolled, randomized, "randomized over the arms = enrolled");
        assertTrue(excluded <= flow.path("failed_arm_runs").asLong(), "randomized but not analysed (" + excluded
                + ") beyond the failed arm runs: " + flow);
    }

    /** The contract's {@code arms} and {@code comparisons} of the trial or of one subgroup. */
    private static void group(String what, JsonNode g, List<String> arms, boolean carT, boolean overall) {
        assertEquals(arms, names(g.path("arms")), what + ": arms in the spec's order, the control first");
        JsonNode control = g.path("arms").path(arms.get(0));
        for (String a : arms) {
            JsonNode arm = g.path("arms").path(a);
            String at = what + ", arm " + a;
            long n = arm.path("n").asLong(-1);
            assertTrue(arm.path("n").canConvertToLong() && n >= 0, at + ": n " + arm.path("n"));
            assertTrue(!overall || n > 0, at + ": no patients");
            double expected = arm.path("deaths_expected").asDouble(Double.NaN);
            assertTrue(expected >= 0 && expected <= n, at + ": deaths_expected " + arm.path("deaths_expected"));
            proportion(at + ", mortality_28d", arm.path("mortality_28d"), n);
            for (String k : CAR_T_RATES) {
                assertEquals(carT, arm.has(k), at + ": " + k + (carT ? " missing" : " in a trial without CAR-T cells"));
                if (carT) {
                    proportion(at + ", " + k, arm.path(k), n);
                }
            }
            assertEquals(carT, arm.has("crs_onset_median_day"), at + ": crs_onset_median_day");
        }
        List<String> treated = arms.subList(1, arms.size());
        assertEquals(treated, names(g.path("comparisons")), what + ": a comparison per non-control arm, in order");
        for (String a : treated) {
            JsonNode c = g.path("comparisons").path(a);
            String at = what + ", " + a + " vs control";
            JsonNode rr = c.path("risk_ratio");
            JsonNode rd = c.path("risk_difference");
            interval(at + ", risk_ratio", rr);
            interval(at + ", risk_difference", rd);
            assertTrue(c.has("hazard_ratio") && (c.path("hazard_ratio").isNull() || c.path("hazard_ratio").isObject()),
                    at + ": hazard_ratio is an object or null");
            if (c.path("hazard_ratio").isObject()) {
                interval(at + ", hazard_ratio", c.path("hazard_ratio"));
            }
            JsonNode p = c.path("logrank_p");
            assertTrue(c.has("logrank_p") && (p.isNull() || p.isNumber() && p.asDouble() >= 0 && p.asDouble() <= 1),
                    at + ": logrank_p " + p);
            JsonNode mine = g.path("arms").path(a).path("mortality_28d").path("estimate");
            JsonNode theirs = control.path("mortality_28d").path("estimate");
            if (mine.isNumber() && theirs.isNumber()) {
                // the comparison is of these arms' own rates
                assertEquals(mine.asDouble() - theirs.asDouble(), rd.path("estimate").asDouble(Double.NaN), 1e-12,
                        at + ": risk difference of the arms' mortality");
                double m = mine.asDouble();
                double t = theirs.asDouble();
                if (m > 0 && m < 1 && t > 0 && t < 1) {
                    assertEquals(m / t, rr.path("estimate").asDouble(Double.NaN), 1e-12,
                            at + ": risk ratio of the arms' mortality");
                } else if (t > 0 || m > 0) {
                    // a cell of 0 (no deaths, or all) takes Haldane's 0.5 in every cell (docs/cohorts.md)
                    long n1 = g.path("arms").path(a).path("n").asLong();
                    long n0 = control.path("n").asLong();
                    double haldane = ((Math.rint(m * n1) + 0.5) / (n1 + 1)) / ((Math.rint(t * n0) + 0.5) / (n0 + 1));
                    assertEquals(haldane, rr.path("estimate").asDouble(Double.NaN), 1e-12,
                            at + ": risk ratio of the arms' mortality, Haldane-corrected for a cell of 0");
                }
            }
            if (overall) {
                assertTrue(rd.path("estimate").isNumber() && p.isNumber(), at + ": the whole trial's comparison is "
                        + "not estimable: " + c);
            }
        }
    }

    /** A rate of {@code n} patients: a proportion with lo ≤ estimate ≤ hi, all null without patients. */
    private static void proportion(String at, JsonNode r, long n) {
        assertTrue(r.isObject(), at + ": not an object: " + r);
        if (n == 0) {
            for (String k : List.of("estimate", "lo", "hi")) {
                assertTrue(r.path(k).isNull(), at + ": " + k + " of no patients is " + r.path(k) + ", not null");
            }
            return;
        }
        interval(at, r);
        assertTrue(r.path("lo").asDouble() >= 0 && r.path("hi").asDouble() <= 1, at + ": outside 0..1: " + r);
    }

    /** estimate, lo, hi: numbers with lo ≤ estimate ≤ hi, or all three null (not estimable). */
    private static void interval(String at, JsonNode r) {
        assertTrue(r.isObject() && r.has("estimate") && r.has("lo") && r.has("hi"), at + ": " + r);
        if (r.path("estimate").isNull() && r.path("lo").isNull() && r.path("hi").isNull()) {
            return;
        }
        double e = r.path("estimate").asDouble(Double.NaN);
        double lo = r.path("lo").asDouble(Double.NaN);
        double hi = r.path("hi").asDouble(Double.NaN);
        assertTrue(r.path("estimate").isNumber() && r.path("lo").isNumber() && r.path("hi").isNumber(), at + ": " + r);
        assertTrue(lo <= e && e <= hi, at + ": not lo <= estimate <= hi: " + r);
    }

    /** patients.parquet: a row per enrolled patient and arm, one per patient not enrolled. */
    private static void parquetHoldsEveryPatient(Path parquet, JsonNode flow, int arms) throws SQLException {
        long enrolled = flow.path("enrolled").asLong();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT patient), count(*) FILTER (WHERE"
                        + " disposition = 'enrolled') FROM read_parquet('" + parquet.toString().replace("'", "''")
                        + "')")) {
            assertTrue(r.next());
            assertEquals(PATIENTS - enrolled + enrolled * arms, r.getLong(1), "rows of patients.parquet");
            assertEquals(PATIENTS, r.getLong(2), "patients in patients.parquet");
            assertEquals(enrolled * arms, r.getLong(3), "rows of enrolled patients");
        }
    }

    /** The DOM Chromium rendered: the tables, the CONSORT numbers, and both figures with their marks. */
    private static void renderedReport(String dom, JsonNode flow, List<String> arms, List<String> subgroups) {
        for (String id : List.of("consort", "baseline", "outcomes", "comparisons", "counterfactual")) {
            assertTrue(dom.contains("<table id=\"" + id + "\""), "the rendered report has no table " + id);
        }
        Map<String, Long> consort = new LinkedHashMap<>();
        Matcher row = Pattern.compile("<tr><td>([^<]*)</td><td class=\"num\">(\\d+)</td></tr>").matcher(
                element(dom, "<table id=\"consort\"", "</table>"));
        while (row.find()) {
            consort.put(row.group(1), Long.parseLong(row.group(2)));
        }
        assertEquals(flow.path("drawn").asLong(), consort.get("Drawn from the population"), "CONSORT table: " + consort);
        assertEquals(flow.path("enrolled").asLong(), consort.get("Enrolled"), "CONSORT table: " + consort);
        assertEquals(flow.path("not_eligible").asLong(), consort.get("Not eligible (enrolment condition never met)"),
                "CONSORT table: " + consort);
        for (String a : arms) {
            assertEquals(flow.path("randomized").path(a).asLong(), consort.get("Randomized to " + a),
                    "CONSORT table: " + consort);
        }

        String km = element(dom, "<figure class=\"time-figure\" id=\"kaplan-meier\"", "</figure>");
        drawn("Kaplan-Meier figure", km);
        JsonNode curves = chart(km).path("panels").path(0).path("series");
        assertEquals(arms, seriesNames(curves), "Kaplan-Meier figure: a curve per arm, in the spec's order");
        assertEquals("#1f77b4", curves.path(0).path("colour").asText(), "Kaplan-Meier figure: the control's colour");
        assertEquals("#d62728", curves.path(1).path("colour").asText(), "Kaplan-Meier figure: the arm's colour");
        for (JsonNode c : curves) {
            assertTrue(c.path("stepped").asBoolean(), "Kaplan-Meier curve " + c.path("name") + " is not stepped");
            assertTrue(c.path("y").size() >= 2, "Kaplan-Meier curve " + c.path("name") + " has no points");
        }
        assertTrue(element(dom, "<table id=\"at-risk\"", "</table>").contains(arms.get(1)), "no number at risk");

        String forest = element(dom, "<figure class=\"forest-figure\" id=\"forest\"", "</figure>");
        drawn("forest plot", forest);
        JsonNode panel = chart(forest).path("panels").path(0);
        List<String> rows = new ArrayList<>();
        panel.path("rows").forEach(r -> rows.add(r.path("label").asText()));
        assertTrue(rows.get(0).startsWith("All patients, " + arms.get(1) + " ("), "forest plot: no row for all patients");
        for (String g : subgroups) {
            assertTrue(rows.stream().anyMatch(r -> r.startsWith(g + ", " + arms.get(1) + " (")),
                    "forest plot: no row for subgroup " + g + ": " + rows);
        }
        assertEquals(arms.subList(1, arms.size()), seriesNames(panel.path("series")), "forest plot: a series per treated arm");
    }

    /** A figure drawn by the page's script: a panel marked drawn, with its y axis label, on a canvas. */
    private static void drawn(String what, String figure) {
        assertTrue(figure.contains("<div class=\"panel\""), what + ": no panel on the page");
        assertTrue(figure.contains("data-rendered=\"true\"") && figure.contains("<canvas"), what + ": not drawn");
        assertFalse(figure.contains("data-y-label=\"\""), what + ": a y axis without label");
        assertFalse(figure.contains("This chart could not be drawn"), what + ": failed to draw");
    }

    /** The data block of a figure. */
    private static JsonNode chart(String figure) {
        Matcher m = Pattern.compile("<script type=\"application/json\" class=\"cytostorm-chart\">(.*?)</script>",
                Pattern.DOTALL).matcher(figure);
        assertTrue(m.find(), "no data in the figure");
        try {
            return JSON.readTree(m.group(1).replace("<\\/", "</"));
        } catch (IOException e) {
            throw new AssertionError("the figure's data is not JSON", e);
        }
    }

    /**
     * The screenshot: not blank, the Kaplan–Meier curves in both arm colours, and below them the
     * forest plot's striped rows with the arm's marks drawn across them. The forest plot draws in
     * the arm's red too, so the curves are counted only above it.
     */
    private static void screenshot(Path png, boolean overallEstimable) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(HeadlessChromium.WIDTH, img.getWidth(), "screenshot width");
        assertEquals(HeadlessChromium.HEIGHT, img.getHeight(), "screenshot height");
        Set<Integer> colours = new HashSet<>();
        int firstStripe = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            int stripe = 0;
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb == FOREST_STRIPE) {
                    stripe++;
                }
            }
            if (firstStripe < 0 && stripe > STRIPE_PX) {
                firstStripe = y;
            }
        }
        assertTrue(colours.size() >= 50, "the screenshot is (nearly) blank: " + colours.size() + " colours");
        assertTrue(firstStripe >= 0, "no forest plot on the screenshot (no striped rows)");
        int blue = 0;
        int red = 0;
        for (int y = 0; y < firstStripe; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                blue += near(rgb, CONTROL_BLUE) ? 1 : 0;
                red += near(rgb, ARM_RED) ? 1 : 0;
            }
        }
        // a 2-pixel curve across the plot is some 1,600 pixels, a legend swatch some 100; where the
        // curves coincide the red one covers the blue
        assertTrue(red >= 40 && blue >= 40 && red + blue >= 600, "Kaplan-Meier curves not on the screenshot above"
                + " the forest plot (row " + firstStripe + "): " + blue + " pixels of #1f77b4, " + red + " of #d62728");
        if (overallEstimable) {
            int marks = 0;
            for (int y = firstStripe; y < firstStripe + FOREST_ROWS_PX && y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    marks += near(img.getRGB(x, y) & 0xffffff, ARM_RED) ? 1 : 0;
                }
            }
            assertTrue(marks >= 20, "forest plot: no interval drawn in its rows (" + marks + " pixels)");
        }
    }

    private static boolean near(int rgb, int target) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xff) - (target >> shift & 0xff)) > 24) {
                return false;
            }
        }
        return true;
    }

    private static String element(String dom, String start, String end) {
        int from = dom.indexOf(start);
        if (from < 0) {
            fail("the rendered report has no " + start + "...>");
        }
        int to = dom.indexOf(end, from);
        return dom.substring(from, to < 0 ? dom.length() : to);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The names of a chart's series, in order. */
    private static List<String> seriesNames(JsonNode series) {
        List<String> out = new ArrayList<>();
        series.forEach(s -> out.add(s.path("name").asText()));
        return out;
    }
}
