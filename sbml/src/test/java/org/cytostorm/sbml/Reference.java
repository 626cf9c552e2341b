package org.cytostorm.sbml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shared reference data (../shared/reference beside the repository); fails loudly when missing. */
final class Reference {

    private Reference() {
    }

    static Path root() {
        return org.cytostorm.engine.io.ReferenceData.root();
    }

    static Path biomodel(String folder) {
        Path dir = root().resolve("biomodels").resolve(folder);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("BIOMD\\d+\\.xml")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no BIOMD*.xml in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every BioModels SBML file, one per folder. */
    static List<Path> allBiomodels() {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root().resolve("biomodels"))) {
            dirs.filter(Files::isDirectory).sorted().forEach(d -> out.add(biomodel(d.getFileName().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
