package org.cytostorm.cohort.trial;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * Where a trial or cohort spec came from, as text: what a cluster executor needs to read the very
 * spec the command read (a {@link TrialSpec} holds a compiled model's conditions and is not
 * shipped). The executor reads it with its own {@link TrialSpecReader}; a spec naming other files
 * (a scenario, a population) needs them at {@code directory} on the executor too.
 *
 * @param cohort    a cohort spec (no arms), read by {@link TrialSpecReader#readCohort}; otherwise a trial's
 * @param text      the spec's YAML
 * @param file      the spec's name in messages (a path, or {@code builtin/NAME.yaml})
 * @param directory where the spec's relative file names are found (absolute), or null for none
 */
public record TrialSource(boolean cohort, String text, String file, String directory) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A trial spec's text, read from {@code file} in {@code directory} (or null). */
    public static TrialSource trial(String text, String file, Path directory) {
        return new TrialSource(false, text, file, directory == null ? null : directory.toString());
    }

    /** A cohort spec's text, read from {@code file} in {@code directory} (or null). */
    public static TrialSource cohort(String text, String file, Path directory) {
        return new TrialSource(true, text, file, directory == null ? null : directory.toString());
    }

    /** The spec, read and checked by {@code reader}. */
    public TrialSpec read(TrialSpecReader reader) {
        Path dir = directory == null ? null : Path.of(directory);
        return cohort ? reader.readCohort(text, file, dir) : reader.read(text, file, dir);
    }

    /** Where the spec's relative file names are found, or null. */
    public Path directoryPath() {
        return directory == null ? null : Path.of(directory);
    }
}
