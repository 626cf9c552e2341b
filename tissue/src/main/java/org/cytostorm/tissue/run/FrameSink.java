package org.cytostorm.tissue.run;

import java.io.IOException;
import org.cytostorm.tissue.sim.Snapshot;

/**
 * Where frames go: a file per frame, named by the sink; or nowhere. A sink may keep the snapshot
 * and draw the file later (when the colour scale of the whole run is known); whatever it keeps must
 * survive a kill, since a resumed run hands over only the frames after its checkpoint.
 */
@FunctionalInterface
public interface FrameSink {
    FrameSink NONE = (snapshot, index) -> null;

    /**
     * Writes or keeps frame {@code index}; returns the name of its file (written now or when the run
     * ends), or null when there will be none.
     */
    String write(Snapshot snapshot, int index) throws IOException;
}
