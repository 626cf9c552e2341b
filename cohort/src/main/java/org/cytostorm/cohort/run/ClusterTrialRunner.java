package org.cytostorm.cohort.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.cytostorm.common.distribute.BatchTask;
import org.cytostorm.common.distribute.Cluster;
import org.cytostorm.common.io.AtomicFiles;

/**
 * Runs a trial's batches on a cluster instead of this JVM's threads, into the same work directory
 * and the same batch files as {@link TrialRunner}: batches already committed there are skipped (a
 * run resumes whichever runner began it), the others are computed by {@link TrialBatchTask}s on the
 * cluster's executors and each returned file is committed here, whole or absent, as it arrives.
 * The cluster retries a failed attempt and hands over one result per batch, and a batch's file
 * is written by rename, so a batch is neither lost nor written twice.
 */
public final class ClusterTrialRunner {

    private final Cluster cluster;
    private final int batchSize;

    public ClusterTrialRunner(Cluster cluster, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one patient");
        }
        this.cluster = cluster;
        this.batchSize = batchSize;
    }

    /**
     * Computes the shard's batches not yet in {@code dir} with {@code task} on the cluster and
     * returns the shard's batch files, in order.
     */
    public List<Path> run(long patients, Shard shard, BatchTask task, Path dir, TrialRunner.Progress progress)
            throws IOException {
        Files.createDirectories(dir);
        List<Long> all = TrialRunner.batches(patients, batchSize, shard);
        List<Long> todo = new ArrayList<>();
        long total = 0;
        long done = 0;
        for (long b : all) {
            long n = size(patients, b);
            total += n;
            if (Files.isRegularFile(TrialRunner.batchFile(dir, b))) {
                done += n;
            } else {
                todo.add(b);
            }
        }
        long totalPatients = total;
        AtomicLong finished = new AtomicLong(done);
        progress.update(done, total);
        if (!todo.isEmpty()) {
            cluster.run(task, todo, (b, file) -> {
                AtomicFiles.writeBinary(TrialRunner.batchFile(dir, b), out -> out.write(file));
                progress.update(finished.addAndGet(size(patients, b)), totalPatients);
            });
        }
        List<Path> files = new ArrayList<>();
        for (long b : all) {
            files.add(TrialRunner.batchFile(dir, b));
        }
        return files;
    }

    private long size(long patients, long batch) {
        long first = batch * batchSize;
        return Math.min(patients, first + batchSize) - first;
    }
}
