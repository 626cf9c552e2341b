package org.cytostorm.spark;

import java.io.IOException;
import java.util.List;

import org.cytostorm.common.distribute.BatchSink;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The driver's side of a job: Spark calls it once per partition whose task succeeded (whatever the
 * attempts before), one call at a time, and it hands the batch's result to the sink. A sink that
 * fails (a full disk) is remembered, and the job is failed by throwing, so that the caller reports
 * the sink's own error rather than Spark's wrapper.
 */
final class HandResult extends AbstractFunction2<Object, byte[], BoxedUnit> {

    private final List<Long> batches;
    private final BatchSink sink;
    private IOException failure;

    /** @param batches the batch of each partition, by partition index */
    HandResult(List<Long> batches, BatchSink sink) {
        this.batches = List.copyOf(batches);
        this.sink = sink;
    }

    @Override
    public BoxedUnit apply(Object partition, byte[] result) {
        long batch = batches.get((Integer) partition);
        try {
            sink.accept(batch, result);
        } catch (IOException e) {
            failure = e;
            throw new IllegalStateException("could not keep batch " + batch + ": " + e.getMessage(), e);
        }
        return BoxedUnit.UNIT;
    }

    /** The sink's failure, if it failed. */
    IOException failure() {
        return failure;
    }

    /** The batch of partition {@code partition}. */
    long batchOf(int partition) {
        return batches.get(partition);
    }
}
