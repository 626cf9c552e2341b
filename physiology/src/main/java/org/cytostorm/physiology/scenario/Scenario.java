package org.cytostorm.physiology.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One patient's run, described: who (patient), what starts it (trigger), which care protocol, for
 * how long and how often to report.
 *
 * @param name            scenario name (built-in name or file name without extension)
 * @param description     one line for people
 * @param patient         covariates and overrides
 * @param trigger         the trigger as written
 * @param protocol        supportive-care protocol: {@code standard} or {@code none}
 * @param durationH       simulated time, hours
 * @param outputIntervalH reporting interval, hours
 * @param parameters      every model parameter this scenario sets, resolved and in canonical
 *                        units, in the order they apply (trigger module, trigger options,
 *                        covariates, care protocol, patient overrides; later wins)
 */
public record Scenario(String name, String description, Patient patient, TriggerChoice trigger, String protocol,
        double durationH, double outputIntervalH, Map<String, Double> parameters) {

    public Scenario {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A copy with one more parameter setting (applied last). */
    public Scenario with(String parameter, double value) {
        Map<String, Double> p = new LinkedHashMap<>(parameters);
        p.remove(parameter);
        p.put(parameter, value);
        return new Scenario(name, description, patient, trigger, protocol, durationH, outputIntervalH, p);
    }

    /** A copy with another duration. */
    public Scenario withDuration(double hours) {
        return new Scenario(name, description, patient, trigger, protocol, hours, outputIntervalH, parameters);
    }
}
