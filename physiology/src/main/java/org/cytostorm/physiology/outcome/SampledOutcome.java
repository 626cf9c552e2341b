package org.cytostorm.physiology.outcome;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One virtual patient's fate, drawn from the survival curve of a run ({@link Outcome#sample}): the
 * same run, seed and patient index always give the same fate. The seed and patient are part of
 * the value, so that every printed or recorded fate says how to draw it again.
 */
public sealed interface SampledOutcome permits SampledOutcome.Died, SampledOutcome.Alive {

    /** The seed of the draw. */
    long seed();

    /** The patient index of the draw (the entity of {@link org.cytostorm.common.random.KeyedRandom}). */
    long patient();

    /** The fate in words: {@code died on day 12.4 (respiratory, cardiovascular)} or {@code alive at day 28}. */
    String describe();

    /**
     * Died.
     *
     * @param timeH  time of death, hours
     * @param causes the failing organ systems at that time, in {@link OrganSystem} order, at least one
     */
    record Died(long seed, long patient, double timeH, List<OrganSystem> causes) implements SampledOutcome {

        public Died {
            causes = List.copyOf(causes);
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "died on day %.1f (%s)", timeH / 24,
                    causes.stream().map(OrganSystem::key).collect(Collectors.joining(", ")));
        }
    }

    /**
     * Alive at the end of the run.
     *
     * @param untilH the end of the run, hours
     */
    record Alive(long seed, long patient, double untilH) implements SampledOutcome {

        @Override
        public String describe() {
            double day = untilH / 24;
            return day == Math.rint(day) ? String.format(Locale.ROOT, "alive at day %d", (long) day)
                    : String.format(Locale.ROOT, "alive at day %.1f", day);
        }
    }
}
