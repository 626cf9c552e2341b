package org.cytostorm.cohort.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cytostorm.physiology.run.PatientRun;

/**
 * Which drawn patients are plausible: every criterion's column must lie in its range at the
 * patient's baseline, before the trigger acts ({@link Baseline}). A draw that fails is redrawn with
 * the next attempt of its streams, and counted under each criterion it failed, so a report can say
 * how many draws the filter removed and why.
 *
 * <p>Why filter at all: independent draws of a few hundred parameters can combine into a patient no
 * clinic would see (a baseline mean arterial pressure of 60 mmHg from a low cardiac output and a
 * low resistance, each plausible alone). The standard filter ({@code standard-filter.yaml}) holds
 * the healthy-baseline ranges the model is calibrated to.
 *
 * @param name     {@code standard}, {@code none}, or {@code spec} for one written in a spec
 * @param criteria the checks, in the order written
 * @param where    where the filter is written (or chosen by default), for messages
 */
public record PlausibilityFilter(String name, List<Criterion> criteria, Location where) {

    /** The reason counted when the baseline run itself fails. */
    public static final String BASELINE_FAILED = "baseline run failed";

    /** No filter: every draw is accepted without a baseline run. */
    public static PlausibilityFilter none(Location where) {
        return new PlausibilityFilter("none", List.of(), where);
    }

    public PlausibilityFilter {
        Objects.requireNonNull(name, "name");
        criteria = List.copyOf(criteria);
    }

    /** True when the filter accepts every draw. */
    public boolean isEmpty() {
        return criteria.isEmpty();
    }

    /**
     * The columns whose baseline lies outside their range (each once, in the filter's order); empty
     * when the patient is plausible. A baseline run that failed is the one reason
     * {@value #BASELINE_FAILED}.
     */
    public List<String> reasons(PatientRun baseline) {
        if (!baseline.isSuccess() || baseline.rows() == 0) {
            return List.of(BASELINE_FAILED);
        }
        List<String> out = new ArrayList<>();
        for (Criterion c : criteria) {
            if (!c.accepts(baseline.value(c.column(), 0)) && !out.contains(c.column())) {
                out.add(c.column());
            }
        }
        return out;
    }
}
