package org.cytostorm.physiology.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.cytostorm.common.build.BuildInfo;
import org.cytostorm.engine.solve.Intervention;
import org.cytostorm.engine.solve.Observers;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.outcome.Outcome;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Administration;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.cytostorm.physiology.treat.Treatments;
import org.cytostorm.physiology.treat.Vocabulary;

/**
 * Simulates scenarios on one patient model and adds the clinical readouts: scenario → problem →
 * solution → {@link PatientRun}. Every default (parameter values, the variables protocol rules may
 * read and set) comes from the model it was made with, so a user's variant of the model runs
 * through the same pipeline as the standard one. The drug catalogue ({@code treat.Drugs}) is
 * shared: each run checks that the model has the targets of the drugs it gives. A run never throws for a numerical failure: the result
 * says how it ended. Thread-safe; each call owns its workspace.
 */
public final class PatientSimulator {

    /** Tolerances suit clinical units; the step cap keeps hourly-scale care rules from being stepped over. */
    public static final SolverOptions DEFAULT_OPTIONS = SolverOptions.DEFAULTS.withTolerances(1e-6, 1e-8).withMaxStepSize(4);

    private final PatientModel model;
    private final SolverOptions options;
    private final String digest;
    private final List<String> extraOutputs;
    /** The model table's parameter values by name, in table order, made once. */
    private final Map<String, Double> tableValues;
    /** The names a rule's condition may read on the model ({@code Vocabulary.names}), made on first use. */
    private volatile Set<String> conditionNames;

    private PatientSimulator(PatientModel model, SolverOptions options, String digest, List<String> extraOutputs) {
        this.model = model;
        this.options = options;
        this.digest = digest;
        this.extraOutputs = List.copyOf(extraOutputs);
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterEntry e : model.table().entries()) {
            values.put(e.name(), e.value());
        }
        this.tableValues = Collections.unmodifiableMap(values);
    }

    /** The standard patient model with the default solver options. */
    public static PatientSimulator standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PatientSimulator STANDARD = of(PatientModel.standard());
    }

    /** A simulator of {@code model} (the standard one, a research variant, or one read back from SBML). */
    public static PatientSimulator of(PatientModel model) {
        return new PatientSimulator(model, DEFAULT_OPTIONS, digest(model), List.of());
    }

    public PatientSimulator withOptions(SolverOptions newOptions) {
        return new PatientSimulator(model, newOptions, digest, extraOutputs);
    }

    /**
     * A copy that reports these model variables too (a research variant's own states, say), as
     * columns after the clinical readouts, in group {@code model}, with the table's unit where it
     * has one.
     *
     * @throws IllegalArgumentException for a name the model cannot output, or one already reported
     */
    public PatientSimulator withExtraOutputs(List<String> names) {
        for (String n : names) {
            if (!model.compiled().system().observableNames().contains(n)) {
                throw new IllegalArgumentException("the model has no variable '" + n + "' to report");
            }
            if (ModelOutputs.ALL.stream().anyMatch(o -> o.variable().equals(n) || o.column().name().equals(n))
                    || ClinicalReadouts.COLUMNS.stream().anyMatch(c -> c.name().equals(n))) {
                throw new IllegalArgumentException("'" + n + "' is reported already");
            }
        }
        return new PatientSimulator(model, options, digest, names);
    }

    public PatientModel model() {
        return model;
    }

    public SolverOptions options() {
        return options;
    }

    /**
     * The columns every run of this simulator reports, in output order (model outputs, clinical
     * readouts, extra outputs), without running: a reader of a cohort spec checks the columns its
     * filter or endpoints name before any patient runs.
     */
    public List<OutputColumn> columns() {
        List<OutputColumn> columns = new ArrayList<>();
        ModelOutputs.ALL.forEach(o -> columns.add(o.column()));
        columns.addAll(ClinicalReadouts.COLUMNS);
        for (String extra : extraOutputs) {
            columns.add(extraColumn(extra));
        }
        return List.copyOf(columns);
    }

    /**
     * The model variable behind the reported column {@code column} (for example {@code Temp} for
     * {@code temperature}): what an output handler's rows are named by. Empty for a column that is
     * not a model output (a clinical grade, computed after the run).
     */
    public static java.util.Optional<String> modelVariable(String column) {
        return ModelOutputs.ALL.stream().filter(o -> o.column().name().equals(column)).map(ModelOutputs.Output::variable)
                .findFirst();
    }

    private OutputColumn extraColumn(String extra) {
        String unit = model.table().find(extra).map(ParameterEntry::unit).orElse("");
        return new OutputColumn(extra, unit, "model", "model variable " + extra);
    }

    /** {@link #run(Scenario)} with user settings added to the scenario ({@link Scenario#withSettings}). */
    public PatientRun run(Scenario scenario, Map<String, Double> settings) {
        return run(settings.isEmpty() ? scenario : scenario.withSettings(settings));
    }

    /**
     * Runs a scenario.
     *
     * @throws IllegalArgumentException for an impossible input ({@link InputChecks}), before any step
     */
    public PatientRun run(Scenario scenario) {
        return run(scenario, Observers.none());
    }

    /**
     * Runs a scenario with observers: output handlers see each row of model outputs as it is
     * recorded (named by model variable, as in docs/outputs.md; a live chart), step handlers each
     * step, and event detectors with their handlers watch any model variable; a handler that
     * answers {@code STOP} ends the run there (a cohort endpoint), and the result holds the rows up
     * to the stop with the return code {@code TERMINATED}. The care protocol's rules are the run's
     * supervisor, so the bundle must not carry one.
     *
     * <p>The run is solved on the clinical grid ({@link ClinicalGrid}): every whole hour and every
     * requested output time. Output handlers see every row of that grid, so also the hourly rows
     * between the requested ones. Clinical grades, the outcome and the summary are computed after
     * the run, on the grid rows reached, so that they do not depend on the output interval; the
     * result reports only the requested output rows.
     *
     * @throws IllegalArgumentException for an impossible input, or a bundle with a supervisor
     */
    public PatientRun run(Scenario scenario, Observers observers) {
        List<String> warnings = InputChecks.check(scenario, model, this::conditionNames);
        Map<String, Double> params = parameters(scenario);
        int points = (int) Math.round(scenario.durationH() / scenario.outputIntervalH()) + 1;
        double[] times = new double[points];
        for (int i = 0; i < points; i++) {
            times[i] = Math.min(i * scenario.outputIntervalH(), scenario.durationH());
        }
        ClinicalGrid grid = ClinicalGrid.of(times, scenario.durationH());
        Set<String> wanted = new LinkedHashSet<>();
        ModelOutputs.ALL.forEach(o -> wanted.add(o.variable()));
        wanted.addAll(ClinicalReadouts.INPUTS);
        wanted.addAll(extraOutputs);
        Treatments treatments = scenario.allTreatments();
        double weight = params.get("weight");
        List<Administration> scheduled = new ArrayList<>();
        treatments.schedule().forEach(d -> scheduled.addAll(d.administrations(weight)));
        List<Intervention> changes = new ArrayList<>();
        scheduled.forEach(a -> changes.addAll(a.interventions()));
        OdeProblem problem = model.compiled().problem().with(ScenarioValues.inForce(scenario, model.table()))
                .withTimes(0, scenario.durationH(), grid.timeH()).withOutputs(List.copyOf(wanted))
                .withOptions(options).withInterventions(changes);
        ProtocolSupervisor supervisor = new ProtocolSupervisor(treatments.rules(), scheduled, weight);
        Observers all = observers;
        if (!treatments.rules().isEmpty()) {
            try {
                all = observers.withSupervisor(supervisor);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("the care protocol's rules supervise a patient run; give the run"
                        + " observers without a supervisor, and rules through a Protocol", e);
            }
        }
        Solution s = problem.solve(all);

        int rows = s.rows();
        double[] gridReached = Arrays.copyOf(grid.timeH(), rows);
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String name : wanted) {
            m.put(name, s.column(name));
        }
        ClinicalReadouts.Readouts readouts = rows == 0
                ? new ClinicalReadouts.Readouts(new double[ClinicalReadouts.COLUMNS.size()][0], Outcome.atStart(0))
                : ClinicalReadouts.compute(scenario, gridReached, m, params, supervisor.antiCytokineDoses());
        double reachedH = s.finalTime();
        List<TreatmentEvent> given = new ArrayList<>();
        scheduled.forEach(a -> given.add(TreatmentEvent.of(a, "schedule")));
        given.addAll(supervisor.log());
        given.removeIf(e -> e.timeH() > reachedH);
        given.sort(Comparator.comparingDouble(TreatmentEvent::timeH));

        List<OutputColumn> columns = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (ModelOutputs.Output o : ModelOutputs.ALL) {
            columns.add(o.column());
            values.add(m.get(o.variable()));
        }
        for (int c = 0; c < ClinicalReadouts.COLUMNS.size(); c++) {
            columns.add(ClinicalReadouts.COLUMNS.get(c));
            values.add(readouts.columns()[c]);
        }
        for (String extra : extraOutputs) {
            columns.add(extraColumn(extra));
            values.add(m.get(extra));
        }
        double[][] onGrid = values.toArray(new double[0][]);
        RunSummary summary = rows == 0 ? RunSummary.NONE
                : Summaries.of(columns, gridReached, onGrid, readouts.outcome());
        int reported = grid.requestedWithin(rows);
        double[] reportedTimes = grid.select(grid.timeH(), reported);
        double[][] v = new double[onGrid.length][];
        for (int c = 0; c < onGrid.length; c++) {
            v[c] = grid.select(onGrid[c], reported);
        }
        RunStatus status = new RunStatus(s.returnCode(), s.message(), reachedH, s.failedVariable(), s.methods());
        Provenance provenance = new Provenance(BuildInfo.current(), model.name(), digest, OptionalLong.empty(), warnings,
                ScenarioValues.replaced(scenario, model.table()), options);
        return new PatientRun(scenario, provenance, status, s.statistics(), columns, reportedTimes, v, summary, given,
                readouts.outcome(), Optional.empty());
    }

    /**
     * Parameter values in force: the model's table, then the scenario's, then the user's settings.
     * A read-only view of the scenario's values over the table's (copying the table's few hundred
     * values into a new map was a few percent of a run).
     */
    private Map<String, Double> parameters(Scenario scenario) {
        return new InForce(tableValues, ScenarioValues.inForce(scenario, model.table()));
    }

    /** Read-only: {@code over}'s values, then {@code base}'s for the other names (neither holds null values). */
    private static final class InForce extends AbstractMap<String, Double> {

        private final Map<String, Double> base;
        private final Map<String, Double> over;
        private Set<Map.Entry<String, Double>> entries;

        InForce(Map<String, Double> base, Map<String, Double> over) {
            this.base = base;
            this.over = over;
        }

        @Override
        public Double get(Object key) {
            Double v = over.get(key);
            return v != null ? v : base.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return over.containsKey(key) || base.containsKey(key);
        }

        @Override
        public Set<Map.Entry<String, Double>> entrySet() {
            if (entries == null) {
                Map<String, Double> all = new LinkedHashMap<>(base);
                all.putAll(over);
                entries = Collections.unmodifiableMap(all).entrySet();
            }
            return entries;
        }
    }

    private Set<String> conditionNames() {
        Set<String> names = conditionNames;
        if (names == null) {
            names = Collections.unmodifiableSet(Vocabulary.names(model.compiled().system().observableNames()));
            conditionNames = names;
        }
        return names;
    }

    /** The first 12 hex digits of the SHA-256 of the model's text; {@code none} without text. */
    private static String digest(PatientModel model) {
        Optional<String> text = model.text();
        if (text.isEmpty()) {
            return "none";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.get().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
