package org.cytostorm.sbml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The repository root (system property {@code cytostorm.root}) and the shared reference data beside it. */
final class TestFiles {

    private TestFiles() {
    }

    static Path root() {
        String prop = System.getProperty("cytostorm.root");
        if (prop != null && Files.isRegularFile(Paths.get(prop, "pom.xml"))) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("engine"))) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find the cytostorm repository root");
    }

    static Path example(String name) {
        return root().resolve("examples").resolve(name);
    }

    /** A path under ../shared/reference; fails when it is missing, so no test passes by not running. */
    static Path reference(String relative) {
        Path p = root().resolveSibling("shared").resolve("reference").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("reference data missing: " + p);
        }
        return p;
    }
}
