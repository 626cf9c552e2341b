package org.cytostorm.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds ../shared/reference (the project's reference data beside the repository): from the
 * repository root that Maven passes as {@code cytostorm.root}, else by walking up from the working
 * directory to the parent pom. Fails loudly when the data is missing, so that a test never passes
 * by not running.
 */
public final class SharedReference {

    private SharedReference() {
    }

    public static Path repositoryRoot() {
        String prop = System.getProperty("cytostorm.root");
        if (prop != null && Files.isRegularFile(Paths.get(prop, "pom.xml"))) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("engine"))) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find the cytostorm repository root from " + dir);
    }

    /** A path under ../shared/reference; throws if it does not exist. */
    public static Path path(String relative) {
        Path p = repositoryRoot().resolveSibling("shared").resolve("reference").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("reference data missing: " + p
                    + " (the tests expect ../shared/reference beside the repository)");
        }
        return p;
    }

    public static Path reynoldsDir() {
        return path("biomodels/BIOMD0000000714_reynolds2006");
    }
}
