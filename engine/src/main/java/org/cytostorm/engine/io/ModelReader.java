package org.cytostorm.engine.io;

import java.io.IOException;
import java.nio.file.Path;
import org.cytostorm.engine.model.Model;

/**
 * Reads one model file format. Implementations register as {@link java.util.ServiceLoader}
 * services ({@code META-INF/services/org.cytostorm.engine.io.ModelReader}), so a module on the
 * class path (the SBML importer, say) adds its format without the engine knowing it.
 */
public interface ModelReader {

    /** The format's name for messages ("text format", "SBML"). */
    String formatName();

    /** The file name extensions this reader takes, lower case without the dot. */
    java.util.Set<String> extensions();

    /**
     * Reads a model.
     *
     * @throws IOException when the file cannot be read
     * @throws RuntimeException with file, line and field in the message when the content is invalid
     */
    Model read(Path file) throws IOException;
}
