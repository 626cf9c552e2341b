package org.cytostorm.sbml.testsuite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds ../shared/reference/sbml-test-suite from the repository root that Maven passes as
 * {@code cytostorm.root} (else by walking up from the working directory). Fails loudly when the
 * data is missing, so that a test never passes by not running.
 */
final class SuiteLocation {

    private SuiteLocation() {
    }

    static Path repositoryRoot() {
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

    static Path suiteDir() {
        Path p = repositoryRoot().resolveSibling("shared").resolve("reference").resolve("sbml-test-suite");
        if (!Files.isRegularFile(p.resolve("index.csv"))) {
            throw new IllegalStateException("SBML Test Suite missing: " + p
                    + " (the tests expect ../shared/reference/sbml-test-suite beside the repository)");
        }
        return p;
    }
}
