package org.cytostorm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A five-day CAR-T scenario file: long enough for CRS and a care rule to fire, short enough for a fast test. */
final class ShortScenario {

    static final String NAME = "car-t-short";

    private ShortScenario() {
    }

    /** Writes the scenario file into {@code dir} and returns its path. */
    static Path write(Path dir) throws IOException {
        Path file = dir.resolve(NAME + ".yaml");
        Files.writeString(file, """
                name: car-t-short
                description: "Axi-cel, high tumour burden, first five days."
                trigger:
                  type: car-t
                  product: axi-cel
                  tumour_burden: high
                duration: 5 d
                """);
        return file;
    }
}
