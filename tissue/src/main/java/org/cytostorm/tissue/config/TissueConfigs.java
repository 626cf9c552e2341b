package org.cytostorm.tissue.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.common.io.Resources;

/** Finds a tissue config by built-in name or file path. */
public final class TissueConfigs {
    /** The built-in configs, in the order {@code list} shows them. */
    public static final List<String> BUILT_IN = List.of("lung-focal-infection", "car-t-tumour");

    private TissueConfigs() {
    }

    public static TissueConfig resolve(String nameOrPath, Overrides overrides) {
        if (BUILT_IN.contains(nameOrPath)) {
            return TissueConfigReader.read(builtInText(nameOrPath), nameOrPath + ".yaml", overrides);
        }
        Path p = Path.of(nameOrPath);
        if (!Files.exists(p)) {
            throw new InputException(nameOrPath, 0, "", "no such tissue config file, and not a built-in ("
                    + String.join(", ", BUILT_IN) + ")");
        }
        // through InputFiles: a directory, a device, a huge file or text that is not UTF-8 is refused by name
        return TissueConfigReader.read(InputFiles.read(p), nameOrPath, overrides);
    }

    /** The text of a built-in config. */
    public static String builtInText(String name) {
        String path = "/org/cytostorm/tissue/configs/" + name + ".yaml";
        if (!Resources.exists(TissueConfigs.class, path)) {
            throw new IllegalArgumentException("no built-in tissue config " + name);
        }
        return Resources.text(TissueConfigs.class, path);
    }
}
