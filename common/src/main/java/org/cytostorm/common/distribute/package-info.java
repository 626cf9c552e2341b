/**
 * Running batches of work beyond this JVM's threads: a {@link org.cytostorm.common.distribute.Cluster}
 * (found at run time through {@link org.cytostorm.common.distribute.ClusterProvider}, so that no
 * module below the one that implements it depends on a cluster framework) runs a serializable
 * {@link org.cytostorm.common.distribute.BatchTask} on each batch number on its executors and hands
 * each batch's result back to the caller, who writes it where a local run would have.
 */
package org.cytostorm.common.distribute;
