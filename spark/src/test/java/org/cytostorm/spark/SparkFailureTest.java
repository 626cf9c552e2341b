package org.cytostorm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.run.Shard;
import org.cytostorm.cohort.trial.TrialSource;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.distribute.BatchSink;
import org.cytostorm.common.distribute.BatchTask;
import org.cytostorm.common.distribute.Cluster;
import org.cytostorm.common.distribute.ClusterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch that fails on every attempt Spark allows stops the run with one line naming the batch and
 * the task's own message (no Spark wrapping, no stack trace), and the batches that finished stay
 * committed in the work folder, for a resumed run.
 */
class SparkFailureTest {

    @TempDir
    Path dir;

    /** The task, failing at one batch whatever the attempt. */
    record AlwaysFailing(BatchTask task, long failing) implements BatchTask {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] run(long b) throws IOException {
            if (b == failing) {
                throw new IOException("the executor's disk is full");
            }
            return task.run(b);
        }
    }

    @Test
    void aBatchFailingOnEveryAttemptStopsTheRunWithOneLineAndKeepsTheOthers() throws Exception {
        // GIVEN a 6-patient trial in batches of 2 whose batch 1 fails on both attempts Spark allows
        TrialSpecReader reader = TrialSpecReader.standard();
        TrialSource source = TrialSource.trial(SPEC, "small.yaml", null);
        TrialSpec spec = source.read(reader);
        Path out = dir.resolve("out");
        ClusterException e;
        try (Cluster spark = SparkCluster.start("local[1,2]", "cytostorm test")) {
            Cluster failing = new Cluster() {
                @Override
                public String describe() {
                    return spark.describe();
                }

                @Override
                public void run(BatchTask task, List<Long> batches, BatchSink sink) throws IOException {
                    spark.run(new AlwaysFailing(task, 1), batches, sink);
                }

                @Override
                public void close() {
                }
            };
            // WHEN the trial runs
            e = assertThrows(ClusterException.class, () -> new TrialJob(reader.simulator(), TrialJob.outputs())
                    .onCluster(failing, source).run(new TrialJob.Options(spec, SPEC, null, 6, 3, 1, Shard.ALL, 2), out,
                            "out", (d, t) -> { }, null));
        }
        // THEN
        assertEquals("spark: batch 1 failed on every attempt: the executor's disk is full", e.getMessage());
        assertFalse(Files.exists(out));
        Path batches = dir.resolve(".out.partial").resolve("batches");
        assertTrue(Files.isRegularFile(batches.resolve("batch-00000000.parquet")), "batch 0 ran first and stays");
        assertFalse(Files.exists(batches.resolve("batch-00000001.parquet")));
    }

    @Test
    void aMasterSparkCannotReadIsBadInput() {
        Cli r = Cli.run("trial", "car-t-axi-cel", "--patients", "2", "--spark", "nowhere:7077", "--out",
                dir.resolve("bad").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: --spark nowhere:7077: Spark could not start: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    static final String SPEC = """
            name: small
            scenario: car-t-axi-cel
            care: car-t-crs
            follow_up: 14 d
            enrolment: {at: 0 h}
            arms:
              - name: control
              - name: dexamethasone
                treatments:
                  - {drug: dexamethasone, dose: 10 mg, route: po, time: 0 h, interval: 24 h, additional: 2}
            """;
}
