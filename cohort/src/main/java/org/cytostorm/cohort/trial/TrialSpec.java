package org.cytostorm.cohort.trial;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cytostorm.cohort.population.PopulationSpec;
import org.cytostorm.physiology.scenario.Scenario;

/**
 * An in-silico randomized trial, described: who (a scenario's trigger and care, and a population
 * around it), when patients enter (enrolment), what the arms give, how patients are assigned, and
 * which subgroups the report splits. A value: reading it checks everything, so a bad spec is refused
 * before any patient is simulated ({@link TrialSpecReader}).
 *
 * @param name        the trial's name
 * @param description one line for people
 * @param source      the trial it follows (a citation), or empty
 * @param scenario    the template patient: trigger, background care, output interval; its duration
 *                    is set to the enrolment window's end plus the follow-up
 * @param population  how patients vary around the template
 * @param patients    how many patients to draw unless the command line says otherwise
 * @param enrolment   when patients enter
 * @param followUpH   follow-up from enrolment, hours (28 days for 28-day mortality)
 * @param arms        the arms, the control first
 * @param allocation  how enrolled patients are assigned to arms
 * @param subgroups   the report's subgroups, by state at enrolment
 */
public record TrialSpec(String name, String description, String source, Scenario scenario, PopulationSpec population,
        int patients, Enrolment enrolment, double followUpH, List<Arm> arms, Allocation allocation,
        List<Subgroup> subgroups) {

    /** The most patients of one trial. */
    public static final int MAX_PATIENTS = 10_000_000;
    /** The most arms. */
    public static final int MAX_ARMS = 16;
    /** The most subgroups. */
    public static final int MAX_SUBGROUPS = 64;

    public TrialSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(enrolment, "enrolment");
        arms = List.copyOf(arms);
        subgroups = List.copyOf(subgroups);
        if (arms.isEmpty() || arms.size() > MAX_ARMS) {
            throw new IllegalArgumentException("a trial has 1 to " + MAX_ARMS + " arms, not " + arms.size());
        }
        if (allocation.weights().size() != arms.size()) {
            throw new IllegalArgumentException("one allocation weight per arm: " + allocation.weights().size()
                    + " weights for " + arms.size() + " arms");
        }
        if (patients < 1 || patients > MAX_PATIENTS) {
            throw new IllegalArgumentException("a trial has 1 to " + MAX_PATIENTS + " patients, not " + patients);
        }
        if (!(followUpH > 0)) {
            throw new IllegalArgumentException("follow-up must be positive: " + followUpH + " h");
        }
    }

    /** The length of each patient's run: the latest enrolment plus the follow-up. */
    public double runH() {
        return enrolment.toH() + followUpH;
    }

    /** The control arm (the first). */
    public Arm control() {
        return arms.get(0);
    }

    /** A copy with another number of patients (the command line's {@code --patients}). */
    public TrialSpec withPatients(int n) {
        return new TrialSpec(name, description, source, scenario, population, n, enrolment, followUpH, arms, allocation,
                subgroups);
    }

    /** The subgroups by name, in spec order. */
    public Map<String, Subgroup> subgroupsByName() {
        Map<String, Subgroup> out = new java.util.LinkedHashMap<>();
        subgroups.forEach(s -> out.put(s.name(), s));
        return out;
    }
}
