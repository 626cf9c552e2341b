package org.cytostorm.cohort.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CONSORT flow of a trial: patients drawn, why some were not enrolled, and how the enrolled
 * were randomized.
 *
 * @param drawn               patients drawn from the population
 * @param noPlausibleDraw     patients the plausibility filter rejected on every draw
 * @param rejectedDraws       draws the filter rejected in all (redrawn)
 * @param notEligible         patients who never met the enrolment condition
 * @param diedBeforeEnrolment patients whose sampled fate was death before enrolment
 * @param failed              patients whose background-care run failed
 * @param enrolled            patients enrolled (and simulated under every arm)
 * @param randomized          enrolled patients assigned to each arm, in arm order
 * @param failedArmRuns       arm runs of enrolled patients that failed (their rows are excluded)
 */
public record Flow(long drawn, long noPlausibleDraw, long rejectedDraws, long notEligible, long diedBeforeEnrolment,
        long failed, long enrolled, Map<String, Long> randomized, long failedArmRuns) {

    public Flow {
        randomized = Collections.unmodifiableMap(new LinkedHashMap<>(randomized));
    }
}
