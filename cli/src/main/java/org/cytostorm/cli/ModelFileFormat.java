package org.cytostorm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.text.AntimonyWriter;

/** The format of a model file to write, told by its extension, and writing the text format (convert and export). */
enum ModelFileFormat {
    /** The text format (Antimony subset): .ant, .txt, .antimony. */
    TEXT(Set.of("ant", "txt", "antimony")),
    /** SBML Level 3 Version 2: .xml, .sbml. */
    SBML(Set.of("xml", "sbml"));

    private final Set<String> extensions;

    ModelFileFormat(Set<String> extensions) {
        this.extensions = extensions;
    }

    /**
     * Writes a model in the text format, whole or not at all; a model the text format cannot hold
     * is reported naming the file.
     */
    static void writeText(Model model, Path file) throws IOException {
        String text;
        try {
            text = AntimonyWriter.write(model);
        } catch (ModelException e) {
            throw new ModelException(e.problem(), e.elementId(), file + ": " + e.getMessage());
        }
        AtomicFiles.writeString(file, text);
    }

    /**
     * The format of {@code file}.
     *
     * @throws IllegalArgumentException naming the file when the extension says neither
     */
    static ModelFileFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ModelFileFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException(file + ": cannot tell the output format from the extension '"
                + (ext.isEmpty() ? "(none)" : "." + ext) + "'; use .ant, .txt or .antimony for the text format,"
                + " .xml or .sbml for SBML");
    }
}
