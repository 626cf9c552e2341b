package org.cytostorm.physiology.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.input.Names;
import org.cytostorm.common.io.Resources;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.physiology.treat.Protocol;

/**
 * The care protocols a patient model offers: the built-in ones (YAML resources
 * {@code protocols/<name>.yaml} beside this class, listed in {@code protocols/index.txt}, written in
 * the scenario file's {@code treatments:} syntax, so a user's own protocol looks the same), each
 * read and checked against that model when first named, and a user's protocol files
 * ({@link ProtocolReader}).
 * Immutable and thread-safe.
 */
public final class ProtocolLibrary {
    private static final String DIR = "protocols/";

    private final PatientModel model;
    private final List<String> names;
    /** Built-in protocols read so far: each is read against the model when first named. */
    private final Map<String, Protocol> read = new ConcurrentHashMap<>();

    private ProtocolLibrary(PatientModel model, List<String> names) {
        this.model = model;
        this.names = List.copyOf(names);
    }

    /** The built-in protocols, read against {@code model} (its drugs' targets and variables). */
    public static ProtocolLibrary of(PatientModel model) {
        if (model == PatientModel.standard()) {
            return standard();
        }
        return load(model);
    }

    /** The built-in protocols of the standard model (read once, shared). */
    public static ProtocolLibrary standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ProtocolLibrary STANDARD = load(PatientModel.standard());
    }

    private static ProtocolLibrary load(PatientModel model) {
        return new ProtocolLibrary(model, index());
    }

    /** The model the protocols were read against. */
    public PatientModel model() {
        return model;
    }

    /** The built-in protocol names, in index order. */
    public List<String> names() {
        return names;
    }

    /**
     * The built-in protocol {@code name}.
     *
     * @throws IllegalArgumentException listing the names when there is none of that name
     */
    public Protocol named(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException("no built-in protocol '" + name + "'; " + Names.didYouMean(name, names())
                    + "protocols: " + String.join(", ", names()) + " (or a protocol file, .yaml)");
        }
        return read.computeIfAbsent(name, n -> new ProtocolReader(model).read(resource(DIR + n + ".yaml"),
                DIR + n + ".yaml", null, "built-in"));
    }

    /**
     * A protocol by what a user wrote: an existing {@code .yaml}/{@code .yml} file (relative to
     * {@code directory}, or the working directory when null) or a built-in name.
     *
     * @throws IllegalArgumentException for a name that is neither, listing the built-in ones
     * @throws InputException           for a protocol file that cannot be used (file, line, key)
     */
    public Protocol resolve(String nameOrFile, Path directory) {
        if (isFileName(nameOrFile)) {
            Path file = directory == null ? Path.of(nameOrFile) : directory.resolve(nameOrFile);
            if (!Files.isRegularFile(file)) {
                throw new InputException(nameOrFile, 0, "", "no such protocol file");
            }
            return new ProtocolReader(model).read(file);
        }
        return named(nameOrFile);
    }

    /** True for a name that ends like a YAML file. */
    static boolean isFileName(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            return false;
        }
        try {
            Path.of(s);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static List<String> index() {
        return resource(DIR + "index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String resource(String path) {
        return Resources.text(ProtocolLibrary.class, path);
    }
}
