package org.cytostorm.physiology.scores;

/**
 * Seizures, one domain of the ASTCT ICANS grade (Lee 2019, doi:10.1016/j.bbmt.2018.12.758), with
 * the grade each sets. Tremor and myoclonus are not seizures here.
 */
public enum Seizure {
    /** No seizure. */
    NONE(0),
    /**
     * Any clinical seizure, focal or generalized, that resolves rapidly, or nonconvulsive seizure
     * on EEG that resolves with intervention.
     */
    RESOLVING(3),
    /**
     * Life-threatening prolonged seizure (&gt;5 min), or repetitive clinical or electrical seizures
     * without return to baseline in between.
     */
    PROLONGED_OR_REPETITIVE(4);

    private final int grade;

    Seizure(int grade) {
        this.grade = grade;
    }

    /** The ICANS grade set by this seizure. */
    public int grade() {
        return grade;
    }
}
