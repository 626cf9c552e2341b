package org.cytostorm.physiology.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.treat.Treatments;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.yaml.Expect;
import org.cytostorm.common.yaml.YamlDocument;
import org.cytostorm.common.yaml.YamlNode;

/**
 * The built-in care protocols: YAML resources {@code protocols/<name>.yaml} beside this class,
 * listed in {@code protocols/index.txt}, written in the scenario file's {@code treatments:} syntax
 * so that a user's own protocol looks the same. Schema: {@code name}, {@code description},
 * {@code support} ({@code standard} or {@code none}), {@code treatments}.
 */
public final class Protocols {
    private static final String DIR = "protocols/";
    static final List<String> KEYS = List.of("name", "description", "support", "treatments");

    private Protocols() {
    }

    /** The built-in protocol names, in index order. */
    public static List<String> names() {
        return Holder.NAMES;
    }

    /**
     * The built-in protocol {@code name}.
     *
     * @throws IllegalArgumentException listing the names when there is none of that name
     */
    public static Protocol named(String name) {
        Protocol p = Holder.ALL.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no built-in protocol '" + name + "'; " + Names.didYouMean(name, names())
                    + "protocols: " + String.join(", ", names()));
        }
        return p;
    }

    private static final class Holder {
        static final List<String> NAMES = resource(DIR + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        static final Map<String, Protocol> ALL = load();

        private static Map<String, Protocol> load() {
            Map<String, Protocol> m = new LinkedHashMap<>();
            for (String name : NAMES) {
                m.put(name, read(resource(DIR + name + ".yaml"), DIR + name + ".yaml"));
            }
            return m;
        }
    }

    /** Reads a protocol file's text. */
    static Protocol read(String yaml, String source) {
        YamlNode root = YamlDocument.parse(yaml, source).orElseThrow(() -> new InputException(source, 1, "",
                "the protocol file is empty"));
        Map<String, YamlNode> f = Expect.mapping(root, KEYS);
        String name = f.containsKey("name") ? Expect.text(f.get("name")) : ScenarioReader.baseName(source);
        String description = f.containsKey("description") ? Expect.text(f.get("description")) : "";
        boolean support = !f.containsKey("support") || Expect.oneOf(f.get("support"), List.of("standard", "none"))
                .equals("standard");
        Treatments t = f.containsKey("treatments")
                ? new TreatmentReader(PatientModel.compiled().system(), null).read(f.get("treatments"))
                : Treatments.NONE;
        return new Protocol(name, description, support, t);
    }

    private static String resource(String path) {
        try (InputStream in = Protocols.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
