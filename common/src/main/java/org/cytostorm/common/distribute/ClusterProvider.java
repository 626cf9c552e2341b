package org.cytostorm.common.distribute;

/**
 * A kind of cluster, found through {@link java.util.ServiceLoader} when its module is on the class
 * path ({@code META-INF/services/org.cytostorm.common.distribute.ClusterProvider}): the command-line
 * tool offers {@code --spark MASTER} without a compile-time dependency on Spark.
 */
public interface ClusterProvider {

    /** The option that selects it, without dashes ({@code spark}). */
    String name();

    /**
     * Connects to the cluster at {@code master} (for Spark: {@code local[2]}, {@code spark://host:7077},
     * {@code yarn}, {@code k8s://https://host:443}).
     *
     * @param application the name the cluster shows for this run
     * @throws IllegalArgumentException when {@code master} is not a master this provider can reach
     */
    Cluster connect(String master, String application);
}
