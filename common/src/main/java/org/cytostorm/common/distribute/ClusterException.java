package org.cytostorm.common.distribute;

/**
 * A cluster could not finish a run: a batch failed on every attempt the cluster allows, or the
 * cluster went away. The message says which batch and why, in one line.
 */
public final class ClusterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
