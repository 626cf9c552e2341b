package org.cytostorm.cohort.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cytostorm.cohort.trial.TrialSource;
import org.cytostorm.common.distribute.BatchTask;

/**
 * One batch of a trial, run on a cluster executor: reads the spec from its text, simulates the
 * batch's patients in index order through {@link TrialPatient} and returns the batch's Parquet file,
 * the very file {@link TrialRunner} writes for that batch on this machine. As every patient is a
 * pure function of (spec, seed, index), a retried or duplicated attempt returns the same rows.
 *
 * @param source    the spec, as text
 * @param seed      the trial's seed
 * @param patients  the trial's patient count (the last batch may be short)
 * @param batchSize patients per batch
 */
public record TrialBatchTask(TrialSource source, long seed, long patients, int batchSize) implements BatchTask {

    private static final long serialVersionUID = 1L;

    @Override
    public byte[] run(long batch) throws IOException {
        PreparedTrials.Prepared trial = PreparedTrials.of(source, seed);
        long first = batch * batchSize;
        long end = Math.min(patients, first + batchSize);
        if (first < 0 || first >= end) {
            throw new IllegalArgumentException("batch " + batch + " is outside a trial of " + patients + " patients");
        }
        List<PatientResult> rows = new ArrayList<>();
        for (long p = first; p < end; p++) {
            rows.addAll(trial.patient().simulate(p));
        }
        Path dir = Files.createTempDirectory("cytostorm-batch-");
        Path file = TrialRunner.batchFile(dir, batch);
        try {
            trial.rows().write(rows, file);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
