package org.cytostorm.physiology.scores;

/**
 * Depressed level of consciousness, one domain of the ASTCT ICANS grade (Lee 2019,
 * doi:10.1016/j.bbmt.2018.12.758), with the grade each level sets.
 */
public enum Consciousness {
    /** Not depressed. */
    NORMAL(0),
    /** Awakens spontaneously. */
    AWAKENS_SPONTANEOUSLY(1),
    /** Awakens to voice. */
    AWAKENS_TO_VOICE(2),
    /** Awakens only to tactile stimulus. */
    AWAKENS_TO_TOUCH(3),
    /** Stupor or coma, or needs vigorous or repetitive tactile stimuli to arouse. */
    STUPOR_OR_COMA(4);

    private final int grade;

    Consciousness(int grade) {
        this.grade = grade;
    }

    /** The ICANS grade set by this level of consciousness. */
    public int grade() {
        return grade;
    }
}
