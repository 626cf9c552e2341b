package org.cytostorm.cohort.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cytostorm.cohort.run.Disposition;
import org.cytostorm.cohort.run.PatientResult;
import org.cytostorm.cohort.stats.RiskComparison;
import org.cytostorm.cohort.store.SummaryJson;
import org.cytostorm.cohort.trial.Endpoints;
import org.cytostorm.cohort.trial.Randomization;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trial analysis on hand-built rows (no simulation), against numbers worked out by hand from
 * the rows' design, written in the comments: the CONSORT flow, per-arm rates, the risk ratio and
 * difference, expected deaths, the log-rank test of a single event time, the counterfactual
 * pairs, empty subgroups, and summary.json's keys (the output contract of issue 16).
 *
 * <p>The design. Patients 0 to 23; four are not enrolled (2 not eligible, 5 died before
 * enrolment, 7 without a plausible draw, 9 failed), so 20 are, and 1:1 blocks of four give each
 * arm exactly 10. Which 10 is the seed's business ({@link Randomization}, tested on its own), so
 * the rows are written after the list is drawn: the j-th patient assigned to an arm gets the j-th
 * entry of that arm's plan below, under both arms. One dexamethasone patient's dexamethasone run
 * failed. Died under an arm: survival 0.2 and event at day 5; survived: 0.9 and censored at 28.
 */
class TrialAnalysisTest {

    static final long SEED = 42;
    static final String SPEC = """
            name: hand
            source: "hand-made rows"
            scenario: car-t-axi-cel
            follow_up: 28 d
            arms:
              - name: control
              - name: dex
                treatments:
                  - {drug: dexamethasone, dose: 10 mg, route: po, time: 0 h}
            subgroups:
              bulky: "tumour > 30"
              nobody: "tumour < 0"
            """;

    // The 10 patients assigned to control, in patient order: their fate under control (assigned)
    // and under dex (the counterfactual). 4 deaths under control.
    static final boolean[] C_DIED_C = {true, true, true, true, false, false, false, false, false, false};
    static final boolean[] C_DIED_T = {false, false, true, true, false, false, false, false, true, false};
    // The 10 assigned to dex: fate under dex (assigned; the last one's run failed) and under
    // control. 2 deaths among the 9 analysable under dex.
    static final boolean[] T_DIED_T = {true, true, false, false, false, false, false, false, false, false};
    static final boolean[] T_DIED_C = {true, false, true, false, false, false, false, false, false, false};
    static final int FAILED_J = 9;
    // Control-assigned rows: CRS grade, onset day, ICANS grade, tumour fraction (dex rows: none)
    static final int[] C_CRS = {0, 1, 2, 3, 4, 0, 1, 0, 0, 3};
    static final double[] C_ONSET = {Double.NaN, 2, 1, 3, 0.5, Double.NaN, 4, Double.NaN, Double.NaN, 1.5};
    static final int[] C_ICANS = {0, 0, 1, 0, 2, 0, 0, 0, 0, 0};
    static final double[] C_TUMOUR = {0.1, 0.5, 0.343, 0.9, 0.2, 1.2, 0.35, 0.0, Double.NaN, 0.6};
    /** Control-assigned patients 0 to 2 are the "bulky" subgroup: control only, dex empty. */
    static final int BULKY = 3;

    private static TrialSpec spec;
    private static List<PatientResult> rows;
    private static Map<Long, Integer> assigned;
    private static TrialSummary summary;

    @BeforeAll
    static void analyse() {
        spec = TrialSpecReader.standard().read(SPEC, "hand.yaml", null);
        List<Long> enrolled = new ArrayList<>();
        for (long p = 0; p < 24; p++) {
            if (p != 2 && p != 5 && p != 7 && p != 9) {
                enrolled.add(p);
            }
        }
        int[] arms = new Randomization(spec.allocation(), SEED).assign(Collections.nCopies(enrolled.size(), ""));
        assigned = new LinkedHashMap<>();
        for (int k = 0; k < arms.length; k++) {
            assigned.put(enrolled.get(k), arms[k]);
        }
        rows = rows();
        summary = new TrialAnalysis(spec, SEED).summarize(rows);
    }

    private static Endpoints fate(boolean died, int crs, double onset, int icans, double tumour) {
        return new Endpoints(died ? 0.2 : 0.9, died, died ? 5 : 28, crs, onset, icans, died ? 0 : 28, Double.NaN,
                tumour);
    }

    private static PatientResult row(long p, int arm, Disposition d, Map<String, Boolean> sg, double age, String sex,
            int rejected, Optional<Endpoints> e) {
        return new PatientResult(p, arm, d, e.isPresent() || arm < 0 ? "SUCCESS" : "MAX_STEPS", "", arm < 0 ? Double.NaN
                : 0, sg, 80, age, sex, rejected, Map.of("k_pg", 0.2), e);
    }

    /** The rows of the design, in patient and arm order. */
    private static List<PatientResult> rows() {
        List<PatientResult> out = new ArrayList<>();
        Map<Disposition, Long> notEnrolled = Map.of(Disposition.NOT_ELIGIBLE, 2L, Disposition.DIED_BEFORE_ENROLMENT, 5L,
                Disposition.NO_PLAUSIBLE_DRAW, 7L, Disposition.FAILED, 9L);
        int[] next = new int[2];
        for (long p = 0; p < 24; p++) {
            long patient = p;
            Optional<Disposition> out1 = notEnrolled.entrySet().stream().filter(e -> e.getValue() == patient)
                    .map(Map.Entry::getKey).findFirst();
            // rejected draws: 10,000 of the patient with no plausible draw, 3 of patient 0, 2 of patient 11
            int rejected = p == 7 ? 10_000 : p == 0 ? 3 : p == 11 ? 2 : 0;
            if (out1.isPresent()) {
                out.add(row(p, -1, out1.get(), Map.of(), 50, "male", rejected, Optional.empty()));
                continue;
            }
            int arm = assigned.get(p);
            int j = next[arm]++;
            boolean died0 = arm == 0 ? C_DIED_C[j] : T_DIED_C[j];
            boolean died1 = arm == 0 ? C_DIED_T[j] : T_DIED_T[j];
            boolean helped = died0 && !died1;
            boolean harmed = !died0 && died1;
            boolean failed = arm == 1 && j == FAILED_J;
            // who they are: helped 70 years and female, harmed 30 and male, everyone else 50 and
            // male but for control-assigned patient 4
            double age = failed ? 50 : helped ? 70 : harmed ? 30 : 50;
            String sex = helped || (arm == 0 && j == 4) ? "female" : "male";
            Map<String, Boolean> sg = new LinkedHashMap<>();
            sg.put("bulky", arm == 0 && j < BULKY);
            sg.put("nobody", false);
            Endpoints e0 = arm == 0 ? fate(died0, C_CRS[j], C_ONSET[j], C_ICANS[j], C_TUMOUR[j])
                    : fate(died0, 0, Double.NaN, 0, 1.0);
            Endpoints e1 = fate(died1, 0, Double.NaN, 0, 1.0);
            out.add(row(p, 0, Disposition.ENROLLED, sg, age, sex, rejected, Optional.of(e0)));
            out.add(row(p, 1, Disposition.ENROLLED, sg, age, sex, rejected, failed ? Optional.empty() : Optional.of(e1)));
        }
        return out;
    }

    /** R's prop.test(x, n, correct = FALSE) interval, from Wilson's formula. */
    private static double[] wilson(int x, int n) {
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);
        double centre = (x + z * z / 2) / (n + z * z);
        double half = z * Math.sqrt(x * (double) (n - x) / n + z * z / 4) / (n + z * z);
        return new double[] {x == 0 ? 0 : centre - half, x == n ? 1 : centre + half};
    }

    @Test
    void theAssignmentIsTheStratifiedBlockListOfTheEnrolled() {
        assertEquals(assigned, new TrialAnalysis(spec, SEED).assignment(rows));
        assertEquals(10, assigned.values().stream().filter(a -> a == 0).count(), "five blocks of four: 10 each");
    }

    @Test
    void flowCountsEachPatientOnce() {
        Flow f = summary.flow();
        assertEquals(24, f.drawn());
        assertEquals(1, f.noPlausibleDraw());
        assertEquals(1, f.notEligible());
        assertEquals(1, f.diedBeforeEnrolment());
        assertEquals(1, f.failed());
        assertEquals(20, f.enrolled());
        // 10,000 + 3 + 2: a patient's draws counted once, not once per arm row
        assertEquals(10_005, f.rejectedDraws());
        assertEquals(Map.of("control", 10L, "dex", 10L), f.randomized());
        assertEquals(List.of("control", "dex"), List.copyOf(f.randomized().keySet()));
        assertEquals(1, f.failedArmRuns());
    }

    @Test
    void armRatesAndExpectedDeaths() {
        ArmSummary c = summary.overall().arms().get("control");
        ArmSummary t = summary.overall().arms().get("dex");
        assertEquals(10, c.n());
        assertEquals(9, t.n(), "the failed dex run is not analysed");
        // deaths expected = sum of (1 - survival): control 4 x 0.8 + 6 x 0.1 = 3.8; dex 2 x 0.8 + 7 x 0.1 = 2.3
        assertEquals(3.8, c.deathsExpected(), 1e-12);
        assertEquals(2.3, t.deathsExpected(), 1e-12);
        // sampled mortality 4/10 and 2/9 with Wilson intervals
        double[] wc = wilson(4, 10);
        assertEquals(0.4, c.mortality().estimate(), 1e-15);
        assertEquals(wc[0], c.mortality().lo(), 1e-12);
        assertEquals(wc[1], c.mortality().hi(), 1e-12);
        assertEquals(2.0 / 9, t.mortality().estimate(), 1e-15);
        // CRS of any grade: 6 of 10 (grades 1, 2, 3, 4, 1, 3); grade 3+: 3 (3, 4, 3); ICANS: 2;
        // response (fraction <= 0.343, the boundary included, no tumour never): 0.1, 0.343, 0.2, 0 = 4
        assertEquals(0.6, c.crsAny().orElseThrow().estimate(), 1e-15);
        assertEquals(0.3, c.crsGrade3Plus().orElseThrow().estimate(), 1e-15);
        assertEquals(0.2, c.icansAny().orElseThrow().estimate(), 1e-15);
        assertEquals(0.4, c.response().orElseThrow().estimate(), 1e-15);
        // onsets 0.5, 1, 1.5, 2, 3, 4: the median of six is (1.5 + 2) / 2
        assertEquals(1.75, c.crsOnsetMedianDay().orElseThrow(), 1e-15);
        assertEquals(0, t.crsAny().orElseThrow().estimate());
        assertTrue(t.crsOnsetMedianDay().isEmpty(), "no CRS in the dex arm: no median onset");
    }

    @Test
    void riskRatioAndDifferenceByHand() {
        Comparison cmp = summary.overall().comparisons().get("dex");
        // RR = (2/9) / (4/10) = 5/9; RD = 2/9 - 4/10 = -8/45
        assertEquals(5.0 / 9, cmp.riskRatio().estimate(), 1e-12);
        assertEquals(-8.0 / 45, cmp.riskDifference().estimate(), 1e-12);
        // Katz log interval, no zero cell: se = sqrt(1/2 - 1/9 + 1/4 - 1/10)
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);
        double se = Math.sqrt(1.0 / 2 - 1.0 / 9 + 1.0 / 4 - 1.0 / 10);
        assertEquals(5.0 / 9 * Math.exp(-z * se), cmp.riskRatio().lo(), 1e-12);
        assertEquals(5.0 / 9 * Math.exp(z * se), cmp.riskRatio().hi(), 1e-12);
        // the Newcombe interval of the difference (checked against R in RiskComparisonTest) of the
        // same counts, treated first: the analysis feeds it 2 of 9 against 4 of 10
        RiskComparison rc = RiskComparison.of(2, 9, 4, 10);
        assertEquals(rc.difference().lower(), cmp.riskDifference().lo(), 1e-15);
        assertEquals(rc.difference().upper(), cmp.riskDifference().hi(), 1e-15);
    }

    @Test
    void logRankOfOneEventTime() {
        // every death on day 5, every survivor censored at 28: the log-rank test is one 2x2 table
        // at day 5 with 19 at risk (9 dex), 6 deaths (2 dex): E = 6 x 9/19, V = 6 (9/19)(10/19)(13/18)
        double e = 6 * 9.0 / 19;
        double v = 6 * (9.0 / 19) * (10.0 / 19) * (13.0 / 18);
        double chi2 = (2 - e) * (2 - e) / v;
        double p = 1 - new ChiSquaredDistribution(1).cumulativeProbability(chi2);
        Comparison cmp = summary.overall().comparisons().get("dex");
        assertEquals(p, cmp.logrankP(), 1e-9);
        Rate hr = cmp.hazardRatio().orElseThrow();
        assertTrue(hr.lo() < hr.estimate() && hr.estimate() < hr.hi() && hr.estimate() < 1, hr.toString());
    }

    @Test
    void counterfactualHelpedAndHarmed() {
        Counterfactual cf = summary.counterfactual().get(0);
        assertEquals("dex", cf.arm());
        // 19 patients with both runs; helped (dies under control, lives under dex): control-assigned
        // 0 and 1, dex-assigned 2 = 3; harmed: control-assigned 8, dex-assigned 1 = 2
        assertEquals(19, cf.n());
        assertEquals(3.0 / 19, cf.helped(), 1e-15);
        assertEquals(2.0 / 19, cf.harmed(), 1e-15);
        // survival gain 0.9 - 0.2 = 0.7 for the helped, -0.7 for the harmed, 0 for the rest
        assertEquals(0.7 * (3 - 2) / 19, cf.meanSurvivalGain(), 1e-12);
        assertEquals(3, cf.helpedProfile().n());
        assertEquals(70, cf.helpedProfile().meanAge(), 1e-12);
        assertEquals(1, cf.helpedProfile().female(), 1e-12);
        assertEquals(2.0 / 3, cf.helpedProfile().subgroups().get("bulky"), 1e-12, "control-assigned 0 and 1");
        assertEquals(2, cf.harmedProfile().n());
        assertEquals(30, cf.harmedProfile().meanAge(), 1e-12);
        assertEquals(0, cf.harmedProfile().female(), 1e-12);
        assertEquals(14, cf.unaffectedProfile().n());
        assertEquals(50, cf.unaffectedProfile().meanAge(), 1e-12);
        assertEquals(1.0 / 14, cf.unaffectedProfile().female(), 1e-12);
        assertEquals(1.0 / 14, cf.unaffectedProfile().subgroups().get("bulky"), 1e-12, "control-assigned 2");
        assertEquals(80, cf.unaffectedProfile().meanWeight(), 1e-12);
    }

    @Test
    void baselineOfEachArmAsRandomized() {
        // control: 70, 70, 30 and seven of 50 = 52; dex: 70, 30 and eight of 50 (the failed one too) = 50
        assertEquals(10, summary.baseline().get("control").n());
        assertEquals(52, summary.baseline().get("control").meanAge(), 1e-12);
        assertEquals(10, summary.baseline().get("dex").n(), "the baseline table counts the randomized");
        assertEquals(50, summary.baseline().get("dex").meanAge(), 1e-12);
    }

    @Test
    void emptySubgroupArmsAreUndefinedNotErrors() {
        GroupSummary bulky = summary.subgroups().get("bulky");
        assertEquals(3, bulky.arms().get("control").n());
        assertEquals(1.0, bulky.arms().get("control").mortality().estimate(), 1e-15, "3 of 3 died under control");
        ArmSummary empty = bulky.arms().get("dex");
        assertEquals(0, empty.n());
        assertTrue(Double.isNaN(empty.mortality().estimate()) && Double.isNaN(empty.mortality().lo()));
        assertTrue(Double.isNaN(empty.crsAny().orElseThrow().estimate()));
        assertTrue(empty.crsOnsetMedianDay().isEmpty());
        Comparison none = bulky.comparisons().get("dex");
        assertTrue(Double.isNaN(none.riskRatio().estimate()) && Double.isNaN(none.riskDifference().estimate()));
        assertTrue(none.hazardRatio().isEmpty());
        assertTrue(Double.isNaN(none.logrankP()));
        GroupSummary nobody = summary.subgroups().get("nobody");
        assertEquals(0, nobody.arms().get("control").n());
        assertEquals(0, nobody.arms().get("dex").n());

        JsonNode json = json(summary);
        JsonNode arm = json.path("subgroups").path("bulky").path("arms").path("dex");
        assertEquals(0, arm.path("n").asInt());
        assertTrue(arm.path("mortality_28d").path("estimate").isNull(), arm.toString());
        assertTrue(arm.path("crs_onset_median_day").isNull(), arm.toString());
        JsonNode cmp = json.path("subgroups").path("bulky").path("comparisons").path("dex");
        assertTrue(cmp.path("risk_ratio").path("estimate").isNull(), cmp.toString());
        assertTrue(cmp.path("hazard_ratio").isNull(), cmp.toString());
        assertTrue(cmp.path("logrank_p").isNull(), cmp.toString());
    }

    @Test
    void summaryJsonCarriesTheFigures() {
        JsonNode json = json(summary);
        JsonNode c = json.path("arms").path("control");
        assertEquals(10, c.path("n").asInt());
        assertEquals(3.8, c.path("deaths_expected").asDouble(), 1e-12);
        assertEquals(0.4, c.path("mortality_28d").path("estimate").asDouble(), 1e-15);
        assertEquals(1.75, c.path("crs_onset_median_day").asDouble(), 1e-15);
        assertEquals(5.0 / 9, json.path("comparisons").path("dex").path("risk_ratio").path("estimate").asDouble(), 1e-12);
        assertEquals(20, json.path("flow").path("enrolled").asInt());
    }

    // --- the output contract ---

    /** Names every arm so that spec order differs from alphabetical order. */
    static final String THREE_ARMS = """
            name: contract
            scenario: car-t-axi-cel
            arms:
              - name: usual care
              - name: steroid
                treatments:
                  - {drug: dexamethasone, dose: 10 mg, route: po, time: 0 h}
              - name: anakinra
                treatments:
                  - {drug: anakinra, dose: 100 mg, route: sc, time: 0 h}
            subgroups:
              bulky: "tumour > 30"
            """;
    static final String SEPSIS = """
            name: contract-sepsis
            scenario: sepsis
            arms:
              - name: placebo
              - name: anakinra
                treatments:
                  - {drug: anakinra, dose: 100 mg, route: iv, time: 0 h}
            subgroups:
              mas_like: "ferritin > 4420"
            """;
    static final Set<String> TOP = Set.of("trial", "source", "seed", "follow_up_days", "run", "flow", "baseline", "arms",
            "comparisons", "distributions", "subgroups", "counterfactual");
    /** Issue 16's per-arm keys, and the one documented extra (docs/outputs.md). */
    static final Set<String> ARM = Set.of("n", "deaths_expected", "mortality_28d", "median_survival_day");
    static final Set<String> TUMOUR_ARM = Set.of("crs_any", "crs_grade3plus", "icans_any", "response",
            "crs_onset_median_day");
    static final Set<String> RATE = Set.of("estimate", "lo", "hi");
    static final Set<String> COMPARISON = Set.of("risk_ratio", "risk_difference", "hazard_ratio", "logrank_p");

    /** Rows in which every enrolled patient's fate depends on its index only: some die under every arm. */
    private static List<PatientResult> simpleRows(TrialSpec s, int patients) {
        List<PatientResult> out = new ArrayList<>();
        for (long p = 0; p < patients; p++) {
            Map<String, Boolean> sg = new HashMap<>();
            boolean even = p % 2 == 0;
            s.subgroups().forEach(g -> sg.put(g.name(), even));
            for (int a = 0; a < s.arms().size(); a++) {
                boolean died = (p + a) % 3 == 0;
                out.add(row(p, a, Disposition.ENROLLED, sg, 50, "female", 0,
                        Optional.of(fate(died, (int) (p % 4), p % 4 == 0 ? Double.NaN : 1 + p % 3, 0, 0.5))));
            }
        }
        return out;
    }

    private static JsonNode json(TrialSummary s) {
        try {
            return new ObjectMapper().readTree(SummaryJson.write(s, Map.of("patients", 24)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void isRate(JsonNode n, String what) {
        assertTrue(n.isObject(), what + ": " + n);
        assertEquals(RATE, new TreeSet<>(keys(n)), what);
        for (String k : RATE) {
            assertTrue(n.path(k).isNumber(), what + "." + k + ": " + n);
        }
    }

    /** {@code arms} and {@code comparisons} of the whole trial or a subgroup. */
    private static void group(JsonNode g, List<String> arms, boolean tumour, String what) {
        assertEquals(arms, keys(g.path("arms")), what + ": arms in spec order, the control first");
        Set<String> armKeys = new TreeSet<>(ARM);
        if (tumour) {
            armKeys.addAll(TUMOUR_ARM);
        }
        for (String a : arms) {
            JsonNode arm = g.path("arms").path(a);
            assertEquals(armKeys, new TreeSet<>(keys(arm)), what + "." + a);
            assertTrue(arm.path("n").isIntegralNumber(), what + "." + a + ".n");
            assertTrue(arm.path("deaths_expected").isNumber(), what + "." + a + ".deaths_expected");
            isRate(arm.path("mortality_28d"), what + "." + a + ".mortality_28d");
            if (tumour) {
                for (String k : List.of("crs_any", "crs_grade3plus", "icans_any", "response")) {
                    isRate(arm.path(k), what + "." + a + "." + k);
                }
                assertTrue(arm.path("crs_onset_median_day").isNumber(), what + "." + a + ".crs_onset_median_day");
            }
        }
        assertEquals(arms.subList(1, arms.size()), keys(g.path("comparisons")), what + ": one comparison per non-control arm");
        for (String a : arms.subList(1, arms.size())) {
            JsonNode c = g.path("comparisons").path(a);
            assertEquals(COMPARISON, new TreeSet<>(keys(c)), what + ".comparisons." + a);
            isRate(c.path("risk_ratio"), a + ".risk_ratio");
            isRate(c.path("risk_difference"), a + ".risk_difference");
            isRate(c.path("hazard_ratio"), a + ".hazard_ratio");
            assertTrue(c.path("logrank_p").isNumber(), a + ".logrank_p");
        }
    }

    @Test
    void summaryJsonHasTheContractKeysOfACarTTrial() {
        TrialSpec s = TrialSpecReader.standard().read(THREE_ARMS, "contract.yaml", null);
        JsonNode json = json(new TrialAnalysis(s, 1).summarize(simpleRows(s, 48)));
        assertEquals(TOP, new TreeSet<>(keys(json)));
        List<String> arms = List.of("usual care", "steroid", "anakinra");
        group(json, arms, true, "summary");
        assertEquals(List.of("bulky"), keys(json.path("subgroups")));
        assertEquals(Set.of("arms", "comparisons"), new TreeSet<>(keys(json.path("subgroups").path("bulky"))));
        group(json.path("subgroups").path("bulky"), arms, true, "subgroups.bulky");
    }

    @Test
    void summaryJsonOfASepsisTrialHasNoCrsKeys() {
        TrialSpec s = TrialSpecReader.standard().read(SEPSIS, "contract-sepsis.yaml", null);
        JsonNode json = json(new TrialAnalysis(s, 1).summarize(simpleRows(s, 48)));
        assertEquals(TOP, new TreeSet<>(keys(json)));
        group(json, List.of("placebo", "anakinra"), false, "summary");
        group(json.path("subgroups").path("mas_like"), List.of("placebo", "anakinra"), false, "subgroups.mas_like");
        assertFalse(json.path("arms").path("placebo").has("crs_any"));
    }
}
