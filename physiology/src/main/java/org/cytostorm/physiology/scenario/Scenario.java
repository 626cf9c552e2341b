package org.cytostorm.physiology.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cytostorm.physiology.treat.Treatments;

/**
 * One patient's run, described: who (patient), what starts it (trigger), which care protocol, for
 * how long and how often to report.
 *
 * @param name            scenario name (built-in name or file name without extension)
 * @param description     one line for people
 * @param patient         covariates and overrides
 * @param trigger         the trigger as written
 * @param protocol        the care protocol: a built-in name of {@link Protocols} (supportive care
 *                        and drug rules)
 * @param durationH       simulated time, hours
 * @param outputIntervalH reporting interval, hours
 * @param parameters      every model parameter this scenario sets, resolved and in canonical
 *                        units, in the order they apply (trigger module, trigger options,
 *                        covariates, care protocol, patient overrides; later wins)
 * @param treatments      the scenario's own doses and rules (the protocol's come on top)
 */
public record Scenario(String name, String description, Patient patient, TriggerChoice trigger, String protocol,
        double durationH, double outputIntervalH, Map<String, Double> parameters, Treatments treatments) {

    public Scenario {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A scenario without treatments of its own. */
    public Scenario(String name, String description, Patient patient, TriggerChoice trigger, String protocol,
            double durationH, double outputIntervalH, Map<String, Double> parameters) {
        this(name, description, patient, trigger, protocol, durationH, outputIntervalH, parameters, Treatments.NONE);
    }

    /**
     * Everything given in this run: the protocol's rules and doses, then the scenario's own. Under
     * the protocol {@code none} no rule applies, the scenario's included; scheduled doses still do.
     */
    public Treatments allTreatments() {
        Protocol p = Protocols.named(protocol);
        Treatments all = p.treatments().plus(treatments);
        return "none".equals(protocol) ? all.withoutRules() : all;
    }

    /**
     * A copy under another care protocol (a name of {@link Protocols}), with supportive care on or
     * off as it says; a patient override of {@code care_on} still wins.
     *
     * @throws IllegalArgumentException for an unknown protocol
     */
    public Scenario withProtocol(String name) {
        Protocol p = Protocols.named(name);
        Map<String, Double> params = new LinkedHashMap<>(parameters);
        if (!patient.overrides().containsKey("care_on")) {
            params.put("care_on", p.support() ? 1.0 : 0.0);
        }
        return new Scenario(this.name, description, patient, trigger, name, durationH, outputIntervalH, params, treatments);
    }

    /** A copy with more treatments of its own (doses from the command line, say). */
    public Scenario withTreatments(Treatments more) {
        return new Scenario(name, description, patient, trigger, protocol, durationH, outputIntervalH, parameters,
                treatments.plus(more));
    }

    /** A copy with one more parameter setting (applied last). */
    public Scenario with(String parameter, double value) {
        Map<String, Double> p = new LinkedHashMap<>(parameters);
        p.remove(parameter);
        p.put(parameter, value);
        return new Scenario(name, description, patient, trigger, protocol, durationH, outputIntervalH, p, treatments);
    }

    /** A copy with another duration. */
    public Scenario withDuration(double hours) {
        return new Scenario(name, description, patient, trigger, protocol, hours, outputIntervalH, parameters, treatments);
    }
}
