package org.cytostorm.sensitivity.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.Scenario;

/**
 * Readouts of a patient scenario: the factors are user settings of the patient model's parameters
 * (as {@code run --set} gives them, after the trigger's and the scenario's values), the scenario
 * runs with its treatments and care, and each readout is a clinical figure of the run's summary or
 * a statistic of an output column. Thread-safe: the simulator is.
 */
public final class ScenarioEvaluator implements Evaluator {

    /** The run-summary readouts, beside any {@code max:}, {@code min:} or {@code end:} of a column. */
    public static final Map<String, String> SUMMARY_READOUTS = Map.of(
            "peak_il6", "the highest IL-6, pg/mL",
            "max_crs_grade", "the highest ASTCT CRS grade",
            "max_sofa", "the highest SOFA score",
            "survival_day28", "the probability of being alive on day 28",
            "max_icans_grade", "the highest ASTCT ICANS grade");

    /** The readouts of a scenario when none are named. */
    public static final List<String> DEFAULT_READOUTS = List.of("peak_il6", "max_crs_grade", "max_sofa",
            "survival_day28");

    private final PatientSimulator simulator;
    private final Scenario scenario;
    private final List<String> factors;
    private final List<String> names;
    private final List<ToDoubleFunction<PatientRun>> readouts;

    /**
     * @param readouts each a name of {@link #SUMMARY_READOUTS} or a {@link Readout} of an output column
     * @throws IllegalArgumentException when a readout names neither
     */
    public ScenarioEvaluator(PatientSimulator simulator, Scenario scenario, List<String> factors, List<String> readouts) {
        this.simulator = simulator;
        this.scenario = scenario;
        this.factors = List.copyOf(factors);
        Set<String> columns = new java.util.LinkedHashSet<>();
        for (OutputColumn c : simulator.columns()) {
            columns.add(c.name());
        }
        List<ToDoubleFunction<PatientRun>> fs = new ArrayList<>();
        List<String> ns = new ArrayList<>();
        for (String text : readouts) {
            String t = text.strip();
            ns.add(t);
            ToDoubleFunction<PatientRun> f = summary(t.toLowerCase(Locale.ROOT));
            if (f == null) {
                Readout r = Readout.parse(t);
                if (!columns.contains(r.column())) {
                    throw new IllegalArgumentException("readout '" + t + "': no output column '" + r.column()
                            + "'; readouts are " + String.join(", ", SUMMARY_READOUTS.keySet().stream().sorted().toList())
                            + ", or max:, min: or end: of a column of docs/outputs.md (such as max:IL6)");
                }
                f = run -> r.statistic().of(run.column(r.column()));
            }
            fs.add(f);
        }
        this.names = List.copyOf(ns);
        this.readouts = List.copyOf(fs);
    }

    private static ToDoubleFunction<PatientRun> summary(String name) {
        return switch (name) {
            case "peak_il6" -> run -> Readout.Statistic.MAX.of(run.column("IL6"));
            case "max_crs_grade" -> run -> run.summary().maxCrsGrade();
            case "max_sofa" -> run -> run.summary().maxSofa();
            case "survival_day28" -> run -> run.summary().survivalDay28();
            case "max_icans_grade" -> run -> Readout.Statistic.MAX.of(run.column("icans_grade"));
            default -> null;
        };
    }

    @Override
    public List<String> outputs() {
        return names;
    }

    @Override
    public Evaluation evaluate(double[] values) {
        Map<String, Double> set = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            set.put(factors.get(i), values[i]);
        }
        PatientRun run = simulator.run(scenario, set);
        if (!run.isSuccess()) {
            String where = run.status().variable().map(v -> v + " at ").orElse("")
                    + String.format(Locale.ROOT, "%.3f h", run.status().reachedH());
            return Evaluation.failed(readouts.size(), run.status().message() + " (" + where + ")");
        }
        double[] out = new double[readouts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = readouts.get(i).applyAsDouble(run);
        }
        return new Evaluation(out, Optional.empty());
    }
}
