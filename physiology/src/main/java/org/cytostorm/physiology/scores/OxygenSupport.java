package org.cytostorm.physiology.scores;

/**
 * Oxygen support, in the categories of the hypoxia column of the ASTCT CRS grading (Lee DW et al.,
 * Biol Blood Marrow Transplant 2019;25:625, doi:10.1016/j.bbmt.2018.12.758).
 */
public enum OxygenSupport {
    /** No supplemental oxygen. */
    ROOM_AIR,
    /** Low-flow nasal cannula (at most 6 L/min) or blow-by. */
    LOW_FLOW,
    /** High-flow nasal cannula (more than 6 L/min), facemask, non-rebreather or Venturi mask. */
    HIGH_FLOW,
    /** Non-invasive positive pressure (CPAP, BiPAP). */
    NON_INVASIVE,
    /** Intubation and mechanical ventilation. */
    INVASIVE;

    /**
     * The support for a model output level: the patient model writes oxygen support as a
     * continuous level 0..4 (ROOM_AIR..INVASIVE). The level is rounded to the nearest integer
     * (halves up) and clamped to 0..4.
     *
     * @throws IllegalArgumentException if {@code level} is NaN
     */
    public static OxygenSupport ofLevel(double level) {
        if (Double.isNaN(level)) {
            throw new IllegalArgumentException("oxygen support level must be a number, was NaN");
        }
        long rounded = Math.round(level);
        int index = (int) Math.max(0, Math.min(INVASIVE.ordinal(), rounded));
        return values()[index];
    }

    /** Whether this support is positive pressure (non-invasive or invasive ventilation). */
    public boolean positivePressure() {
        return this == NON_INVASIVE || this == INVASIVE;
    }
}
