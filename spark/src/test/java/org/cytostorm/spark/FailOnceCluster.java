package org.cytostorm.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.TaskContext;
import org.cytostorm.common.distribute.BatchSink;
import org.cytostorm.common.distribute.BatchTask;
import org.cytostorm.common.distribute.Cluster;

/**
 * A cluster whose task for one batch fails on its first attempt: the attempt creates a marker file
 * and throws, as an executor lost midway would; Spark's retry finds the marker and computes the
 * batch. The marker records the attempt that succeeded, so the test can check that a retry ran.
 */
final class FailOnceCluster implements Cluster {

    private final Cluster inner;
    private final long batch;
    private final Path marker;

    FailOnceCluster(Cluster inner, long batch, Path marker) {
        this.inner = inner;
        this.batch = batch;
        this.marker = marker;
    }

    @Override
    public String describe() {
        return inner.describe() + ", batch " + batch + " failing once";
    }

    @Override
    public void run(BatchTask task, List<Long> batches, BatchSink sink) throws IOException {
        inner.run(new FailOnce(task, batch, marker.toString()), batches, sink);
    }

    @Override
    public void close() {
        inner.close();
    }

    /** The task, failing on the first attempt at one batch (midway: after its patients ran). */
    record FailOnce(BatchTask task, long failing, String marker) implements BatchTask {

        private static final long serialVersionUID = 1L;

        @Override
        public byte[] run(long b) throws IOException {
            byte[] result = task.run(b);
            if (b == failing) {
                Path m = Path.of(marker);
                int attempt = TaskContext.get().attemptNumber();
                if (!Files.exists(m)) {
                    Files.writeString(m, "failed attempt " + attempt + "\n");
                    throw new IOException("injected failure of batch " + b + ", attempt " + attempt);
                }
                Files.writeString(m, Files.readString(m) + "succeeded attempt " + attempt + "\n");
            }
            return result;
        }
    }
}
