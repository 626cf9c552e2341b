package org.cytostorm.cohort.store;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cytostorm.cohort.analysis.ArmSummary;
import org.cytostorm.cohort.analysis.Comparison;
import org.cytostorm.cohort.analysis.Counterfactual;
import org.cytostorm.cohort.analysis.Flow;
import org.cytostorm.cohort.analysis.GroupSummary;
import org.cytostorm.cohort.analysis.OutcomeDistribution;
import org.cytostorm.cohort.analysis.Rate;
import org.cytostorm.cohort.analysis.TrialSummary;

/**
 * summary.json of a trial, in the output contract of docs/outputs.md: {@code arms} (the control
 * first; per arm {@code n}, {@code deaths_expected}, {@code mortality_28d} and, in CAR-T and
 * T-cell-engager trials, {@code crs_any}, {@code crs_grade3plus}, {@code icans_any},
 * {@code response}, each {@code estimate}/{@code lo}/{@code hi}, and {@code crs_onset_median_day}),
 * {@code comparisons} (per non-control arm: {@code risk_ratio}, {@code risk_difference},
 * {@code hazard_ratio}, {@code logrank_p}), {@code subgroups} (the same two per subgroup), plus
 * {@code flow}, {@code baseline}, {@code distributions} (per arm, quantiles of each outcome figure and
 * the counts of each maximum CRS and ICANS grade) and {@code counterfactual}. A figure that cannot be computed is null.
 */
public final class SummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The JSON text. */
    public static String write(TrialSummary s, Map<String, Object> run) {
        ObjectNode root = JSON.createObjectNode();
        root.put("trial", s.trial());
        root.put("source", s.source());
        root.put("seed", s.seed());
        root.put("follow_up_days", s.followUpDays());
        ObjectNode r = root.putObject("run");
        run.forEach((k, v) -> r.putPOJO(k, v));
        flow(root.putObject("flow"), s.flow());
        ObjectNode base = root.putObject("baseline");
        s.baseline().forEach((arm, p) -> profile(base.putObject(arm), p));
        group(root, s.overall());
        ObjectNode dist = root.putObject("distributions");
        s.distributions().forEach((arm, d) -> distribution(dist.putObject(arm), d));
        ObjectNode sg = root.putObject("subgroups");
        s.subgroups().forEach((name, g) -> group(sg.putObject(name), g));
        ObjectNode cf = root.putObject("counterfactual");
        for (Counterfactual c : s.counterfactual()) {
            ObjectNode o = cf.putObject(c.arm());
            o.put("n", c.n());
            number(o, "helped", c.helped());
            number(o, "harmed", c.harmed());
            number(o, "mean_survival_gain", c.meanSurvivalGain());
            profile(o.putObject("helped_profile"), c.helpedProfile());
            profile(o.putObject("harmed_profile"), c.harmedProfile());
            profile(o.putObject("unaffected_profile"), c.unaffectedProfile());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("summary.json could not be written: " + e.getMessage(), e);
        }
    }

    private static void flow(ObjectNode o, Flow f) {
        o.put("drawn", f.drawn());
        o.put("no_plausible_draw", f.noPlausibleDraw());
        o.put("rejected_draws", f.rejectedDraws());
        o.put("not_eligible", f.notEligible());
        o.put("died_before_enrolment", f.diedBeforeEnrolment());
        o.put("failed", f.failed());
        o.put("enrolled", f.enrolled());
        ObjectNode r = o.putObject("randomized");
        f.randomized().forEach(r::put);
        o.put("failed_arm_runs", f.failedArmRuns());
    }

    private static void group(ObjectNode o, GroupSummary g) {
        ObjectNode arms = o.putObject("arms");
        g.arms().forEach((name, a) -> arm(arms.putObject(name), a));
        ObjectNode cmp = o.putObject("comparisons");
        g.comparisons().forEach((name, c) -> comparison(cmp.putObject(name), c));
    }

    private static void arm(ObjectNode o, ArmSummary a) {
        o.put("n", a.n());
        number(o, "deaths_expected", a.deathsExpected());
        rate(o, "mortality_28d", Optional.of(a.mortality()));
        a.crsAny().ifPresent(x -> rate(o, "crs_any", a.crsAny()));
        a.crsGrade3Plus().ifPresent(x -> rate(o, "crs_grade3plus", a.crsGrade3Plus()));
        a.icansAny().ifPresent(x -> rate(o, "icans_any", a.icansAny()));
        a.response().ifPresent(x -> rate(o, "response", a.response()));
        if (a.crsAny().isPresent()) {
            optional(o, "crs_onset_median_day", a.crsOnsetMedianDay());
        }
        optional(o, "median_survival_day", a.survival().median().estimate());
    }

    private static void distribution(ObjectNode o, OutcomeDistribution d) {
        o.put("n", d.n());
        d.figures().forEach((name, q) -> {
            ObjectNode x = o.putObject(name);
            x.put("n", q.n());
            number(x, "mean", q.mean());
            number(x, "min", q.min());
            number(x, "p5", q.p5());
            number(x, "p25", q.p25());
            number(x, "median", q.median());
            number(x, "p75", q.p75());
            number(x, "p95", q.p95());
            number(x, "max", q.max());
        });
        var crs = o.putArray("max_crs_grade_counts");
        d.maxCrs().forEach(crs::add);
        var icans = o.putArray("max_icans_grade_counts");
        d.maxIcans().forEach(icans::add);
    }

    private static void comparison(ObjectNode o, Comparison c) {
        rate(o, "risk_ratio", Optional.of(c.riskRatio()));
        rate(o, "risk_difference", Optional.of(c.riskDifference()));
        rate(o, "hazard_ratio", c.hazardRatio());
        number(o, "logrank_p", c.logrankP());
    }

    private static void profile(ObjectNode o, Counterfactual.Profile p) {
        o.put("n", p.n());
        number(o, "mean_age_years", p.meanAge());
        number(o, "mean_weight_kg", p.meanWeight());
        number(o, "female", p.female());
        ObjectNode s = o.putObject("subgroups");
        p.subgroups().forEach((k, v) -> number(s, k, v));
    }

    private static void rate(ObjectNode o, String key, Optional<Rate> r) {
        if (r.isEmpty()) {
            o.putNull(key);
            return;
        }
        ObjectNode x = o.putObject(key);
        number(x, "estimate", r.get().estimate());
        number(x, "lo", r.get().lo());
        number(x, "hi", r.get().hi());
    }

    private static void optional(ObjectNode o, String key, OptionalDouble v) {
        if (v.isPresent()) {
            number(o, key, v.getAsDouble());
        } else {
            o.putNull(key);
        }
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
