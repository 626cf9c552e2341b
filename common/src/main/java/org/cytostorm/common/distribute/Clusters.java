package org.cytostorm.common.distribute;

import java.util.ServiceLoader;

/** Finds the provider of a kind of cluster among the modules on the class path. */
public final class Clusters {

    private Clusters() {
    }

    /**
     * Connects through the provider named {@code name} to {@code master}.
     *
     * @param absent what to tell a user whose class path lacks the provider (which launcher or jar
     *               brings it)
     * @throws IllegalArgumentException when no provider of that name is on the class path
     */
    public static Cluster connect(String name, String master, String application, String absent) {
        for (ClusterProvider p : ServiceLoader.load(ClusterProvider.class)) {
            if (p.name().equals(name)) {
                return p.connect(master, application);
            }
        }
        throw new IllegalArgumentException("--" + name + ": the " + name + " module is not on the class path; " + absent);
    }
}
