package org.cytostorm.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.solve.Observers;
import org.cytostorm.physiology.run.InputChecks;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.TreatOption;
import org.cytostorm.physiology.treat.Treatments;

/**
 * Runs what the dashboard asks for, with the command line's checks and messages: a built-in
 * scenario or an uploaded scenario file (read as the command line reads one, but with no folder, so
 * it can name no dosing or protocol file), a built-in protocol, {@code --set} settings checked against the model (a value out of
 * its plausible range runs, with a warning), {@code --treat} doses, doses after the end refused.
 */
public final class RunService {

    private final ScenarioReader reader = ScenarioReader.standard();
    private final PatientSimulator simulator = PatientSimulator.of(reader.model());

    /** The scenario the request describes. */
    public Scenario scenario(RunRequest r) {
        Scenario s;
        if (r.uploaded()) {
            // no folder: the file may name built-in protocols only, and no dosing or protocol file
            s = reader.read(r.upload(), r.scenario(), null, "uploaded " + r.scenario());
        } else if (BuiltInScenarios.names().contains(r.scenario())) {
            s = BuiltInScenarios.load(r.scenario(), reader);
        } else {
            throw new IllegalArgumentException("scenario: no built-in scenario '" + r.scenario() + "'; scenarios: "
                    + String.join(", ", BuiltInScenarios.names()));
        }
        if (!r.protocol().isEmpty()) {
            s = s.withProtocol(reader.protocols().named(r.protocol()));
        }
        if (r.durationH() > 0) {
            s = s.withDuration(r.durationH()).withOutputInterval(Math.min(s.outputIntervalH(), r.durationH()));
        }
        List<Dosing> doses = new ArrayList<>();
        for (String d : r.doses()) {
            doses.addAll(TreatOption.parse(d, "doses"));
        }
        if (!doses.isEmpty()) {
            s = s.withTreatments(new Treatments(doses, List.of()));
        }
        if (!s.lateDoses().isEmpty()) {
            throw new IllegalArgumentException("doses: " + String.join("; ", s.lateDoses())
                    + ": a dose after the end of the run would never be given");
        }
        Map<String, Double> settings = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, Double> e : r.settings().entrySet()) {
            InputChecks.setting(reader.model(), reader.model().compiled().system(), "settings." + e.getKey(), e.getKey(),
                    e.getValue(), warnings);
            settings.put(e.getKey(), e.getValue());
        }
        return settings.isEmpty() ? s : s.withSettings(settings);
    }

    /** Runs the request; a failed simulation is a run whose status says why. */
    public PatientRun run(RunRequest r) {
        return simulator.run(scenario(r));
    }

    /** Runs a scenario {@link #scenario(RunRequest) read from a request}, {@code observers} watching. */
    public PatientRun run(Scenario scenario, Observers observers) {
        return simulator.run(scenario, observers);
    }

    /** The columns a run reports, with their units, before any run. */
    public List<OutputColumn> columns() {
        return simulator.columns();
    }
}
