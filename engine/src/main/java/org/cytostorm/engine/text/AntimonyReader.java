package org.cytostorm.engine.text;

import java.nio.file.Path;
import java.util.Set;
import org.cytostorm.engine.io.ModelReader;
import org.cytostorm.engine.model.Model;

/** Registers the text format with {@link org.cytostorm.engine.io.ModelReaders}. */
public final class AntimonyReader implements ModelReader {

    @Override
    public String formatName() {
        return "text format (Antimony subset)";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("ant", "antimony", "txt");
    }

    @Override
    public Model read(Path file) {
        return AntimonyParser.parse(file);
    }
}
