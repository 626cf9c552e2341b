package org.cytostorm.cohort.run;

/** What became of a drawn patient: the boxes of a CONSORT flow diagram. */
public enum Disposition {
    /** Enrolled: simulated under every arm. */
    ENROLLED("enrolled"),
    /** The enrolment condition never held within the window. */
    NOT_ELIGIBLE("not_eligible"),
    /** The patient's sampled fate was death before the enrolment time. */
    DIED_BEFORE_ENROLMENT("died_before_enrolment"),
    /** The plausibility filter rejected every draw of this patient. */
    NO_PLAUSIBLE_DRAW("no_plausible_draw"),
    /** A simulation failed (the return code says why). */
    FAILED("failed");

    private final String key;

    Disposition(String key) {
        this.key = key;
    }

    /** The word written in patients.parquet and summary.json. */
    public String key() {
        return key;
    }

    /** The disposition written as {@code key}. */
    public static Disposition ofKey(String key) {
        for (Disposition d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no disposition '" + key + "'");
    }
}
