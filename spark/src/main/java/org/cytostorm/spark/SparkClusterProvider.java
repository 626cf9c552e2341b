package org.cytostorm.spark;

import org.cytostorm.common.distribute.Cluster;
import org.cytostorm.common.distribute.ClusterProvider;

/** {@code --spark MASTER}: runs batches on a Spark cluster (registered in META-INF/services). */
public final class SparkClusterProvider implements ClusterProvider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Cluster connect(String master, String application) {
        return SparkCluster.start(master, application);
    }
}
