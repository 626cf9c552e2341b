package org.cytostorm.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

import org.apache.spark.TaskContext;
import org.cytostorm.common.distribute.BatchTask;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * What a Spark task does with its partition, which holds one batch number: runs the batch and
 * returns its result. Shipped to the executors with the task inside it.
 */
final class RunBatch extends AbstractFunction2<TaskContext, Iterator<Long>, byte[]> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BatchTask task;

    RunBatch(BatchTask task) {
        this.task = task;
    }

    @Override
    public byte[] apply(TaskContext context, Iterator<Long> partition) {
        if (!partition.hasNext()) {
            throw new IllegalStateException("partition " + context.partitionId() + " holds no batch");
        }
        long batch = partition.next();
        try {
            return task.run(batch);
        } catch (IOException e) {
            // the driver names the batch (SparkCluster): the message stays the task's own
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
