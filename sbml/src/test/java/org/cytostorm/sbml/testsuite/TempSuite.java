package org.cytostorm.sbml.testsuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.cytostorm.engine.text.AntimonyParser;

/**
 * A small suite folder made on the fly: index.csv and cases/NNNNN/ whose "SBML" file holds a model
 * in the text format, read by {@link #LOADER} (so the runner can be tested without the importer).
 */
final class TempSuite {

    static final CaseRunner.ModelLoader LOADER = file -> AntimonyParser.parse(Files.readString(file), file.toString());

    private final Path dir;
    private final List<String> index = new ArrayList<>();

    TempSuite(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve("cases"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /** One column: a variable name and its expected values as a function of time. */
    record Col(String name, DoubleUnaryOperator f) {
    }

    /**
     * Adds a case: the model text, settings lines (amount/concentration lists), expected columns
     * over [0, duration] in {@code steps} steps.
     */
    SuiteCase add(int number, String tier, String model, double duration, int steps, String amount,
                  String concentration, Col... cols) {
        String id = String.format(Locale.ROOT, "%05d", number);
        Path c = dir.resolve("cases").resolve(id);
        List<String> names = new ArrayList<>();
        for (Col col : cols) {
            names.add(col.name());
        }
        StringBuilder settings = new StringBuilder();
        settings.append("start: 0\nduration: ").append(duration).append("\nsteps: ").append(steps)
                .append("\nvariables: ").append(String.join(", ", names))
                .append("\nabsolute: 1e-9\nrelative: 0.0001\namount: ").append(amount)
                .append("\nconcentration: ").append(concentration).append('\n');
        StringBuilder results = new StringBuilder("time," + String.join(",", names) + "\n");
        for (int i = 0; i <= steps; i++) {
            double t = duration * i / steps;
            results.append(t);
            for (Col col : cols) {
                results.append(',').append(col.f().applyAsDouble(t));
            }
            results.append('\n');
        }
        try {
            Files.createDirectories(c);
            Files.writeString(c.resolve(id + "-settings.txt"), settings);
            Files.writeString(c.resolve(id + "-results.csv"), results);
            Files.writeString(c.resolve(id + "-sbml-l3v2.xml"), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index.add(id + ",Compartment;Species,Amount," + tier);
        return new SuiteCase(id, tier, List.of("Compartment", "Species"), List.of("Amount"), c);
    }

    /** Writes index.csv and reads the suite back. */
    SuiteIndex write() throws IOException {
        Files.writeString(dir.resolve("index.csv"), "case,componentTags,testTags,tier\n" + String.join("\n", index)
                + "\n");
        return SuiteIndex.read(dir);
    }

    /** Decay in a compartment of size 2: S (concentration, 3 at 0) and X (amount only, 4 at 0), both at rate 1. */
    static final String DECAY = """
            model decay
              compartment c = 2
              species S in c = 3
              substanceOnly species X in c = 4
              J1: S => ; c*k*S
              J2: X => ; k*X
              k = 1
            end
            """;
}
