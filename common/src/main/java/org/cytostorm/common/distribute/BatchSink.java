package org.cytostorm.common.distribute;

import java.io.IOException;

/**
 * Receives each batch's result on the calling JVM, once per batch and one batch at a time, as
 * the batches finish (in no particular order).
 */
@FunctionalInterface
public interface BatchSink {

    void accept(long batch, byte[] result) throws IOException;
}
