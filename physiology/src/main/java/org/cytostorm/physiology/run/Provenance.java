package org.cytostorm.physiology.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.cytostorm.common.build.BuildInfo;
import org.cytostorm.engine.solve.SolverOptions;

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
 * @param replaced for each user setting of a table parameter, the value it replaced
 * @param solver   the solver options the run was integrated with (method asked for, tolerances,
 *                 step limits)
 */
public record Provenance(BuildInfo build, String model, String digest, OptionalLong seed, List<String> warnings,
        Map<String, Double> replaced, SolverOptions solver) {

    public Provenance {
        warnings = List.copyOf(warnings);
        replaced = Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
    }
}
