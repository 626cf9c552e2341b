package org.cytostorm.physiology.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.Measure;
import org.cytostorm.common.yaml.YamlDocument;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.treat.Protocol;
import org.cytostorm.physiology.treat.Treatments;

/**
 * Reads scenario files (YAML) into {@link Scenario}s, checking every key and value; a problem is a
 * {@link InputException} naming file, line, key path and what is allowed.
 *
 * <p>Schema (all keys optional; defaults in brackets):
 * {@code name} [file name without extension], {@code description} [""],
 * {@code patient.weight} [80 kg; kg, lb; 20..250 kg], {@code patient.age} [50; years, y; 0..110],
 * {@code patient.sex} [male; female | male], {@code patient.immunosuppressed} [false],
 * {@code patient.parameters} (model parameter overrides), {@code trigger.type} [none; required when
 * {@code trigger} is present] and the trigger's options, {@code care.protocol} [standard; a name of
 * the model's {@link ProtocolLibrary} or a protocol file {@code .yaml} beside the scenario],
 * {@code treatments} (doses, dosing files and rules; {@link TreatmentReader}; a dose after the end
 * of the run is refused),
 * {@code duration} [28 d; h, d, hours, days; at most 365 d], {@code output.interval}
 * [1 h, or the duration when shorter; min, h, d, hours, days; at most the duration]. A key written
 * with no value takes its default.
 *
 * <p>{@link Scenario#parameters()} holds, in the order they apply (later wins): the trigger's
 * parameters, its choice options, its quantity options (in canonical units; per-kg units divided by
 * the patient's weight), the covariates {@code weight} (kg) and {@code age} (years), each only
 * when the parameter table has that name, and last the patient's overrides. The care switch
 * {@code care_on} is not among them: a run derives it from the protocol
 * ({@code org.cytostorm.physiology.run.ScenarioValues}). {@link Scenario#trigger()} holds the options as written
 * plus the defaults that applied (a quantity default as {@code value canonical-unit}), in catalogue
 * order.
 *
 * <p>The names the trigger catalogue sets are not checked against the table here (see
 * {@link TriggerCatalogue#validate}); overrides are.
 */
public final class ScenarioReader {
    static final List<String> KEYS = List.of("name", "description", "patient", "trigger", "care", "treatments", "duration",
            "output");
    static final List<String> CARE_KEYS = List.of("protocol");
    static final List<String> OUTPUT_KEYS = List.of("interval");
    static final double DEFAULT_DURATION_H = 28 * 24;
    static final double MAX_DURATION_H = 365 * 24;
    static final double DEFAULT_INTERVAL_H = 1;

    private final PatientModel model;
    private final ParameterTable table;
    private final TriggerCatalogue catalogue;
    private final ProtocolLibrary protocols;

    private ScenarioReader(PatientModel model, TriggerCatalogue catalogue, ProtocolLibrary protocols) {
        this.model = model;
        this.table = model.table();
        this.catalogue = catalogue;
        this.protocols = protocols;
    }

    /** A reader of scenarios for {@code model}: its table, its protocols and the standard trigger catalogue. */
    public static ScenarioReader of(PatientModel model) {
        return of(model, TriggerCatalogue.standard());
    }

    /** A reader of scenarios for {@code model} with another trigger catalogue. */
    public static ScenarioReader of(PatientModel model, TriggerCatalogue catalogue) {
        return new ScenarioReader(model, catalogue, ProtocolLibrary.of(model));
    }

    /** The reader of the standard model (made once, shared: it is immutable). */
    public static ScenarioReader standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ScenarioReader STANDARD = of(PatientModel.standard());
    }

    /** The model whose scenarios this reads. */
    public PatientModel model() {
        return model;
    }

    /** The care protocols scenarios may name. */
    public ProtocolLibrary protocols() {
        return protocols;
    }

    public Scenario read(Path file) {
        return read(InputFiles.read(file), file.toString(), file.toAbsolutePath().getParent(), file.toString());
    }

    /** Reads scenario text; {@code sourceName} names the file in messages and gives the default name. */
    public Scenario read(String yaml, String sourceName) {
        return read(yaml, sourceName, null, sourceName);
    }

    /**
     * Reads scenario text; dosing and protocol files named in it are found relative to
     * {@code directory} (or the working directory); {@code origin} is recorded as the scenario's
     * source ({@code built-in}, a path).
     */
    public Scenario read(String yaml, String sourceName, Path directory, String origin) {
        YamlNode root = YamlDocument.parse(yaml, sourceName).orElseThrow(() -> new InputException(sourceName, 1, "",
                "the file is empty; a scenario is a YAML mapping with the keys " + String.join(", ", KEYS)));
        Expect.mapping(root, KEYS);
        String name = root.get("name").map(Expect::text).orElse(baseName(sourceName));
        String description = root.get("description").map(Expect::text).orElse("");
        Patient patient = new PatientReader(table).read(root.get("patient"));
        TriggerResolver.Result trigger = new TriggerResolver(catalogue, patient.weightKg()).resolve(root.get("trigger"));
        Protocol protocol = root.get("care").map(n -> protocol(n, directory)).orElse(protocols.named("standard"));
        double duration = root.get("duration").map(ScenarioReader::duration).orElse(DEFAULT_DURATION_H);
        double interval = root.get("output").map(n -> interval(n, duration))
                .orElse(Math.min(DEFAULT_INTERVAL_H, duration));

        Map<String, Double> parameters = parameters(trigger, patient);
        Treatments treatments = root.get("treatments")
                .map(n -> new TreatmentReader(model.compiled().system(), directory, duration).read(n))
                .orElse(Treatments.NONE);
        return new Scenario(name, description, origin, patient, trigger.choice(), protocol, duration, interval,
                parameters, treatments, Map.of());
    }

    /**
     * The scenario with some of its trigger's options set otherwise (the command line's
     * {@code --trigger}): the trigger is resolved again with {@code options} over the options it
     * has, as a scenario file naming them all would be, and the parameters follow; the user's
     * settings, treatments and everything else stay. Options are checked as in a file;
     * {@code sourceName} names them in messages.
     */
    public Scenario withTriggerOptions(Scenario scenario, Map<String, String> options, String sourceName) {
        if (options.isEmpty()) {
            return scenario;
        }
        Map<String, String> merged = new LinkedHashMap<>(scenario.trigger().options());
        options.forEach((k, v) -> {
            merged.remove(k);
            merged.put(k, v);
        });
        // one line of flow YAML, so that every message points at the option, not at a made-up line
        StringBuilder yaml = new StringBuilder("trigger: {type: ").append(quoted(scenario.trigger().type()));
        merged.forEach((k, v) -> yaml.append(", ").append(quoted(k)).append(": ").append(quoted(v)));
        yaml.append('}');
        YamlNode root = YamlDocument.parse(yaml.toString(), sourceName).orElseThrow();
        TriggerResolver.Result trigger = new TriggerResolver(catalogue, scenario.patient().weightKg())
                .resolve(root.get("trigger"));
        return new Scenario(scenario.name(), scenario.description(), scenario.source(), scenario.patient(),
                trigger.choice(), scenario.protocol(), scenario.durationH(), scenario.outputIntervalH(),
                parameters(trigger, scenario.patient()), scenario.treatments(), scenario.settings());
    }

    /**
     * The scenario run for another duration, written as in a scenario file ({@code 7 d},
     * {@code 72 h}; at most 365 d); the output interval shrinks to the duration when it was longer.
     * Doses after the new end are the caller's to refuse ({@link Scenario#lateDoses()}).
     */
    public static Scenario withDuration(Scenario scenario, String duration, String sourceName) {
        YamlNode root = YamlDocument.parse("duration: " + quoted(duration), sourceName).orElseThrow();
        double hours = duration(root.get("duration").orElseThrow());
        return scenario.withDuration(hours).withOutputInterval(Math.min(scenario.outputIntervalH(), hours));
    }

    private static double duration(YamlNode n) {
        double v = Expect.measure(n, ScenarioUnits.DURATION);
        Expect.range(n, v, 0, MAX_DURATION_H, true, "h");
        return v;
    }

    /** The trigger's parameters, then the covariates the model has, then the patient's overrides. */
    private Map<String, Double> parameters(TriggerResolver.Result trigger, Patient patient) {
        Map<String, Double> parameters = new LinkedHashMap<>(trigger.parameters());
        setIfModelHas(parameters, "weight", patient.weightKg());
        setIfModelHas(parameters, "age", patient.ageYears());
        patient.overrides().forEach((k, v) -> set(parameters, k, v));
        return parameters;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * Reads a {@code treatments:} list as a scenario file writes it (dosing records, dosing files and
     * rules), for files that embed one: a trial arm's doses, say. Dosing files are found relative to
     * {@code directory}; a dose after {@code endH} is refused.
     */
    public Treatments treatments(YamlNode list, Path directory, double endH) {
        return new TreatmentReader(model.compiled().system(), directory, endH).read(list);
    }

    /** {@code care.protocol}: a built-in name, or a protocol file beside the scenario. */
    private Protocol protocol(YamlNode care, Path directory) {
        Expect.mapping(care, CARE_KEYS);
        Optional<YamlNode> n = care.get("protocol");
        if (n.isEmpty()) {
            return protocols.named("standard");
        }
        String written = Expect.text(n.get());
        if (ProtocolLibrary.isFileName(written)) {
            if (directory == null) {
                // text that is not a file (a built-in, an upload to the dashboard) has no folder of its own
                // to read a protocol from, and must not read one from wherever the program runs
                throw Expect.error(n.get(), "a scenario that is not a file cannot name a protocol file; pass it with"
                        + " --protocol, or name a built-in protocol (" + String.join(", ", protocols.names()) + ")");
            }
            return protocols.resolve(written, directory);
        }
        return protocols.named(Expect.oneOf(n.get(), protocols.names()));
    }

    private static double interval(YamlNode output, double duration) {
        Expect.mapping(output, OUTPUT_KEYS);
        Optional<YamlNode> n = output.get("interval");
        if (n.isEmpty()) {
            return Math.min(DEFAULT_INTERVAL_H, duration);
        }
        double v = Expect.measure(n.get(), ScenarioUnits.INTERVAL);
        Expect.range(n.get(), v, 0, duration, true, "h");
        double rows = Math.floor(duration / v) + 1;
        if (rows > Scenario.MAX_OUTPUT_ROWS) {
            throw Expect.error(n.get(), n.get().text() + " over " + Measure.format(duration, "h") + " gives "
                    + String.format(java.util.Locale.ROOT, "%.0f", rows) + " output rows, more than the limit of "
                    + Scenario.MAX_OUTPUT_ROWS + "; give a longer interval");
        }
        return v;
    }

    private void setIfModelHas(Map<String, Double> parameters, String name, double value) {
        if (table.find(name).isPresent()) {
            set(parameters, name, value);
        }
    }

    private static void set(Map<String, Double> parameters, String name, double value) {
        parameters.remove(name);
        parameters.put(name, value);
    }

    /** The file name without directories and extension. */
    static String baseName(String sourceName) {
        String s = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
