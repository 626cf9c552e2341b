package org.cytostorm.physiology.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.Names;

/** Finds a scenario by what a user typed: a file path or a built-in name. */
public final class Scenarios {
    private Scenarios() {
    }

    /** {@link #resolve(String, ScenarioReader)} with the standard reader. */
    public static Scenario resolve(String nameOrPath) {
        return resolve(nameOrPath, ScenarioReader.standard());
    }

    /**
     * An existing file is read; otherwise a built-in scenario of that name is loaded.
     *
     * @throws InputException when it is neither, listing the built-in names
     */
    public static Scenario resolve(String nameOrPath, ScenarioReader reader) {
        Path file = path(nameOrPath);
        if (file != null && Files.isRegularFile(file)) {
            return reader.read(file);
        }
        if (BuiltInScenarios.names().contains(nameOrPath)) {
            return BuiltInScenarios.load(nameOrPath, reader);
        }
        throw new InputException(nameOrPath, 0, "", "neither a scenario file nor a built-in scenario; "
                + Names.didYouMean(nameOrPath, BuiltInScenarios.names()) + "built-in scenarios: "
                + String.join(", ", BuiltInScenarios.names()));
    }

    private static Path path(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
