package org.cytostorm.tissue.sim;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A checkpoint that cannot be resumed from: empty, cut short, damaged, of another version or of
 * other settings. Names the file and the problem, so the caller can say how to start over.
 */
public final class CheckpointException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    CheckpointException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    /** The checkpoint file. */
    public Path file() {
        return file;
    }

    /** What is wrong with it, without the file name. */
    public String problem() {
        return problem;
    }
}
