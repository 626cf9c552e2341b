package org.cytostorm.physiology.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.YamlDocument;
import org.cytostorm.common.yaml.YamlNode;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.treat.Protocol;
import org.cytostorm.physiology.treat.Treatments;

/**
 * Reads a care protocol file (YAML) against a patient model. Schema: {@code name} [the file name],
 * {@code description} [""], {@code support} ({@code standard} [default]: supportive care on;
 * {@code none}: off), {@code scenario_rules} ({@code apply} [default] or {@code withhold}: no rule
 * applies under this protocol, the scenario's own included) and {@code treatments} (doses, dosing
 * files and rules, as in a scenario file). A problem is an {@link InputException} naming file, line
 * and key.
 */
public final class ProtocolReader {
    static final List<String> KEYS = List.of("name", "description", "support", "scenario_rules", "treatments");

    private final PatientModel model;

    public ProtocolReader(PatientModel model) {
        this.model = model;
    }

    /** Reads a protocol file; dosing files it names are found beside it. */
    public Protocol read(Path file) {
        return read(InputFiles.read(file), file.toString(), file.toAbsolutePath().getParent(), file.toString());
    }

    /**
     * Reads protocol text; {@code sourceName} names it in messages, {@code directory} is where its
     * dosing files are (null: the working directory), {@code origin} is recorded as its source.
     */
    public Protocol read(String yaml, String sourceName, Path directory, String origin) {
        YamlNode root = YamlDocument.parse(yaml, sourceName).orElseThrow(() -> new InputException(sourceName, 1, "",
                "the protocol file is empty; a protocol is a YAML mapping with the keys " + String.join(", ", KEYS)));
        Map<String, YamlNode> f = Expect.mapping(root, KEYS);
        String name = f.containsKey("name") ? Expect.text(f.get("name")) : ScenarioReader.baseName(sourceName);
        String description = f.containsKey("description") ? Expect.text(f.get("description")) : "";
        boolean support = !f.containsKey("support")
                || Expect.oneOf(f.get("support"), List.of("standard", "none")).equals("standard");
        boolean withhold = f.containsKey("scenario_rules")
                && Expect.oneOf(f.get("scenario_rules"), List.of("apply", "withhold")).equals("withhold");
        Treatments t = f.containsKey("treatments")
                ? new TreatmentReader(model.compiled().system(), directory, Double.POSITIVE_INFINITY).read(f.get("treatments"))
                : Treatments.NONE;
        return new Protocol(name, description, support, withhold, t, origin);
    }
}
