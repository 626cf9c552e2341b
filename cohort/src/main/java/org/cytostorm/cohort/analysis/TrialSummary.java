package org.cytostorm.cohort.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis of a finished trial: summary.json and the report are written from it.
 *
 * @param trial          the trial's name
 * @param source         the trial it follows
 * @param seed           the seed
 * @param followUpDays   follow-up from enrolment, days
 * @param tumourTrial    whether CRS, ICANS and tumour response are endpoints (CAR-T, T-cell engagers)
 * @param flow           the CONSORT flow
 * @param baseline       who was randomized to each arm (the baseline table), in arm order
 * @param overall        arms and comparisons of all randomized patients
 * @param distributions  how each arm's outcomes spread over its randomized patients
 * @param subgroups      the same per subgroup, in spec order
 * @param counterfactual per non-control arm, the paired view
 */
public record TrialSummary(String trial, String source, long seed, double followUpDays, boolean tumourTrial, Flow flow,
        Map<String, Counterfactual.Profile> baseline, GroupSummary overall,
        Map<String, OutcomeDistribution> distributions, Map<String, GroupSummary> subgroups, List<Counterfactual> counterfactual) {

    public TrialSummary {
        baseline = Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
        distributions = Collections.unmodifiableMap(new LinkedHashMap<>(distributions));
        subgroups = Collections.unmodifiableMap(new LinkedHashMap<>(subgroups));
        counterfactual = List.copyOf(counterfactual);
    }
}
