package org.cytostorm.cohort.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arms and comparisons of the whole trial or of one subgroup.
 *
 * @param arms        per arm, in spec order (the control first)
 * @param comparisons per non-control arm, against the control
 */
public record GroupSummary(Map<String, ArmSummary> arms, Map<String, Comparison> comparisons) {

    public GroupSummary {
        arms = Collections.unmodifiableMap(new LinkedHashMap<>(arms));
        comparisons = Collections.unmodifiableMap(new LinkedHashMap<>(comparisons));
    }
}
