package org.cytostorm.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.cytostorm.engine.model.Model;

/** Reads a model file with the reader registered for its extension. */
public final class ModelReaders {

    private ModelReaders() {
    }

    /** All readers on the class path. */
    public static List<ModelReader> available() {
        List<ModelReader> out = new ArrayList<>();
        ServiceLoader.load(ModelReader.class, ModelReaders.class.getClassLoader()).forEach(out::add);
        return out;
    }

    public static Model read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such model file");
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        TreeSet<String> known = new TreeSet<>();
        for (ModelReader r : available()) {
            if (r.extensions().contains(ext)) {
                return r.read(file);
            }
            r.extensions().forEach(e -> known.add("." + e));
        }
        throw new IllegalArgumentException(file + ": cannot tell the model format from the extension '"
                + (ext.isEmpty() ? "(none)" : "." + ext) + "'; known extensions: " + String.join(", ", known));
    }
}
