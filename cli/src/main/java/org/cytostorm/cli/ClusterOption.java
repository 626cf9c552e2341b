package org.cytostorm.cli;

import java.util.Optional;

import org.cytostorm.common.distribute.Cluster;
import org.cytostorm.common.distribute.Clusters;
import picocli.CommandLine.Option;

/**
 * {@code --spark [MASTER]}: the patients run on a Spark cluster instead of this machine's threads,
 * with the same results. The Spark module is found at run time (a
 * {@link org.cytostorm.common.distribute.ClusterProvider} on the class path), so the tool builds
 * and runs without Spark, and says how to get it when asked for it.
 */
final class ClusterOption {

    /** What a user lacking the module is told. */
    static final String ABSENT = "run './cytostorm' from the repository (it adds the spark module when --spark is given)"
            + " or submit spark/target/cytostorm-spark.jar with spark-submit (docs/spark.md)";

    @Option(names = "--spark", paramLabel = "MASTER", arity = "0..1", fallbackValue = "",
            description = "run the patients on Spark: local[N], spark://HOST:7077, yarn, k8s://URL; without MASTER,"
                    + " the one spark-submit was given (docs/spark.md). Results are those of a local run")
    private String master;

    /** Whether {@code --spark} was given. */
    boolean requested() {
        return master != null;
    }

    /** A connection to the cluster, if {@code --spark} was given; the caller closes it. */
    Optional<Cluster> connect(String application) {
        return master == null ? Optional.empty() : Optional.of(Clusters.connect("spark", master, application, ABSENT));
    }
}
