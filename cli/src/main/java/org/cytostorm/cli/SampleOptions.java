package org.cytostorm.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --seed S [--patient K]}: draw one virtual patient's fate from the run's survival curve.
 * The fate is a pure function of the run, the seed and the patient index, so the same command
 * always prints the same fate; without {@code --seed} nothing is drawn.
 */
final class SampleOptions {

    @Option(names = "--seed", paramLabel = "S",
            description = "draw a sampled outcome (death or survival) with this random seed, and record it")
    Long seed;

    @Option(names = "--patient", paramLabel = "K",
            description = "patient index of the sampled outcome, 0 or more (default: 0; needs --seed)")
    Long patient;

    /** One draw asked for. */
    record Draw(long seed, long patient) {
    }

    /**
     * The draw asked for, or empty without {@code --seed}.
     *
     * @throws IllegalArgumentException naming the option, for {@code --patient} without {@code
     *                                  --seed} or a negative index (bad input, exit 2, like the
     *                                  other patient options)
     */
    Optional<Draw> draw() {
        if (patient != null && seed == null) {
            throw new IllegalArgumentException("--patient needs --seed: give the seed of the draw");
        }
        if (patient != null && patient < 0) {
            throw new IllegalArgumentException("--patient must be 0 or more, not " + patient);
        }
        return seed == null ? Optional.empty() : Optional.of(new Draw(seed, patient == null ? 0 : patient));
    }
}
