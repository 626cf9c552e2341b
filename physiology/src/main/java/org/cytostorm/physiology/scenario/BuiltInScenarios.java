package org.cytostorm.physiology.scenario;

import java.util.List;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.io.Resources;

/**
 * The scenarios that ship with cytostorm: YAML resources {@code builtin/<name>.yaml} beside this
 * class, listed (one name a line, {@code #} comments) in {@code builtin/index.txt}, since resources
 * in a jar cannot be listed.
 */
public final class BuiltInScenarios {
    private static final String DIR = "builtin/";

    private BuiltInScenarios() {
    }

    /** The built-in scenario names, in index order. */
    public static List<String> names() {
        return Holder.NAMES;
    }

    private static final class Holder {
        static final List<String> NAMES = resource(DIR + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The built-in scenario {@code name}, read with {@link ScenarioReader#standard()}. */
    public static Scenario load(String name) {
        return load(name, ScenarioReader.standard());
    }

    /** The built-in scenario {@code name}, read with {@code reader}. */
    public static Scenario load(String name, ScenarioReader reader) {
        return reader.read(text(name), DIR + name + ".yaml", null, "built-in");
    }

    /**
     * The YAML text of the built-in scenario {@code name} (to show, or copy and edit).
     *
     * @throws InputException listing the built-in names when there is none of that name
     */
    public static String text(String name) {
        if (!names().contains(name)) {
            throw new InputException(name, 0, "", "no built-in scenario of that name; "
                    + Names.didYouMean(name, names()) + "built-in scenarios: " + String.join(", ", names()));
        }
        return resource(DIR + name + ".yaml");
    }

    private static String resource(String path) {
        return Resources.text(BuiltInScenarios.class, path);
    }
}
