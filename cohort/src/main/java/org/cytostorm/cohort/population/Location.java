package org.cytostorm.cohort.population;

import org.cytostorm.common.input.InputException;
import org.cytostorm.common.yaml.YamlNode;

/**
 * Where a part of a population spec was written: file, line and key path. The spec keeps it with
 * each part because some problems show only when parts meet (a correlation matrix that is not
 * positive definite once its last entry is added, a filter that rejects every draw of a scenario),
 * and those too must name the place to fix.
 *
 * @param file the file (or a name such as {@code population defaults} for a spec made in Java)
 * @param line 1-based line, or 0 when there is none
 * @param key  dotted key path ({@code parameters.CL_dex.depends[0].exponent})
 */
public record Location(String file, int line, String key) {

    /** The location of a spec made in Java rather than read from a file. */
    public static final Location JAVA = new Location("java", 0, "");

    /** Where the node's value is written. */
    static Location of(YamlNode n) {
        return new Location(n.file(), n.line(), n.path());
    }

    /** Where the node's key is written (a problem with the entry rather than its value). */
    static Location ofKey(YamlNode n) {
        return new Location(n.file(), n.keyLine(), n.path());
    }

    /** The located error for a problem here. */
    public InputException error(String message) {
        return new InputException(file, line, key, message);
    }
}
