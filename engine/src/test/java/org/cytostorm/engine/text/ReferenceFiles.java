package org.cytostorm.engine.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared reference data ({@code ../shared/reference} beside the repository). The root is
 * the system property {@code cytostorm.root} (set by surefire), else the nearest directory above
 * the working directory that holds the parent {@code pom.xml} (the one listing the modules).
 */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    static Path repositoryRoot() {
        String property = System.getProperty("cytostorm.root");
        if (property != null && !property.isBlank() && Files.isRegularFile(Paths.get(property, "pom.xml"))) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path pom = d.resolve("pom.xml");
            if (Files.isRegularFile(pom) && isParentPom(pom)) {
                return d;
            }
        }
        throw new IllegalStateException("cannot find the repository root: set -Dcytostorm.root or run from inside"
                + " the repository (searched upwards from " + dir + ")");
    }

    private static boolean isParentPom(Path pom) {
        try {
            return Files.readString(pom).contains("<modules>");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A file under {@code ../shared/reference}; fails with a clear message when it is missing. */
    static Path reference(String relative) {
        Path root = repositoryRoot();
        Path file = root.resolve("..").resolve("shared").resolve("reference").resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing reference file " + file + " (expected the shared reference data"
                    + " at ../shared/reference beside the repository root " + root + ")");
        }
        return file;
    }

    static final String REYNOLDS =
            "biomodels/BIOMD0000000714_reynolds2006/BIOMD0000000714_tellurium_A_reduced_mathematical_model_o.ant";
}
