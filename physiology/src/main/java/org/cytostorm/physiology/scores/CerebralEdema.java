package org.cytostorm.physiology.scores;

/**
 * Elevated intracranial pressure or cerebral edema, one domain of the ASTCT ICANS grade (Lee 2019,
 * doi:10.1016/j.bbmt.2018.12.758), with the grade each sets. Intracranial hemorrhage is excluded.
 */
public enum CerebralEdema {
    /** None. */
    NONE(0),
    /** Focal or local edema on neuroimaging. */
    FOCAL(3),
    /**
     * Diffuse edema on neuroimaging, decerebrate or decorticate posturing, cranial nerve VI palsy,
     * papilledema, or Cushing's triad.
     */
    DIFFUSE(4);

    private final int grade;

    CerebralEdema(int grade) {
        this.grade = grade;
    }

    /** The ICANS grade set by this finding. */
    public int grade() {
        return grade;
    }
}
