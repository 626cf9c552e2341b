package org.cytostorm.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.report.patient.ComparisonOutputs;
import org.cytostorm.report.patient.RunOutputs;
import org.cytostorm.report.tissue.TissueOutputs;

/**
 * What an output directory of any cytostorm command may hold, and opening one. One list for all
 * commands, so that a directory that held a run may take a comparison or a tissue run (the old set
 * is replaced whole), while a directory holding anything else is refused rather than emptied.
 */
public final class OutputDirectories {
    /** The names run, compare, tissue, trial, sensitivity and calibrate write at the top of their output directory. */
    public static final Set<String> NAMES = union(RunOutputs.NAMES, ComparisonOutputs.NAMES, TissueOutputs.NAMES,
            org.cytostorm.cohort.TrialJob.outputs(), org.cytostorm.sensitivity.run.SensitivityJob.outputs(),
            org.cytostorm.cohort.calibration.CalibrationFiles.outputs());

    private OutputDirectories() {
    }

    /**
     * Opens {@code dir} for a new set of outputs ({@link OutputSet#open}), before any work is done.
     *
     * @param label how messages name the directory, for example {@code --out results/a}
     * @throws org.cytostorm.common.input.InputException when the directory cannot hold outputs
     */
    public static OutputSet open(Path dir, String label) throws IOException {
        return OutputSet.open(dir, label, NAMES);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
