package org.cytostorm.cohort.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.trial.TrialSource;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.distribute.BatchSink;
import org.cytostorm.common.distribute.BatchTask;
import org.cytostorm.common.distribute.Cluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trial run through a {@link Cluster} writes the threads' patients.parquet, without Spark: a
 * cluster in this JVM that ships each task as a cluster would (Java serialization, so the task
 * must be a recipe of texts and numbers), runs the batches in reverse order and keeps which it was
 * asked for. The Spark runs themselves are the spark module's tests.
 */
class ClusterTrialRunnerTest {

    @TempDir
    Path dir;

    /** Runs each batch on a deserialized copy of the task, last batch first. */
    static final class InProcessCluster implements Cluster {
        final List<Long> asked = new ArrayList<>();

        @Override
        public String describe() {
            return "in-process";
        }

        @Override
        public void run(BatchTask task, List<Long> batches, BatchSink sink) throws IOException {
            asked.addAll(batches);
            for (int i = batches.size() - 1; i >= 0; i--) {
                sink.accept(batches.get(i), shipped(task).run(batches.get(i)));
            }
        }

        @Override
        public void close() {
        }

        private static BatchTask shipped(BatchTask task) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(task);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (BatchTask) in.readObject();
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }
    }

    @Test
    void aClusterRunWritesTheThreadsFileAndResumesWithTheMissingBatchesOnly() throws IOException {
        // GIVEN the reproducibility test's trial (9 patients, batches of 2) run on threads
        TrialSpecReader reader = TrialSpecReader.standard();
        TrialSource source = TrialSource.trial(TrialReproducibilityTest.SPEC, "repro.yaml", null);
        TrialSpec spec = source.read(reader);
        TrialJob.Options options = new TrialJob.Options(spec, source.text(), null, TrialReproducibilityTest.PATIENTS,
                TrialReproducibilityTest.SEED, 2, Shard.ALL, TrialReproducibilityTest.BATCH);
        TrialJob job = new TrialJob(reader.simulator(), TrialJob.outputs());
        job.run(options, dir.resolve("threads"), "threads", (d, t) -> { }, null);

        // WHEN it runs on the cluster, once whole and once after batches 0 and 3 were committed
        InProcessCluster whole = new InProcessCluster();
        job.onCluster(whole, source).run(options, dir.resolve("cluster"), "cluster", (d, t) -> { }, null);
        Path partial = dir.resolve(".resumed.partial").resolve("batches");
        Files.createDirectories(partial);
        for (long b : List.of(0L, 3L)) {
            Files.write(TrialRunner.batchFile(partial, b), new TrialBatchTask(source, TrialReproducibilityTest.SEED,
                    TrialReproducibilityTest.PATIENTS, TrialReproducibilityTest.BATCH).run(b));
        }
        InProcessCluster resumed = new InProcessCluster();
        List<Path> files = new ClusterTrialRunner(resumed, TrialReproducibilityTest.BATCH).run(
                TrialReproducibilityTest.PATIENTS, Shard.ALL, new TrialBatchTask(source, TrialReproducibilityTest.SEED,
                        TrialReproducibilityTest.PATIENTS, TrialReproducibilityTest.BATCH), partial, (d, t) -> { });

        // THEN the files are the threads' and the resumed run asked only for the missing batches
        assertArrayEquals(Files.readAllBytes(dir.resolve("threads").resolve(TrialJob.PATIENTS)),
                Files.readAllBytes(dir.resolve("cluster").resolve(TrialJob.PATIENTS)));
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), whole.asked);
        assertEquals(List.of(1L, 2L, 4L), resumed.asked);
        assertEquals(5, files.size());
        for (Path f : files) {
            assertTrue(Files.isRegularFile(f), f.toString());
        }
    }

    @Test
    void aBatchOutsideTheTrialIsRefused() {
        TrialSource source = TrialSource.trial(TrialReproducibilityTest.SPEC, "repro.yaml", null);
        TrialBatchTask task = new TrialBatchTask(source, 1, 9, 2);
        assertThrows(IllegalArgumentException.class, () -> task.run(5));
    }
}
