package org.cytostorm.sbml;

import java.io.IOException;
import java.nio.file.Path;
import org.cytostorm.engine.model.Model;

/** Reads SBML Level 2 and 3 into the engine's {@link Model}. */
public final class SbmlImporter {

    private SbmlImporter() {
    }

    /** Reads an SBML file. */
    public static Model read(Path file) throws IOException {
        throw new UnsupportedOperationException("SBML import is being written");
    }

    /** Reads SBML from text; {@code sourceName} names it in messages. */
    public static Model read(String xml, String sourceName) {
        throw new UnsupportedOperationException("SBML import is being written");
    }
}
