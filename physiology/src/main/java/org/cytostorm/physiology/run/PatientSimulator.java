package org.cytostorm.physiology.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Intervention;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Administration;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.cytostorm.physiology.treat.Treatments;

/**
 * Simulates one scenario with the compiled patient model (shared, compiled once) and adds the
 * clinical readouts: scenario → problem → solution → {@link PatientRun}. Thread-safe; each call
 * owns its workspace.
 */
public final class PatientSimulator {

    /** Tolerances suit clinical units; the step cap keeps hourly-scale care rules from being stepped over. */
    public static final SolverOptions DEFAULT_OPTIONS = SolverOptions.DEFAULTS.withTolerances(1e-6, 1e-8).withMaxStepSize(4);

    private final CompiledModel model;
    private final SolverOptions options;

    private PatientSimulator(CompiledModel model, SolverOptions options) {
        this.model = model;
        this.options = options;
    }

    /** The standard patient model with the default solver options. */
    public static PatientSimulator standard() {
        return new PatientSimulator(PatientModel.compiled(), DEFAULT_OPTIONS);
    }

    /** A simulator of another compilation of the patient model (for example one read back from SBML). */
    public static PatientSimulator of(CompiledModel patientModel) {
        return new PatientSimulator(patientModel, DEFAULT_OPTIONS);
    }

    public PatientSimulator withOptions(SolverOptions newOptions) {
        return new PatientSimulator(model, newOptions);
    }

    /** Runs a scenario. */
    public PatientRun run(Scenario scenario) {
        return run(scenario, Map.of());
    }

    /**
     * Runs a scenario with further parameter settings applied last ({@code --set}).
     *
     * @throws IllegalArgumentException   for an unknown parameter name
     * @throws SimulationFailedException if the solver fails
     */
    public PatientRun run(Scenario scenario, Map<String, Double> overrides) {
        Map<String, Double> params = parameters(scenario, overrides);
        int points = (int) Math.round(scenario.durationH() / scenario.outputIntervalH()) + 1;
        double[] times = new double[points];
        for (int i = 0; i < points; i++) {
            times[i] = Math.min(i * scenario.outputIntervalH(), scenario.durationH());
        }
        List<String> wanted = new ArrayList<>();
        ModelOutputs.ALL.forEach(o -> wanted.add(o.variable()));
        wanted.addAll(ModelOutputs.HIDDEN);
        Treatments treatments = scenario.allTreatments();
        double weight = params.get("weight");
        List<Administration> scheduled = new ArrayList<>();
        treatments.schedule().forEach(d -> scheduled.addAll(d.administrations(weight)));
        List<Intervention> changes = new ArrayList<>();
        scheduled.forEach(a -> changes.addAll(a.interventions()));
        OdeProblem problem = model.problem().with(scenario.parameters()).with(overrides)
                .withTimes(0, scenario.durationH(), times).withOutputs(wanted).withOptions(options)
                .withInterventions(changes);
        ProtocolSupervisor supervisor = new ProtocolSupervisor(treatments.rules(), scheduled, weight);
        Solution s = treatments.rules().isEmpty() ? problem.solve() : problem.solve(supervisor);
        if (!s.isSuccess()) {
            throw new SimulationFailedException("scenario '" + scenario.name() + "': " + s.message());
        }
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String name : wanted) {
            m.put(name, s.column(name));
        }
        double[][] grades = ClinicalReadouts.compute(scenario, times, m, params, supervisor.antiCytokineDoses());
        List<TreatmentEvent> given = new ArrayList<>();
        scheduled.forEach(a -> given.add(TreatmentEvent.of(a, "schedule")));
        given.addAll(supervisor.log());
        given.removeIf(e -> e.timeH() > scenario.durationH());
        given.sort(Comparator.comparingDouble(TreatmentEvent::timeH));

        List<OutputColumn> columns = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (ModelOutputs.Output o : ModelOutputs.ALL) {
            columns.add(o.column());
            values.add(m.get(o.variable()));
        }
        for (int c = 0; c < ClinicalReadouts.COLUMNS.size(); c++) {
            columns.add(ClinicalReadouts.COLUMNS.get(c));
            values.add(grades[c]);
        }
        // the summary reads the columns by name, so it is computed from the run without its summary
        PatientRun columnsOnly = new PatientRun(scenario, columns, times, values.toArray(new double[0][]), null, given);
        return new PatientRun(scenario, columns, times, columnsOnly.values(), Summaries.of(columnsOnly), given);
    }

    /** Parameter values in force: the table's, then the scenario's, then the overrides. */
    private Map<String, Double> parameters(Scenario scenario, Map<String, Double> overrides) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (ParameterEntry e : PatientModel.standard().table().entries()) {
            p.put(e.name(), e.value());
        }
        p.putAll(scenario.parameters());
        p.putAll(overrides);
        return p;
    }
}
