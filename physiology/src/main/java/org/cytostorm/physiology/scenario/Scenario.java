package org.cytostorm.physiology.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cytostorm.common.yaml.Measure;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Protocol;
import org.cytostorm.physiology.treat.Treatments;

/**
 * One patient's run, described: who (patient), what starts it (trigger), under which care protocol,
 * with which doses, for how long, how often to report, and which parameter settings a user added.
 * An immutable value: it records every input of a run, so a run's result can say what produced it.
 *
 * @param name            scenario name (built-in name or file name without extension)
 * @param description     one line for people
 * @param source          where it was read from: {@code built-in}, a file path, or {@code java}
 * @param patient         covariates and overrides
 * @param trigger         the trigger as written
 * @param protocol        the care protocol (supportive care and drug rules)
 * @param durationH       simulated time, hours
 * @param outputIntervalH reporting interval, hours
 * @param parameters      every model parameter this scenario sets, resolved and in canonical
 *                        units, in the order they apply (trigger module, trigger options,
 *                        covariates, patient overrides; later wins); the care switch is the
 *                        protocol's ({@code run.ScenarioValues})
 * @param treatments      the scenario's own doses and rules (the protocol's come on top), with any
 *                        added on the command line
 * @param settings        parameters (or initial values) a user set on top of the scenario
 *                        ({@code --set}), applied last and recorded apart
 */
public record Scenario(String name, String description, String source, Patient patient, TriggerChoice trigger,
        Protocol protocol, double durationH, double outputIntervalH, Map<String, Double> parameters,
        Treatments treatments, Map<String, Double> settings) {

    /** The most output rows of one run: a row every five minutes for a year. */
    public static final int MAX_OUTPUT_ROWS = 110_000;

    public Scenario {
        Objects.requireNonNull(protocol, "protocol");
        if (!(durationH > 0) || !(outputIntervalH > 0) || Math.floor(durationH / outputIntervalH) + 1 > MAX_OUTPUT_ROWS) {
            throw new IllegalArgumentException("a scenario needs a duration and an output interval of more than 0 h,"
                    + " with at most " + MAX_OUTPUT_ROWS + " output rows (duration " + durationH + " h, interval "
                    + outputIntervalH + " h)");
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * Everything given in this run: the protocol's rules and doses, then the scenario's own. Under a
     * protocol that withholds rules ({@code none}) no rule applies, the scenario's included;
     * scheduled doses still do.
     */
    public Treatments allTreatments() {
        Treatments all = protocol.treatments().plus(treatments);
        return protocol.withholdsRules() ? all.withoutRules() : all;
    }

    /**
     * A copy under another care protocol; supportive care follows it (a run derives the care switch
     * from the protocol, a patient override of {@code care_on} still winning).
     */
    public Scenario withProtocol(Protocol p) {
        return new Scenario(name, description, source, patient, trigger, p, durationH, outputIntervalH, parameters,
                treatments, settings);
    }

    /** A copy with more treatments of its own (doses from the command line, say). */
    public Scenario withTreatments(Treatments more) {
        return new Scenario(name, description, source, patient, trigger, protocol, durationH, outputIntervalH,
                parameters, treatments.plus(more), settings);
    }


    /**
     * A copy with user settings added ({@code --set}): parameter values or initial values applied
     * after everything else and recorded apart from the scenario's own, so a run says what was
     * changed. A later setting of the same name wins.
     */
    public Scenario withSettings(Map<String, Double> more) {
        Map<String, Double> s = new LinkedHashMap<>(settings);
        more.forEach((k, v) -> {
            s.remove(k);
            s.put(k, v);
        });
        return new Scenario(name, description, source, patient, trigger, protocol, durationH, outputIntervalH,
                parameters, treatments, s);
    }

    /** A copy with another duration (scheduled doses after it are refused when the run starts). */
    public Scenario withDuration(double hours) {
        return new Scenario(name, description, source, patient, trigger, protocol, hours, outputIntervalH, parameters,
                treatments, settings);
    }

    /** A copy with another reporting interval, hours. */
    public Scenario withOutputInterval(double hours) {
        return new Scenario(name, description, source, patient, trigger, protocol, durationH, hours, parameters,
                treatments, settings);
    }

    /**
     * One line per dosing record with doses after the end of the run, which would never be given;
     * empty when every scheduled dose falls within the run.
     */
    public List<String> lateDoses() {
        List<String> out = new ArrayList<>();
        for (Dosing d : allTreatments().schedule()) {
            int late = d.dosesAfter(durationH);
            if (late > 0) {
                out.add((late == 1 ? "a dose" : late + " doses") + " of " + d.drug().name() + " at "
                        + Measure.format(d.timeH() + d.additional() * d.intervalH(), "h") + " after the end of the run ("
                        + Measure.format(durationH, "h") + ")");
            }
        }
        return out;
    }
}
