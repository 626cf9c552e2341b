package org.cytostorm.physiology.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.text.AntimonyParser;
import org.cytostorm.engine.text.AntimonyWriter;
import org.cytostorm.physiology.export.ScenarioExport;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.TreatOption;
import org.cytostorm.physiology.treat.Treatments;
import org.cytostorm.sbml.SbmlImporter;
import org.cytostorm.sbml.units.UnitsExport;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, acceptance 4: a scenario exported as {@code cytostorm export} writes it, read back
 * (SBML and the text format), compiled and simulated on its own with the patient simulator's
 * output times and solver options, gives every model output of the original run within 1e-8
 * relative: the scenario's values and its scheduled doses (events at fixed times) are all in the
 * file.
 */
class ExportRoundTripTest {

    /** Relative difference allowed (with a floor of 1e-6 of the column's largest magnitude). */
    private static final double TOLERANCE = 1e-8;

    /**
     * Every built-in, three with scheduled doses of every kind (IV bolus and infusion, oral, SC,
     * courses), and one with user settings.
     */
    private static Map<String, Scenario> scenarios() {
        Map<String, Scenario> all = new LinkedHashMap<>();
        for (String name : BuiltInScenarios.names()) {
            all.put(name, BuiltInScenarios.load(name));
        }
        all.put("car-t-axi-cel, treated", withDoses("car-t-axi-cel", "tocilizumab:8mg/kg@72h", "tocilizumab:8mg/kg@80h",
                "dexamethasone:10mg@0h,24h,48h", "anakinra:100mg:sc@24h", "methylprednisolone:1g:iv:1h@96h",
                "siltuximab:11mg/kg@50h", "emapalumab:1mg/kg@60h"));
        all.put("sepsis, treated", withDoses("sepsis", "antibiotics:5d@6h", "dexamethasone:6mg:po@0h,24h",
                "ruxolitinib:10mg@12h", "baricitinib:4mg@12h", "anti-tnf:5mg/kg@30h"));
        all.put("tce-step-up, treated", withDoses("tce-step-up", "tocilizumab:8mg/kg@30h", "antivirals:3d@0h"));
        // user settings: a parameter, a switch, and a state's initial value (endotoxin already in plasma)
        all.put("endotoxin, settings", BuiltInScenarios.load("endotoxin").withDuration(48)
                .withSettings(Map.of("k_lps", 0.8, "sw_il10", 0.0, "LPS", 3.0)));
        // repeated boluses: a counter changed by the event moves its own trigger
        all.put("endotoxin, five days", ScenarioReader.standard().withTriggerOptions(BuiltInScenarios.load("endotoxin"),
                Map.of("repeat", "4", "every", "1 d"), "test").withDuration(120));
        return all;
    }

    private static Scenario withDoses(String name, String... treats) {
        List<Dosing> doses = new ArrayList<>();
        for (String t : treats) {
            doses.addAll(TreatOption.parse(t));
        }
        return BuiltInScenarios.load(name).withTreatments(new Treatments(doses, List.of()));
    }

    /** The exported model simulated alone: the patient simulator's times, outputs and options. */
    private static Solution simulate(Model model, Scenario s) {
        int points = (int) Math.round(s.durationH() / s.outputIntervalH()) + 1;
        double[] times = new double[points];
        for (int i = 0; i < points; i++) {
            times[i] = Math.min(i * s.outputIntervalH(), s.durationH());
        }
        List<String> outputs = new ArrayList<>();
        ModelOutputs.ALL.forEach(o -> outputs.add(o.variable()));
        Solution sol = CompiledModel.compile(model).problem().withTimes(0, s.durationH(), times).withOutputs(outputs)
                .withOptions(PatientSimulator.DEFAULT_OPTIONS).solve();
        assertTrue(sol.isSuccess(), sol.message());
        return sol;
    }

    /** The largest relative difference over every model output column and time; failures noted. */
    private static double worst(PatientRun run, Solution back, List<String> failures, String label) {
        double worst = 0;
        for (ModelOutputs.Output o : ModelOutputs.ALL) {
            double[] x = run.column(o.column().name());
            double[] y = back.column(o.variable());
            assertEquals(x.length, y.length, label + " " + o.variable());
            double scale = 0;
            for (double v : x) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int i = 0; i < x.length; i++) {
                double err = Math.abs(x[i] - y[i]) / (Math.abs(x[i]) + 1e-6 * scale + 1e-300);
                worst = Math.max(worst, err);
                if (err > TOLERANCE) {
                    failures.add(label + " " + o.variable() + " at " + run.timeH()[i] + " h: " + x[i] + " vs " + y[i]);
                    break;
                }
            }
        }
        return worst;
    }

    /** One scenario's figures. */
    private record Outcome(double worstSbml, double worstText, int doseEvents, List<String> failures) {
    }

    private static Outcome roundTrip(String label, Scenario s) {
        List<String> failures = new ArrayList<>();
        PatientRun run = PatientSimulator.standard().run(s, Map.of());
        ScenarioExport x = ScenarioExport.of(PatientModel.standard(), s);
        Model sbml = SbmlImporter.read(UnitsExport.write(x.model()).xml(), label + ".xml");
        Model text = AntimonyParser.parse(AntimonyWriter.write(x.model()), label + ".ant");
        double worstSbml = worst(run, simulate(sbml, s), failures, label + " (SBML)");
        double worstText = worst(run, simulate(text, s), failures, label + " (text)");
        return new Outcome(worstSbml, worstText, x.doseEvents(), failures);
    }

    @Test
    void everyScenarioReadBackFromSbmlAndTextReproducesTheRun() {
        Map<String, Scenario> all = scenarios();
        // scenarios in parallel: compiling is the cost, and compiled models are independent
        List<Outcome> outcomes = all.entrySet().parallelStream().map(e -> roundTrip(e.getKey(), e.getValue())).toList();
        List<String> failures = new ArrayList<>();
        outcomes.forEach(o -> failures.addAll(o.failures()));
        double worstSbml = outcomes.stream().mapToDouble(Outcome::worstSbml).max().orElseThrow();
        double worstText = outcomes.stream().mapToDouble(Outcome::worstText).max().orElseThrow();
        int doseEvents = outcomes.stream().mapToInt(Outcome::doseEvents).sum();
        System.out.printf(Locale.ROOT, "export round trip: %d scenarios, %d dose events; worst relative difference"
                + " %.3g (SBML), %.3g (text)%n", all.size(), doseEvents, worstSbml, worstText);
        assertEquals(30, doseEvents, "the treated scenarios' doses, each an event or two (the antibiotic courses of septic-shock and"
                + " sepsis-mas-like: a start and an end)");
        assertEquals(List.of(), failures);
    }
}
