package org.cytostorm.cohort.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.cytostorm.cohort.run.Disposition;
import org.cytostorm.cohort.run.PatientResult;
import org.cytostorm.cohort.stats.CoxCoefficient;
import org.cytostorm.cohort.stats.CoxRegression;
import org.cytostorm.cohort.stats.KaplanMeier;
import org.cytostorm.cohort.stats.LogRankTest;
import org.cytostorm.cohort.stats.MedianSurvival;
import org.cytostorm.cohort.stats.Proportion;
import org.cytostorm.cohort.stats.RiskComparison;
import org.cytostorm.cohort.stats.SurvivalCurve;
import org.cytostorm.cohort.stats.SurvivalObservation;
import org.cytostorm.cohort.trial.Endpoints;
import org.cytostorm.cohort.trial.Randomization;
import org.cytostorm.cohort.trial.Subgroup;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.physiology.scenario.Scenario;

/**
 * Reads a finished trial's rows as a trial report does: randomizes the enrolled patients
 * ({@link Randomization}), then summarizes each arm's assigned patients and compares each arm with
 * the control, overall and in every subgroup, and pairs every patient's arms for the counterfactual
 * view.
 */
public final class TrialAnalysis {

    /** Trigger types whose trials report CRS, ICANS and tumour response. */
    static final List<String> TUMOUR_TRIGGERS = List.of("car-t", "tce");

    private final TrialSpec spec;
    private final long seed;

    public TrialAnalysis(TrialSpec spec, long seed) {
        this.spec = spec;
        this.seed = seed;
    }

    /** Whether a scenario's trigger makes CRS, ICANS and response endpoints. */
    public static boolean tumourTrial(Scenario s) {
        return TUMOUR_TRIGGERS.contains(s.trigger().type());
    }

    /**
     * The arm each enrolled patient is assigned to: stratified blocks in patient order.
     *
     * @param rows every row of the trial, in patient order
     */
    public Map<Long, Integer> assignment(List<PatientResult> rows) {
        List<Long> enrolled = new ArrayList<>();
        List<String> strata = new ArrayList<>();
        long last = -1;
        for (PatientResult r : rows) {
            if (r.disposition() == Disposition.ENROLLED && r.patient() != last) {
                last = r.patient();
                enrolled.add(r.patient());
                strata.add(spec.allocation().stratify().stream()
                        .map(g -> g + "=" + r.subgroups().getOrDefault(g, false)).collect(Collectors.joining(",")));
            }
        }
        int[] arms = new Randomization(spec.allocation(), seed).assign(strata);
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (int k = 0; k < arms.length; k++) {
            out.put(enrolled.get(k), arms[k]);
        }
        return out;
    }

    /** The summary of a trial's rows (every row, in patient and arm order). */
    public TrialSummary summarize(List<PatientResult> rows) {
        Map<Long, Integer> assigned = assignment(rows);
        boolean tumour = tumourTrial(spec.scenario());
        List<PatientResult> randomized = rows.stream()
                .filter(r -> r.disposition() == Disposition.ENROLLED && assigned.get(r.patient()) == r.armIndex())
                .toList();
        GroupSummary overall = group(randomized, r -> true, tumour);
        Map<String, GroupSummary> subgroups = new LinkedHashMap<>();
        for (Subgroup g : spec.subgroups()) {
            subgroups.put(g.name(), group(randomized, r -> r.subgroups().getOrDefault(g.name(), false), tumour));
        }
        Map<String, Counterfactual.Profile> baseline = new LinkedHashMap<>();
        for (int a = 0; a < spec.arms().size(); a++) {
            int arm = a;
            baseline.put(spec.arms().get(a).name(), profile(randomized.stream().filter(r -> r.armIndex() == arm).toList()));
        }
        Map<String, OutcomeDistribution> distributions = new LinkedHashMap<>();
        for (int a = 0; a < spec.arms().size(); a++) {
            int arm = a;
            distributions.put(spec.arms().get(a).name(), OutcomeDistribution.of(randomized.stream()
                    .filter(r -> r.armIndex() == arm && r.analysable()).map(r -> r.endpoints().get()).toList()));
        }
        return new TrialSummary(spec.name(), spec.source(), seed, spec.followUpH() / 24, tumour, flow(rows, assigned),
                baseline, overall, distributions, subgroups, counterfactuals(rows));
    }

    private Flow flow(List<PatientResult> rows, Map<Long, Integer> assigned) {
        Map<Disposition, Long> patients = new HashMap<>();
        long drawn = 0;
        long rejected = 0;
        long failedArmRuns = 0;
        long last = -1;
        for (PatientResult r : rows) {
            if (r.patient() != last) {
                last = r.patient();
                drawn++;
                rejected += r.rejectedDraws();
                patients.merge(r.disposition(), 1L, Long::sum);
            }
            if (r.disposition() == Disposition.ENROLLED && r.endpoints().isEmpty()) {
                failedArmRuns++;
            }
        }
        Map<String, Long> perArm = new LinkedHashMap<>();
        for (int a = 0; a < spec.arms().size(); a++) {
            int arm = a;
            perArm.put(spec.arms().get(a).name(), assigned.values().stream().filter(x -> x == arm).count());
        }
        return new Flow(drawn, patients.getOrDefault(Disposition.NO_PLAUSIBLE_DRAW, 0L), rejected,
                patients.getOrDefault(Disposition.NOT_ELIGIBLE, 0L),
                patients.getOrDefault(Disposition.DIED_BEFORE_ENROLMENT, 0L),
                patients.getOrDefault(Disposition.FAILED, 0L), patients.getOrDefault(Disposition.ENROLLED, 0L), perArm,
                failedArmRuns);
    }

    private GroupSummary group(List<PatientResult> randomized, Predicate<PatientResult> in, boolean tumour) {
        Map<String, ArmSummary> arms = new LinkedHashMap<>();
        List<List<Endpoints>> byArm = new ArrayList<>();
        for (int a = 0; a < spec.arms().size(); a++) {
            int arm = a;
            List<Endpoints> e = randomized.stream().filter(r -> r.armIndex() == arm && in.test(r) && r.analysable())
                    .map(r -> r.endpoints().get()).toList();
            byArm.add(e);
            arms.put(spec.arms().get(a).name(), arm(spec.arms().get(a).name(), e, tumour));
        }
        Map<String, Comparison> comparisons = new LinkedHashMap<>();
        for (int a = 1; a < spec.arms().size(); a++) {
            comparisons.put(spec.arms().get(a).name(), compare(spec.arms().get(a).name(), byArm.get(a), byArm.get(0)));
        }
        return new GroupSummary(arms, comparisons);
    }

    private static ArmSummary arm(String name, List<Endpoints> e, boolean tumour) {
        int n = e.size();
        double expected = e.stream().mapToDouble(x -> 1 - x.survival()).sum();
        Rate mortality = rate(count(e, Endpoints::died), n);
        Optional<Rate> crsAny = Optional.empty();
        Optional<Rate> crs3 = Optional.empty();
        Optional<Rate> icans = Optional.empty();
        Optional<Rate> response = Optional.empty();
        OptionalDouble onset = OptionalDouble.empty();
        if (tumour) {
            crsAny = Optional.of(rate(count(e, x -> x.maxCrsGrade() >= 1), n));
            crs3 = Optional.of(rate(count(e, x -> x.maxCrsGrade() >= 3), n));
            icans = Optional.of(rate(count(e, x -> x.maxIcansGrade() >= 1), n));
            response = Optional.of(rate(count(e, Endpoints::response), n));
            onset = median(e.stream().mapToDouble(Endpoints::crsOnsetDay).filter(d -> !Double.isNaN(d)).sorted()
                    .toArray());
        }
        SurvivalCurve curve = e.isEmpty()
                ? new SurvivalCurve(List.of(), 0, 0, new MedianSurvival(OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty()))
                : KaplanMeier.fit(e.stream().map(x -> SurvivalObservation.of(x.eventDay(), x.died(), 0)).toList());
        return new ArmSummary(name, n, expected, mortality, crsAny, crs3, icans, response, onset, curve);
    }

    /** An event rate with its Wilson interval; undefined (NaN) in an empty group. */
    private static Rate rate(int events, int n) {
        return n == 0 ? new Rate(Double.NaN, Double.NaN, Double.NaN) : Rate.of(Proportion.wilson(events, n));
    }

    private static Comparison compare(String name, List<Endpoints> arm, List<Endpoints> control) {
        if (arm.isEmpty() || control.isEmpty()) {
            Rate none = new Rate(Double.NaN, Double.NaN, Double.NaN);
            return new Comparison(name, none, none, Optional.empty(), Double.NaN);
        }
        RiskComparison rc = RiskComparison.of(count(arm, Endpoints::died), arm.size(), count(control, Endpoints::died),
                control.size());
        List<SurvivalObservation> obs = new ArrayList<>();
        control.forEach(x -> obs.add(new SurvivalObservation(x.eventDay(), x.died(), 0, 0.0)));
        arm.forEach(x -> obs.add(new SurvivalObservation(x.eventDay(), x.died(), 1, 1.0)));
        Optional<Rate> hr = Optional.empty();
        double p = Double.NaN;
        if (!arm.isEmpty() && !control.isEmpty()) {
            long events = obs.stream().filter(SurvivalObservation::event).count();
            if (events > 0) {
                p = LogRankTest.of(obs).test().p();
                CoxCoefficient c = CoxRegression.fit(obs, List.of("arm")).coefficient("arm");
                if (!c.possiblyInfinite()) {
                    hr = Optional.of(new Rate(c.hazardRatio(), c.lower(), c.upper()));
                }
            }
        }
        return new Comparison(name, new Rate(rc.ratio().estimate(), rc.ratio().lower(), rc.ratio().upper()),
                new Rate(rc.difference().estimate(), rc.difference().lower(), rc.difference().upper()), hr, p);
    }

    private List<Counterfactual> counterfactuals(List<PatientResult> rows) {
        Map<Long, Map<Integer, PatientResult>> byPatient = new LinkedHashMap<>();
        for (PatientResult r : rows) {
            if (r.analysable()) {
                byPatient.computeIfAbsent(r.patient(), k -> new HashMap<>()).put(r.armIndex(), r);
            }
        }
        List<Counterfactual> out = new ArrayList<>();
        for (int a = 1; a < spec.arms().size(); a++) {
            List<PatientResult> helped = new ArrayList<>();
            List<PatientResult> harmed = new ArrayList<>();
            List<PatientResult> same = new ArrayList<>();
            double gain = 0;
            long n = 0;
            for (Map<Integer, PatientResult> p : byPatient.values()) {
                PatientResult c = p.get(0);
                PatientResult t = p.get(a);
                if (c == null || t == null) {
                    continue;
                }
                n++;
                Endpoints ec = c.endpoints().get();
                Endpoints et = t.endpoints().get();
                gain += et.survival() - ec.survival();
                if (ec.died() && !et.died()) {
                    helped.add(t);
                } else if (!ec.died() && et.died()) {
                    harmed.add(t);
                } else {
                    same.add(t);
                }
            }
            out.add(new Counterfactual(spec.arms().get(a).name(), n, n == 0 ? Double.NaN : helped.size() / (double) n,
                    n == 0 ? Double.NaN : harmed.size() / (double) n, n == 0 ? Double.NaN : gain / n,
                    profile(helped), profile(harmed), profile(same)));
        }
        return out;
    }

    private Counterfactual.Profile profile(List<PatientResult> rows) {
        Map<String, Double> subgroups = new LinkedHashMap<>();
        for (Subgroup g : spec.subgroups()) {
            subgroups.put(g.name(), rows.isEmpty() ? Double.NaN
                    : rows.stream().filter(r -> r.subgroups().getOrDefault(g.name(), false)).count() / (double) rows.size());
        }
        return new Counterfactual.Profile(rows.size(), mean(rows, PatientResult::ageYears),
                mean(rows, PatientResult::weightKg),
                rows.isEmpty() ? Double.NaN
                        : rows.stream().filter(r -> r.sex().equals("female")).count() / (double) rows.size(),
                subgroups);
    }

    private static double mean(List<PatientResult> rows, java.util.function.ToDoubleFunction<PatientResult> f) {
        return rows.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static int count(List<Endpoints> e, Predicate<Endpoints> p) {
        return (int) e.stream().filter(p).count();
    }

    private static OptionalDouble median(double[] sorted) {
        if (sorted.length == 0) {
            return OptionalDouble.empty();
        }
        int m = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2);
    }
}
