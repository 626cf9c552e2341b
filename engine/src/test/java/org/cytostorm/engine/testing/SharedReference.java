package org.cytostorm.engine.testing;

import java.nio.file.Path;
import org.cytostorm.engine.io.ReferenceData;

/** The reference data the engine's tests read (see {@link ReferenceData}). */
public final class SharedReference {

    private SharedReference() {
    }

    public static Path path(String relative) {
        return ReferenceData.path(relative);
    }

    public static Path reynoldsDir() {
        return path("biomodels/BIOMD0000000714_reynolds2006");
    }
}
