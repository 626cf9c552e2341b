package org.cytostorm.common.distribute;

import java.io.IOException;
import java.util.List;

/**
 * A connection to a cluster that runs batches on its executors. The cluster, not the caller,
 * retries a failed attempt of a batch; whatever the attempts, each batch's result reaches the sink
 * exactly once, so that no batch is lost or counted twice.
 */
public interface Cluster extends AutoCloseable {

    /** What the cluster is, for the first line of a run ({@code spark local[2]}). */
    String describe();

    /**
     * Runs {@code task} on each of {@code batches} and hands every result to {@code sink} as it
     * arrives; returns when all have arrived.
     *
     * @throws IOException when a batch failed on every attempt the cluster allows (the message
     *                     says which and why), or when the sink failed
     */
    void run(BatchTask task, List<Long> batches, BatchSink sink) throws IOException;

    /** Disconnects (stops the cluster context this connection started). */
    @Override
    void close();
}
