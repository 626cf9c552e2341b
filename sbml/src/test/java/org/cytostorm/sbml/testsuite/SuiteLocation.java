package org.cytostorm.sbml.testsuite;

import java.nio.file.Files;
import java.nio.file.Path;

/** The SBML Test Suite under the reference data (see {@link org.cytostorm.engine.io.ReferenceData}). */
final class SuiteLocation {

    private SuiteLocation() {
    }

    static Path suiteDir() {
        Path p = org.cytostorm.engine.io.ReferenceData.path("sbml-test-suite");
        if (!Files.isRegularFile(p.resolve("index.csv"))) {
            throw new IllegalStateException("SBML Test Suite missing its index.csv: " + p);
        }
        return p;
    }
}
