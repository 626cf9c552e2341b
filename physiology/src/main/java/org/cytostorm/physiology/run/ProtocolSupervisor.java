package org.cytostorm.physiology.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.solve.Intervention;
import org.cytostorm.engine.solve.Supervisor;
import org.cytostorm.physiology.treat.Action;
import org.cytostorm.physiology.treat.Administration;
import org.cytostorm.physiology.treat.Condition;
import org.cytostorm.physiology.treat.Drug;
import org.cytostorm.physiology.treat.Drugs;
import org.cytostorm.physiology.treat.Rule;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.cytostorm.physiology.treat.Vocabulary;

/**
 * Runs a protocol's rules on one simulated patient: at each rule's check times (multiples of its
 * interval from time 0) the condition is evaluated on the patient as the run stands; when it holds
 * and the rule's limits allow (fewer than {@code max} firings, at least {@code spacing} hours since
 * the last), the action is taken at once and recorded. Rules are taken in order at a check, each
 * seeing the doses of the ones before. One per run.
 */
final class ProtocolSupervisor implements Supervisor {

    /** Check times are multiples of a rule's interval up to this relative round-off. */
    private static final double GRID_TOLERANCE = 1e-9;

    /**
     * {@code doses_<drug>} and {@code hours_since_<drug>} names to their drugs, made once: building
     * each drug's two names for every model variable a condition reads, at every hourly check, was
     * a few percent of a treated patient's run.
     */
    private static final Map<String, Drug> DOSES_OF = byName(Vocabulary::dosesOf);
    private static final Map<String, Drug> HOURS_SINCE = byName(Vocabulary::hoursSince);

    private final List<Rule> rules;
    /** Each rule's condition with its names resolved once (conditions are evaluated at every check). */
    private final Condition.Compiled[] conditions;
    private final double weightKg;
    private final int[] fired;
    private final double[] lastFired;
    /** Every dose start, scheduled or given by a rule, per drug. */
    private final Map<Drug, List<Double>> doseTimes = new HashMap<>();
    private final List<TreatmentEvent> log = new ArrayList<>();
    /** The first check at which the CRS grade without fever waiver was 1 or more. */
    private double crsOnsetH = Double.POSITIVE_INFINITY;

    /**
     * @param rules     the rules, in checking order
     * @param scheduled the scheduled doses (counted in {@code doses_<drug>} once their time has come)
     * @param weightKg  the patient's weight, for mg/kg doses
     */
    ProtocolSupervisor(List<Rule> rules, List<Administration> scheduled, double weightKg) {
        this.rules = rules;
        this.conditions = new Condition.Compiled[rules.size()];
        for (int k = 0; k < conditions.length; k++) {
            conditions[k] = rules.get(k).when().compile();
        }
        this.weightKg = weightKg;
        this.fired = new int[rules.size()];
        this.lastFired = new double[rules.size()];
        java.util.Arrays.fill(lastFired, Double.NEGATIVE_INFINITY);
        for (Administration a : scheduled) {
            noteDose(a.drug(), a.timeH());
        }
    }

    private static Map<String, Drug> byName(java.util.function.Function<Drug, String> naming) {
        Map<String, Drug> out = new HashMap<>();
        for (Drug d : Drugs.all()) {
            out.putIfAbsent(naming.apply(d), d); // the first drug of a name, as a scan in order would find
        }
        return Map.copyOf(out);
    }

    /** What the rules did, in time order. */
    List<TreatmentEvent> log() {
        return log;
    }


    @Override
    public double nextCheck(double time) {
        double next = Double.POSITIVE_INFINITY;
        for (Rule r : rules) {
            double k = Math.floor(time / r.everyH() * (1 + GRID_TOLERANCE)) + 1;
            next = Math.min(next, k * r.everyH());
        }
        return next;
    }

    @Override
    public List<Intervention> check(double time, Observation now) {
        List<Intervention> out = new ArrayList<>();
        Map<String, Double> readouts = new HashMap<>();
        if (crsOnsetH == Double.POSITIVE_INFINITY && ClinicalReadouts.crsGrade(now::value, time, false) >= 1) {
            crsOnsetH = time;
        }
        for (int k = 0; k < rules.size(); k++) {
            Rule rule = rules.get(k);
            if (!onGrid(time, rule.everyH()) || fired[k] >= rule.maxCount()
                    || time - lastFired[k] < rule.minSpacingH() * (1 - GRID_TOLERANCE)) {
                continue;
            }
            if (!conditions[k].holds(name -> value(name, time, now, readouts))) {
                continue;
            }
            fired[k]++;
            lastFired[k] = time;
            if (rule.action() instanceof Action.Give give) {
                Administration a = give.at(time, weightKg);
                out.addAll(a.interventions());
                noteDose(a.drug(), time);
                log.add(TreatmentEvent.of(a, rule.name()));
            } else if (rule.action() instanceof Action.Set set) {
                out.add(Intervention.set(time, set.variable(), set.value()));
                log.add(new TreatmentEvent(time, set.variable(), set.value(), "set", 0, rule.name()));
            }
        }
        return out;
    }

    /** Start times of anti-cytokine and corticosteroid doses so far, ascending. */
    List<Double> antiCytokineDoses() {
        List<Double> out = new ArrayList<>();
        doseTimes.forEach((drug, times) -> {
            if (drug.antiCytokine()) {
                out.addAll(times);
            }
        });
        out.sort(null);
        return out;
    }

    private static boolean onGrid(double time, double every) {
        double k = Math.rint(time / every);
        return Math.abs(time - k * every) <= GRID_TOLERANCE * Math.max(every, Math.abs(time));
    }

    private void noteDose(Drug drug, double timeH) {
        doseTimes.computeIfAbsent(drug, d -> new ArrayList<>()).add(timeH);
    }

    /** A name of a condition at this check: time, a grade, a dose count, or a model variable. */
    private double value(String name, double time, Observation now, Map<String, Double> readouts) {
        switch (name) {
            case "time":
                return time;
            case "crs_grade":
                return readouts.computeIfAbsent(name, n -> (double) ClinicalReadouts.crsGrade(now::value, time,
                        time >= ClinicalReadouts.feverWaiverStart(crsOnsetH, antiCytokineDoses())));
            case "sofa":
                return readouts.computeIfAbsent(name, n -> (double) ClinicalReadouts.sofa(now::value, weightKg).total());
            default:
                break;
        }
        Drug counted = DOSES_OF.get(name);
        if (counted != null) {
            return doseTimes.getOrDefault(counted, List.of()).stream().filter(t -> t <= time).count();
        }
        Drug since = HOURS_SINCE.get(name);
        if (since != null) {
            double last = doseTimes.getOrDefault(since, List.of()).stream().filter(t -> t <= time)
                    .mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            return Double.isNaN(last) ? Vocabulary.NEVER : time - last;
        }
        return now.value(name);
    }
}
