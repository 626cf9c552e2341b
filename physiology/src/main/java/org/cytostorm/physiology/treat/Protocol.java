package org.cytostorm.physiology.treat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A care protocol, as a value: whether the standard supportive care runs (the model's own events
 * and norepinephrine controller, switched by {@code care_on}), the drug rules and scheduled doses
 * that go with it, and whether it withholds the rules that come from elsewhere (the scenario's own).
 * Built-in protocols are read from YAML; a user defines one in a YAML file of the same form or in
 * Java:
 *
 * <pre>{@code
 * Protocol early = Protocol.supportiveCare("early-toci", "tocilizumab at grade 1")
 *         .withRule(Rule.of("toci", "crs_grade >= 1", Action.give(Drugs.find("tocilizumab").orElseThrow(),
 *                 DoseAmount.mgPerKg(8))).withMax(1));
 * }</pre>
 *
 * @param name           the protocol's name (recorded with every run)
 * @param description    what it does, with its sources
 * @param supportiveCare true when supportive care is on ({@code care_on = 1})
 * @param withholdsRules true when no rule applies under it, the scenario's own included (the
 *                       protocol {@code none}: the untreated natural history); scheduled doses are
 *                       still given
 * @param treatments     its rules, checked in order, and any scheduled doses
 * @param source         where it was defined: {@code built-in}, a file, or {@code java}
 */
public record Protocol(String name, String description, boolean supportiveCare, boolean withholdsRules,
        Treatments treatments, String source) {

    public Protocol {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(treatments, "treatments");
        description = description == null ? "" : description;
        source = source == null ? "java" : source;
    }

    /** Supportive care and no drug rules yet; add them with {@link #withRule} and {@link #withDose}. */
    public static Protocol supportiveCare(String name, String description) {
        return new Protocol(name, description, true, false, Treatments.NONE, "java");
    }

    /** A copy with one more rule, checked after the others. */
    public Protocol withRule(Rule rule) {
        List<Rule> rules = new ArrayList<>(treatments.rules());
        rules.add(rule);
        return new Protocol(name, description, supportiveCare, withholdsRules,
                new Treatments(treatments.schedule(), rules), source);
    }

    /** A copy with one more scheduled dose. */
    public Protocol withDose(Dosing dose) {
        List<Dosing> schedule = new ArrayList<>(treatments.schedule());
        schedule.add(dose);
        return new Protocol(name, description, supportiveCare, withholdsRules,
                new Treatments(schedule, treatments.rules()), source);
    }
}
