package org.cytostorm.engine.text;

import java.nio.file.Path;
import org.cytostorm.engine.io.ReferenceData;

/** Files of the shared reference data the text-format tests read (see {@link ReferenceData}). */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    static Path repositoryRoot() {
        return ReferenceData.repositoryRoot();
    }

    static Path reference(String relative) {
        return ReferenceData.path(relative);
    }

    static final String REYNOLDS =
            "biomodels/BIOMD0000000714_reynolds2006/BIOMD0000000714_tellurium_A_reduced_mathematical_model_o.ant";
}
