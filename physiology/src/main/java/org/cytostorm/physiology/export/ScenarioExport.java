package org.cytostorm.physiology.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelBuilder;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.run.InputChecks;
import org.cytostorm.physiology.run.ScenarioValues;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Administration;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Rule;
import org.cytostorm.physiology.treat.Treatments;

/**
 * One scenario's patient as a self-contained model, for SBML or the text format: the patient model
 * with every parameter the scenario sets (trigger, options, covariates, care protocol, patient
 * overrides, then further settings) as its values, the scheduled doses (the scenario's own and its
 * protocol's) as events at their fixed times ({@link DoseEvents}), and every variable's unit
 * declared with time in hours ({@link ExportUnits}). Simulated from 0 to the scenario's duration,
 * it gives what {@code PatientSimulator} gives for the model's variables.
 *
 * <p>Protocol rules are not exportable: they are checked by cytostorm's supervisor at their check
 * times, with counts and spacing, on clinical grades computed outside the model; a scenario with
 * rules is refused.
 *
 * @param model      the model to write
 * @param settings   the parameter values set, in the order they apply (later wins)
 * @param doses      the scheduled doses, each one administration
 * @param doseEvents the events the doses became
 * @param warnings   the warnings the scenario's inputs drew ({@link InputChecks}), as a run records them
 */
public record ScenarioExport(Model model, Map<String, Double> settings, List<Administration> doses, int doseEvents,
        List<String> warnings) {

    public ScenarioExport {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        doses = List.copyOf(doses);
        warnings = List.copyOf(warnings);
    }

    /**
     * The scenario's patient as a model: the scenario's parameters, then its user settings
     * ({@link Scenario#settings()}), as the model's values.
     *
     * @throws IllegalArgumentException for a scenario with protocol rules (naming them), an input a
     *                                  run would refuse ({@link InputChecks}), or a setting of a name
     *                                  that is not a parameter of the model or is defined by a rule
     * @throws org.cytostorm.common.input.InputException for a variable without a readable unit
     */
    public static ScenarioExport of(PatientModel patient, Scenario scenario) {
        refuseRules(scenario);
        List<String> warnings = InputChecks.check(scenario, patient);
        Model model = patient.model();
        Map<String, Double> values = ScenarioValues.inForce(scenario, patient.table());
        ModelBuilder b = ModelBuilder.from(model);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String name = e.getKey();
            Parameter p = model.parameter(name).orElseThrow(() -> new IllegalArgumentException("scenario '"
                    + scenario.name() + "' sets '" + name + "', which is not a parameter of the patient model"));
            if (model.ruleFor(name).filter(r -> r instanceof AssignmentRule).isPresent()) {
                throw new IllegalArgumentException("scenario '" + scenario.name() + "' sets '" + name
                        + "', which a rule defines at every instant");
            }
            // a setting replaces the initial assignment, as an override does in a run: for a state
            // (a rate rule's variable) it is the initial value
            b.removeInitialAssignment(name);
            b.putParameter(p.withValue(e.getValue()));
        }
        double weight = b.parameter("weight").map(Parameter::value).orElseThrow(() -> new IllegalStateException(
                "the patient model has no parameter 'weight'"));
        List<Administration> doses = new ArrayList<>();
        for (Dosing d : scenario.allTreatments().schedule()) {
            doses.addAll(d.administrations(weight));
        }
        Set<String> taken = new HashSet<>();
        model.parameters().forEach(p -> taken.add(p.id()));
        model.events().forEach(ev -> taken.add(ev.id()));
        model.functions().forEach(f -> taken.add(f.id()));
        List<Event> events = DoseEvents.of(doses, taken);
        for (Event ev : events) {
            String target = ev.assignments().get(0).variable();
            Parameter p = b.parameter(target).orElseThrow(() -> new IllegalStateException("a dose changes '" + target
                    + "', which the patient model lacks"));
            b.putParameter(p.withConstant(false));
            b.addEvent(ev);
        }
        b.annotation(annotation(model.annotation(), scenario, values.size(), doses.size(), warnings));
        Model withUnits = ExportUnits.declare(b.build(), patient.table());
        return new ScenarioExport(withUnits, values, doses, events.size(), warnings);
    }

    private static Annotation annotation(Annotation a, Scenario scenario, int settings, int doses,
            List<String> warnings) {
        String line = "Scenario " + scenario.name() + (scenario.description().isBlank() ? "" : " (" + scenario.description()
                + ")") + ", exported by cytostorm export: " + settings + " parameter values set by the scenario, "
                + doses + " scheduled doses as events at fixed times, time in hours, run for "
                + ExprPrinter.number(scenario.durationH()) + " h."
                + (warnings.isEmpty() ? "" : " Warnings: " + String.join("; ", warnings) + ".");
        return a.withNotes(a.notes() == null ? line : a.notes() + "\n" + line);
    }

    /** Refuses a scenario whose protocol or own treatments have rules, naming them and the way out. */
    private static void refuseRules(Scenario scenario) {
        Treatments all = scenario.allTreatments();
        if (all.rules().isEmpty()) {
            return;
        }
        List<String> fromProtocol = scenario.protocol().withholdsRules() ? List.of()
                : names(scenario.protocol().treatments().rules());
        List<String> own = names(scenario.treatments().rules());
        StringBuilder sb = new StringBuilder("scenario '" + scenario.name() + "' cannot be exported: ");
        if (!fromProtocol.isEmpty()) {
            sb.append("its care protocol '").append(scenario.protocol().name()).append("' has rules (")
                    .append(String.join(", ", fromProtocol)).append(')');
        }
        if (!own.isEmpty()) {
            sb.append(fromProtocol.isEmpty() ? "" : " and ").append("the scenario has rules of its own (")
                    .append(String.join(", ", own)).append(')');
        }
        sb.append(", and a rule is decided outside the model (checked at its check times, with its limits, on clinical"
                + " grades cytostorm computes apart from the equations), so it has no SBML form; ");
        if (own.isEmpty()) {
            sb.append("export under a protocol without rules, e.g. --protocol standard (supportive care only), and give"
                    + " the doses with --treat");
        } else {
            sb.append("remove the rules from the scenario's treatments (scheduled doses export), or use --protocol none");
        }
        throw new IllegalArgumentException(sb.toString());
    }

    private static List<String> names(List<Rule> rules) {
        List<String> out = new ArrayList<>();
        rules.forEach(r -> out.add(r.name()));
        return out;
    }
}
