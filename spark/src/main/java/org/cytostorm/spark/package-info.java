/**
 * The trial and cohort runs on Apache Spark: a {@link org.cytostorm.common.distribute.ClusterProvider}
 * named {@code spark}, found by the command-line tool when this module is on the class path, that runs
 * each batch of patients as one Spark task and hands its Parquet file back to the driver. Holds no
 * science: the batches are the cohort module's, computed by its runner.
 */
package org.cytostorm.spark;
