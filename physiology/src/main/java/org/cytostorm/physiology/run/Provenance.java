package org.cytostorm.physiology.run;

import java.util.List;
import java.util.OptionalLong;
import org.cytostorm.common.build.BuildInfo;

/**
 * What produced a run besides its scenario: the cytostorm build, the patient model and the seed,
 * and the warnings the inputs drew (values outside a parameter's plausible range, accepted).
 * Recorded in every output, so a result can be traced and repeated.
 *
 * @param build    the cytostorm version and commit
 * @param model    the patient model's name ({@code standard} for the one that ships)
 * @param digest   the first 12 hex digits of the SHA-256 of the model's text, or {@code none} for a
 *                 model read from SBML
 * @param seed     the random seed, where the run used one (a single patient run does not)
 * @param warnings the warnings about the inputs, one line each
 */
public record Provenance(BuildInfo build, String model, String digest, OptionalLong seed, List<String> warnings) {

    public Provenance {
        warnings = List.copyOf(warnings);
    }
}
