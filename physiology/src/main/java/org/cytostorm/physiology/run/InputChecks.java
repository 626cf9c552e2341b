package org.cytostorm.physiology.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.yaml.Measure;
import org.cytostorm.engine.expr.Slot;
import org.cytostorm.engine.system.OdeSystem;
import org.cytostorm.engine.system.SymbolInfo;
import org.cytostorm.engine.system.SymbolKind;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Action;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Drug;
import org.cytostorm.physiology.treat.Route;
import org.cytostorm.physiology.treat.Rule;
import org.cytostorm.physiology.treat.Treatments;
import org.cytostorm.physiology.treat.Vocabulary;

/**
 * Checks a scenario against the model it is about to run on, before any step: the same checks for
 * a scenario read from a file, built in Java or changed on the command line. Impossible inputs are
 * refused ({@link IllegalArgumentException} naming the input): an unknown name, a negative amount
 * or dose (a parameter whose plausible range is not negative, or a state's initial value), a switch other than 0 or 1,
 * a count that is not whole, a dose after the end of the run, a rule reading a name the
 * model lacks, a drug whose targets the model lacks. A possible value outside its parameter's
 * plausible range is accepted with a warning, returned to be recorded with the run, as are
 * repeated endotoxin boluses that would come after the end of the run.
 */
public final class InputChecks {

    /** The patient's covariates: parameters a setting may not change (the scenario's patient holds them). */
    public static final Set<String> COVARIATES = Set.of("weight", "age");

    private InputChecks() {
    }

    /**
     * The warnings the scenario draws on {@code model}.
     *
     * @throws IllegalArgumentException for an impossible input, naming it
     */
    public static List<String> check(Scenario scenario, PatientModel model) {
        return check(scenario, model, () -> Vocabulary.names(model.compiled().system().observableNames()));
    }

    /**
     * As {@link #check(Scenario, PatientModel)}, with the names a rule's condition may read on
     * {@code model} ({@link Vocabulary#names}) from {@code conditionNames}, asked only when the
     * scenario has rules: a simulator makes that set once, not at every run.
     */
    static List<String> check(Scenario scenario, PatientModel model, Supplier<Set<String>> conditionNames) {
        List<String> warnings = new ArrayList<>();
        OdeSystem system = model.compiled().system();
        // the scenario's own values (trigger, covariates): a scenario built in Java is checked as one read from a file
        for (Map.Entry<String, Double> e : scenario.parameters().entrySet()) {
            if (!scenario.patient().overrides().containsKey(e.getKey())) {
                value(model, system, "scenario " + scenario.name() + ": " + e.getKey(), e.getKey(), e.getValue(), warnings);
            }
        }
        for (Map.Entry<String, Double> e : scenario.patient().overrides().entrySet()) {
            setting(model, system, "patient.parameters " + e.getKey(), e.getKey(), e.getValue(), warnings);
        }
        for (Map.Entry<String, Double> e : scenario.settings().entrySet()) {
            setting(model, system, "setting " + e.getKey(), e.getKey(), e.getValue(), warnings);
        }
        lateRepeats(scenario, model, warnings);
        List<String> late = scenario.lateDoses();
        if (!late.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", late) + ": such doses would never be given;"
                    + " give them within the run or lengthen it");
        }
        treatments(scenario.allTreatments(), system, conditionNames);
        return warnings;
    }

    /**
     * Warns of repeated endotoxin boluses that would come after the end of the run: a five-day
     * challenge run for the built-in's one day would otherwise silently be a single bolus. A warning,
     * not a refusal (unlike a late dose): the count is a parameter that any setting may move.
     */
    private static void lateRepeats(Scenario scenario, PatientModel model, List<String> warnings) {
        Map<String, Double> inForce = ScenarioValues.inForce(scenario, model.table());
        // a value the scenario does not set is the table's
        java.util.function.ToDoubleFunction<String> value = name -> inForce.getOrDefault(name,
                model.table().find(name).map(ParameterEntry::value).orElse(Double.NaN));
        double repeats = value.applyAsDouble("lps_repeats");
        if (!(repeats > 0) || !(value.applyAsDouble("lps_dose") > 0)) {
            return;
        }
        double first = value.applyAsDouble("lps_time");
        double every = value.applyAsDouble("lps_every");
        double last = first + repeats * every;
        if (last > scenario.durationH()) {
            long late = Math.min((long) Math.ceil((last - scenario.durationH()) / every - 1e-9), (long) repeats);
            warnings.add("trigger " + scenario.trigger().type() + ": " + (late == 1 ? "the last repeated bolus"
                    : "the last " + late + " repeated boluses") + " (repeat " + Measure.format(repeats) + ", every "
                    + Measure.format(every, "h") + ", the last at " + Measure.format(last, "h")
                    + ") would come after the end of the run (" + Measure.format(scenario.durationH(), "h")
                    + ") and are not given; lengthen it (duration, --duration) to give them");
        }
    }

    /**
     * Checks one value a user sets over the scenario (an override or a setting): as {@link #value},
     * and not a covariate. Weight and age are the patient's: the scenario converts per-kg trigger
     * amounts with the weight when it is read, so a later change of the parameter alone would give
     * a patient whose doses and trigger disagree.
     */
    public static void setting(PatientModel model, OdeSystem system, String label, String name, double v,
            List<String> warnings) {
        if (COVARIATES.contains(name)) {
            throw new IllegalArgumentException(label + ": " + name + " is a covariate of the patient; set it as"
                    + " patient." + name + " in the scenario file, so that per-kg amounts follow it");
        }
        value(model, system, label, name, v, warnings);
    }

    /**
     * Checks one value given for a model name: refused when impossible, a warning added when
     * outside the plausible range.
     *
     * @param label names the input in messages ({@code --set cart_dose}, {@code setting cart_dose})
     */
    public static void value(PatientModel model, OdeSystem system, String label, String name, double v,
            List<String> warnings) {
        SymbolInfo info = system.symbol(name).orElseThrow(() -> new IllegalArgumentException(label
                + ": the model has no parameter or variable '" + name + "'; "
                + Names.didYouMean(name, system.symbols().keySet()) + "see docs/model.md"));
        if (info.ruleDefined()) {
            throw new IllegalArgumentException(label + ": '" + name + "' is computed by a rule of the model and cannot be set");
        }
        Optional<ParameterEntry> entry = model.table().find(name);
        if (entry.isPresent()) {
            Optional<String> why = entry.get().whyImpossible(v);
            if (why.isPresent()) {
                throw new IllegalArgumentException(label + " = " + Measure.format(v) + ": " + name + " " + why.get());
            }
            if (!entry.get().inRange(v)) {
                warnings.add(label + " = " + Measure.format(v) + " is outside the plausible range "
                        + entry.get().rangeText() + " of " + name + " (parameter table); accepted");
            }
        } else if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(label + " = " + v + ": not a finite number");
        } else if (v < 0 && (info.storage().kind() == Slot.Kind.STATE || info.kind() == SymbolKind.COMPARTMENT)) {
            // every state of the patient model is an amount, a concentration or a level
            throw new IllegalArgumentException(label + " = " + Measure.format(v) + ": the initial amount of "
                    + name + " cannot be negative");
        }
    }

    /** Rules read names the model has, set variables it lets be set, and give drugs it models. */
    private static void treatments(Treatments t, OdeSystem system, Supplier<Set<String>> conditionNames) {
        Set<String> names = t.rules().isEmpty() ? Set.of() : conditionNames.get();
        for (Dosing d : t.schedule()) {
            drug(d.drug(), d.route(), system, "a scheduled dose");
        }
        for (Rule r : t.rules()) {
            for (String n : r.when().names()) {
                if (!names.contains(n)) {
                    throw new IllegalArgumentException("rule '" + r.name() + "': the condition reads '" + n
                            + "', which the model does not have; " + Names.didYouMean(n, names)
                            + "a condition reads model variables and " + String.join(", ", Vocabulary.extraNames()));
                }
            }
            if (r.action() instanceof Action.Give g) {
                drug(g.drug(), g.route(), system, "rule '" + r.name() + "'");
            } else if (r.action() instanceof Action.Set s) {
                SymbolInfo info = system.symbol(s.variable()).orElseThrow(() -> new IllegalArgumentException("rule '"
                        + r.name() + "' sets '" + s.variable() + "', which the model does not have"));
                if (info.ruleDefined()) {
                    throw new IllegalArgumentException("rule '" + r.name() + "' sets '" + s.variable()
                            + "', which a rule of the model computes");
                }
            }
        }
    }

    private static void drug(Drug drug, Route route, OdeSystem system, String where) {
        String target = drug.bolusTargets().get(route);
        if (system.symbol(target).isEmpty()) {
            throw new IllegalArgumentException(where + ": " + drug.name() + " by route " + route.label()
                    + " doses into '" + target + "', which the model does not have");
        }
        if (drug.infusionTarget() != null && route == Route.IV && system.symbol(drug.infusionTarget()).isEmpty()) {
            throw new IllegalArgumentException(where + ": " + drug.name() + " infuses through '"
                    + drug.infusionTarget() + "', which the model does not have");
        }
    }
}
