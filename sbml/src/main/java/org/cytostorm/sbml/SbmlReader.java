package org.cytostorm.sbml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.cytostorm.engine.io.ModelReader;
import org.cytostorm.engine.model.Model;

/** Registers SBML with {@link org.cytostorm.engine.io.ModelReaders}. */
public final class SbmlReader implements ModelReader {

    @Override
    public String formatName() {
        return "SBML";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("xml", "sbml");
    }

    @Override
    public Model read(Path file) throws IOException {
        return SbmlImporter.read(file);
    }
}
