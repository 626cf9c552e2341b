package org.cytostorm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.report.OutputDirectories;
import picocli.CommandLine.Option;

/** Where a patient command writes its files: {@code --out DIR} or {@code --no-files} (shared by run and compare). */
final class OutputOptions {

    /** Where the files go when neither --out nor --no-files is given: {@value}/&lt;name&gt;. */
    static final String DEFAULT_OUT = "cytostorm-out";

    @Option(names = "--out", paramLabel = "DIR",
            description = "directory for the output files (default: " + DEFAULT_OUT + "/<scenario name>)")
    Path out;

    @Option(names = "--no-files", description = "print the summary only; write no files")
    boolean noFiles;

    /**
     * The directory to write to, {@code DEFAULT_OUT/defaultName} when none was given, or empty for
     * {@code --no-files}.
     *
     * @throws IllegalArgumentException when both options are given
     */
    Optional<Path> directory(String defaultName) {
        if (noFiles && out != null) {
            throw new IllegalArgumentException("--out and --no-files exclude each other");
        }
        return noFiles ? Optional.empty() : Optional.of(out != null ? out : Path.of(DEFAULT_OUT, defaultName));
    }

    /**
     * Opens the output directory ({@link OutputDirectories#open}), or empty for {@code --no-files}.
     * Called before the simulation, so that a directory that cannot take the files is refused
     * before any work, with a message naming {@code --out}.
     *
     * @throws org.cytostorm.common.input.InputException when the directory cannot hold outputs
     */
    Optional<OutputSet> open(String defaultName) throws IOException {
        Optional<Path> dir = directory(defaultName);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        String label = out != null ? "--out " + out : dir.get().toString();
        return Optional.of(OutputDirectories.open(dir.get(), label));
    }
}
