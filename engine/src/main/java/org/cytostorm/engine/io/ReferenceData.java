package org.cytostorm.engine.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the project's reference data: {@code ../shared/reference} beside the repository (SBML
 * Test Suite cases, BioModels files, human data), which tests and benchmarks read. The system
 * property {@code cytostorm.shared} points elsewhere; otherwise the repository root comes from
 * {@code cytostorm.root} (Maven's surefire sets it) or from walking up from the working directory.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** The repository root: the directory holding the parent pom and the engine module. */
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

    /** The reference data directory. */
    public static Path root() {
        String shared = System.getProperty("cytostorm.shared");
        Path p = shared != null ? Paths.get(shared) : repositoryRoot().resolveSibling("shared").resolve("reference");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("reference data missing: " + p
                    + " (expected ../shared/reference beside the repository, or -Dcytostorm.shared=DIR)");
        }
        return p.toAbsolutePath().normalize();
    }

    /**
     * A path under the reference data; throws if it does not exist, so that a test never passes
     * by not running.
     */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("reference data missing: " + p);
        }
        return p;
    }
}
