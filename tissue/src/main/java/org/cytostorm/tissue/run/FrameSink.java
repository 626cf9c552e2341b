package org.cytostorm.tissue.run;

import java.io.IOException;
import org.cytostorm.tissue.sim.Snapshot;

/** Where frames go: a file per frame, named by the sink; or nowhere. */
@FunctionalInterface
public interface FrameSink {
    FrameSink NONE = (snapshot, index) -> null;

    /** Writes frame {@code index}; returns its file name, or null when nothing was written. */
    String write(Snapshot snapshot, int index) throws IOException;
}
