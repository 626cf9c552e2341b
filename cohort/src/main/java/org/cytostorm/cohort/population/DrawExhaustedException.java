package org.cytostorm.cohort.population;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * No plausible draw of one patient within {@link Population#MAX_ATTEMPTS} attempts. A population
 * whose filter rejects every draw is refused when it is made ({@link Population#of}); this is the
 * rare patient of a population that accepts almost nothing, and a runner records it as a patient
 * that could not be drawn, with the counts of why.
 */
public final class DrawExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long index;
    private final int attempts;
    private final transient Map<String, Integer> rejections;

    DrawExhaustedException(long index, int attempts, Map<String, Integer> rejections) {
        super("patient " + index + ": the plausibility filter rejected all " + attempts + " draws (" + rejections + ")");
        this.index = index;
        this.attempts = attempts;
        this.rejections = Collections.unmodifiableMap(new LinkedHashMap<>(rejections));
    }

    /** The patient index. */
    public long index() {
        return index;
    }

    /** The draws made. */
    public int attempts() {
        return attempts;
    }

    /** For each reason, how many draws it rejected. */
    public Map<String, Integer> rejections() {
        return rejections;
    }
}
