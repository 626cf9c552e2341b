package org.cytostorm.cohort.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cytostorm.common.random.KeyedRandom;
import org.cytostorm.physiology.model.Distribution;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.run.ScenarioValues;
import org.cytostorm.physiology.scenario.Patient;
import org.cytostorm.physiology.scenario.Scenario;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * A population spec resolved on a template scenario and a seed: the source of virtual patients.
 * Patient {@code i} ({@link #draw}) is a pure function of (seed, i): every number comes from
 * {@link KeyedRandom} keyed by the patient index, a purpose and the variable's name
 * ({@link Streams}), and a draw the plausibility filter rejects is redrawn with the next attempt of
 * the same streams, so a patient's accepted draw does not depend on threads, order, batches or
 * shards. Immutable and thread-safe; the simulator it holds runs the filter's baselines.
 *
 * <p>One draw, in order: the normal scores of the correlated variables (z = L·e, {@link Copula});
 * the covariates (weight and age by quantile of Φ(z), sex and each comorbidity by a uniform number);
 * each varied parameter in parameter-table order, by its distribution's quantile of Φ(z) (a
 * continuous one) or of a uniform number (categories), around its centre times its dependencies.
 * An uncorrelated continuous variable's score is its own stream's normal, which is also what it
 * would get first in a correlated group.
 */
public final class Population {

    /** The comorbidity that is also the scenario patient's immunosuppression (an HScore item). */
    public static final String IMMUNOSUPPRESSED = "immunosuppressed";
    /** Draws of one patient before it is given up ({@link DrawExhaustedException}). */
    public static final int MAX_ATTEMPTS = 10_000;
    /** Patients the check for an impossible filter draws (0 to this - 1). */
    static final int PROBE_PATIENTS = 20;
    /** Attempts per patient of that check: 1000 draws in all before a filter is called impossible. */
    static final int PROBE_ATTEMPTS = 50;

    private static final NormalDistribution PHI = new NormalDistribution(0, 1);

    private final PopulationSpec spec;
    private final Scenario template;
    private final PatientSimulator simulator;
    private final KeyedRandom random;
    private final Distribution weight;
    private final Distribution age;
    private final Optional<CovariateSpec.SexMix> sex;
    private final List<CovariateSpec.Comorbidity> comorbidities;
    private final List<VariedParameter> varied;
    private final Copula copula;
    private final Map<String, Integer> copulaIndex;
    /** A calibrated population: the pool it draws from with the calibration's weights; null otherwise. */
    private final Population pool;
    private final CalibratedPool weights;

    private Population(PopulationSpec spec, Scenario template, PatientSimulator simulator, long seed,
            Distribution weight, Distribution age, List<VariedParameter> varied, Copula copula) {
        this.spec = spec;
        this.template = template;
        this.simulator = simulator;
        this.random = new KeyedRandom(seed);
        this.weight = weight;
        this.age = age;
        this.sex = spec.covariates().sex();
        this.comorbidities = spec.covariates().comorbidities();
        this.varied = List.copyOf(varied);
        this.copula = copula;
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < copula.names().size(); k++) {
            index.put(copula.names().get(k), k);
        }
        this.copulaIndex = Map.copyOf(index);
        this.pool = null;
        this.weights = null;
    }

    /** A calibrated population: {@code base}'s description and stream, drawing from {@code pool}. */
    private Population(PopulationSpec spec, Population base, Population pool, CalibratedPool weights) {
        this.spec = spec;
        this.template = base.template;
        this.simulator = base.simulator;
        this.random = base.random;
        this.weight = base.weight;
        this.age = base.age;
        this.sex = base.sex;
        this.comorbidities = base.comorbidities;
        this.varied = base.varied;
        this.copula = base.copula;
        this.copulaIndex = base.copulaIndex;
        this.pool = pool;
        this.weights = weights;
    }

    /**
     * The default population of the template's trigger: every parameter varies as its table row's
     * distribution says, around the template's values, weight as the table's {@code weight} row
     * says, and the standard plausibility filter applies.
     */
    public static Population standard(Scenario template, PatientSimulator simulator, long seed) {
        return of(PopulationReader.of(simulator).defaults(), template, simulator, seed);
    }

    /**
     * The population of {@code spec} around {@code template}, drawing with {@code seed}. Before it
     * returns, a filter is tried on the first {@value #PROBE_PATIENTS} patients,
     * {@value #PROBE_ATTEMPTS} draws each (usually one baseline run, as the first draw passes).
     *
     * @throws org.cytostorm.common.input.InputException naming the spec's file, line and key: a
     *                                                   correlation that is not of two continuous
     *                                                   variables or makes the matrix not positive
     *                                                   definite, or a filter that rejected all
     *                                                   those draws
     */
    public static Population of(PopulationSpec spec, Scenario template, PatientSimulator simulator, long seed) {
        if (spec.calibration().isPresent()) {
            // the pool as the calibration drew it, then patients drawn from it with the weights
            PopulationSpec poolSpec = new PopulationSpec(spec.name(), spec.description(), spec.defaults(),
                    spec.covariates(), spec.parameters(), spec.correlations(), spec.filter(), spec.where());
            return new Population(spec, of(poolSpec, template, simulator, seed),
                    of(poolSpec, template, simulator, CalibratedPool.SEED), CalibratedPool.load(spec.calibration().get()));
        }
        ParameterTable table = simulator.model().table();
        Map<String, Double> scenarioValues = ScenarioValues.beforeSettings(template, table);
        Patient patient = template.patient();
        Distribution weight = covariate("weight", spec.covariates().weight(), patient.weightKg(), spec, table);
        Distribution age = covariate("age", spec.covariates().age(), patient.ageYears(), spec, table);
        List<VariedParameter> varied = new ArrayList<>();
        for (ParameterEntry e : table.entries()) {
            if (Covariates.CONTINUOUS.contains(e.name())) {
                continue;
            }
            Optional<ParameterSpec> ps = spec.parameter(e.name());
            double centre = ps.isPresent() && ps.get().centre().isPresent() ? ps.get().centre().getAsDouble()
                    : scenarioValues.getOrDefault(e.name(), e.value());
            if (ps.isPresent()) {
                Distribution d = ps.get().distribution();
                varied.add(new VariedParameter(e.name(), d.recentred(centre), centre, ps.get().depends(),
                        ParameterSpec.continuous(d)));
            } else if (spec.defaults() == PopulationSpec.Defaults.TABLE && e.distribution().varies()) {
                varied.add(new VariedParameter(e.name(), e.distribution().recentred(centre), centre, List.of(),
                        ParameterSpec.continuous(e.distribution())));
            }
        }
        for (ParameterSpec ps : spec.parameters()) {
            if (table.find(ps.name()).isEmpty() || Covariates.CONTINUOUS.contains(ps.name())) {
                throw ps.where().error("the patient model has no parameter '" + ps.name() + "' to vary");
            }
        }
        Copula copula = Copula.of(spec.correlations());
        for (CorrelationSpec c : spec.correlations()) {
            for (String n : List.of(c.first(), c.second())) {
                boolean ok = n.equals("weight") ? ParameterSpec.continuous(weight)
                        : n.equals("age") ? ParameterSpec.continuous(age)
                        : varied.stream().anyMatch(v -> v.name().equals(n) && v.continuous());
                if (!ok) {
                    throw c.where().error(n + " has no continuous distribution in this population (log-normal, normal"
                            + " or uniform), so it cannot be correlated");
                }
            }
        }
        List<String> names = new ArrayList<>();
        varied.forEach(v -> names.add(v.name()));
        Streams.requireDistinct(names);
        Population p = new Population(spec, template, simulator, seed, weight, age, varied, copula);
        p.requireSomePlausible();
        return p;
    }

    /** Weight or age: the spec's, else (under table defaults) the table row's, else the template's value. */
    private static Distribution covariate(String name, Optional<CovariateSpec.Continuous> written, double templateValue,
            PopulationSpec spec, ParameterTable table) {
        if (written.isPresent()) {
            CovariateSpec.Continuous c = written.get();
            return c.distribution().recentred(c.centre().orElse(templateValue));
        }
        Optional<ParameterEntry> row = table.find(name);
        if (spec.defaults() == PopulationSpec.Defaults.TABLE && row.isPresent() && row.get().distribution().varies()) {
            return row.get().distribution().recentred(templateValue);
        }
        return new Distribution.Fixed(templateValue);
    }

    public PopulationSpec spec() {
        return spec;
    }

    /** The scenario whose values the parameters vary around and whose trigger, care and doses each patient gets. */
    public Scenario template() {
        return template;
    }

    public long seed() {
        return random.seed();
    }

    /** The parameters this population varies, in parameter-table order. */
    public List<String> variedParameters() {
        return varied.stream().map(VariedParameter::name).toList();
    }

    /**
     * Patient {@code index}: the first draw the plausibility filter accepts.
     *
     * @throws DrawExhaustedException when {@value #MAX_ATTEMPTS} draws were all rejected
     */
    public VirtualPatient draw(long index) {
        if (pool != null) {
            return pool.draw(weights.pick(random, index));
        }
        Map<String, Integer> rejections = new LinkedHashMap<>();
        return attempt(index, MAX_ATTEMPTS, rejections)
                .orElseThrow(() -> new DrawExhaustedException(index, MAX_ATTEMPTS, rejections));
    }

    /** The template with patient {@code p} in it ({@link VirtualPatient#applyTo}). */
    public Scenario scenario(VirtualPatient p) {
        return p.applyTo(template);
    }

    /** Simulates patient {@code p} on the template. */
    public PatientRun simulate(VirtualPatient p) {
        return simulator.run(scenario(p));
    }

    /** The first accepted draw within {@code maxAttempts}, counting rejections into {@code rejections}. */
    private Optional<VirtualPatient> attempt(long index, int maxAttempts, Map<String, Integer> rejections) {
        if (index < 0) {
            throw new IllegalArgumentException("a patient index is 0 or more, not " + index);
        }
        for (int a = 0; a < maxAttempts; a++) {
            VirtualPatient candidate = drawOnce(index, a, rejections);
            if (spec.filter().isEmpty()) {
                return Optional.of(candidate);
            }
            List<String> reasons = spec.filter().reasons(Baseline.run(simulator, candidate.applyTo(template)));
            if (reasons.isEmpty()) {
                return Optional.of(candidate);
            }
            reasons.forEach(r -> rejections.merge(r, 1, Integer::sum));
        }
        return Optional.empty();
    }

    /** Draw {@code attempt} of patient {@code index}, not yet filtered. */
    private VirtualPatient drawOnce(long index, int attempt, Map<String, Integer> rejections) {
        List<String> correlated = copula.names();
        double[] e = new double[correlated.size()];
        for (int k = 0; k < e.length; k++) {
            String n = correlated.get(k);
            e[k] = random.normal(index, Streams.counter(n, attempt), purpose(n));
        }
        double[] z = copula.correlate(e);
        double w = continuousDraw("weight", weight, z, index, attempt, Streams.COVARIATE);
        double years = continuousDraw("age", age, z, index, attempt, Streams.COVARIATE);
        String s = sex.map(m -> random.uniform(index, Streams.counter("sex", attempt), Streams.COVARIATE)
                < m.femaleFraction() ? "female" : "male").orElse(template.patient().sex());
        Map<String, Boolean> has = new LinkedHashMap<>();
        for (CovariateSpec.Comorbidity c : comorbidities) {
            has.put(c.name(), random.uniform(index, Streams.counter(c.name(), attempt), Streams.COVARIATE) < c.prevalence());
        }
        Covariates cov = new Covariates(w, years, s, has);
        Map<String, Double> values = new LinkedHashMap<>();
        for (VariedParameter v : varied) {
            Distribution d = v.forPatient(cov);
            double x = v.continuous() ? continuousDraw(v.name(), d, z, index, attempt, Streams.PARAMETER)
                    : d.quantile(random.uniform(index, Streams.counter(v.name(), attempt), Streams.PARAMETER));
            values.put(v.name(), x);
        }
        return new VirtualPatient(index, cov, values, attempt, rejections);
    }

    /** A continuous variable: its quantile of Φ(z), z from the copula or its own stream. */
    private double continuousDraw(String name, Distribution d, double[] z, long index, int attempt, int purpose) {
        if (!d.varies()) {
            return d.quantile(0.5);
        }
        Integer k = copulaIndex.get(name);
        double score = k != null ? z[k] : random.normal(index, Streams.counter(name, attempt), purpose);
        return d.quantile(PHI.cumulativeProbability(score));
    }

    private static int purpose(String name) {
        return Covariates.CONTINUOUS.contains(name) ? Streams.COVARIATE : Streams.PARAMETER;
    }

    /**
     * Refuses a filter that accepts none of the first patients' draws: such a population would
     * spin through {@value #MAX_ATTEMPTS} baseline runs per patient and draw no one.
     */
    private void requireSomePlausible() {
        PlausibilityFilter filter = spec.filter();
        if (filter.isEmpty()) {
            return;
        }
        Map<String, Integer> rejections = new LinkedHashMap<>();
        for (int i = 0; i < PROBE_PATIENTS; i++) {
            if (attempt(i, PROBE_ATTEMPTS, rejections).isPresent()) {
                return;
            }
        }
        int draws = PROBE_PATIENTS * PROBE_ATTEMPTS;
        List<Map.Entry<String, Integer>> worst = new ArrayList<>(rejections.entrySet());
        worst.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        StringBuilder why = new StringBuilder();
        for (Map.Entry<String, Integer> r : worst) {
            Optional<Criterion> c = filter.criteria().stream().filter(x -> x.column().equals(r.getKey())).findFirst();
            why.append(why.length() == 0 ? "" : ", ").append(r.getKey())
                    .append(c.map(x -> " " + x.range()).orElse("")).append(" rejected ").append(r.getValue());
        }
        Location at = filter.where();
        if (!worst.isEmpty() && "spec".equals(filter.name())) {
            String top = worst.get(0).getKey();
            at = filter.criteria().stream().filter(x -> x.column().equals(top)).findFirst().map(Criterion::where)
                    .orElse(at);
        }
        String unwritten = at.line() == 0 ? " (a spec without a filter key has the standard filter; filter: none"
                + " draws without one)" : "";
        throw at.error(String.format(Locale.ROOT, "the plausibility filter '%s'%s rejected all %d draws of patients 0"
                + " to %d (%d each) of scenario %s: %s; no patient of this population is plausible: widen the"
                + " filter's ranges or change the distributions", filter.name(), unwritten, draws, PROBE_PATIENTS - 1,
                PROBE_ATTEMPTS, template.name(), why));
    }
}
