package org.cytostorm.physiology.model;

/**
 * One row of the patient model's parameter table: the single source of truth for a parameter's
 * value, unit, plausible range, evidence and the distribution cohorts draw it from.
 *
 * @param name         the parameter's name in the model text
 * @param value        the reference patient's value, in {@code unit}
 * @param unit         unit as text (time is always in hours)
 * @param min          lower end of the plausible range (inclusive)
 * @param max          upper end of the plausible range (inclusive)
 * @param distribution population distribution: {@code fixed}, {@code switch},
 *                     {@code lognormal(CV)}, {@code normal(SD)} or {@code uniform}
 *                     (over [min, max])
 * @param evidence     {@code strong}, {@code moderate}, {@code single-source} or {@code assumed}
 * @param source       {@code doi:...}, {@code pmid:...}, {@code ref: citation} or
 *                     {@code assumed: reason}; several separated by {@code ;}
 * @param description  what the parameter means, in one line
 * @param line         line of the table file (for messages)
 */
public record ParameterEntry(String name, double value, String unit, double min, double max, String distribution,
        String evidence, String source, String description, int line) {

    /** True for a mechanism switch (0 = off, 1 = on). */
    public boolean isSwitch() {
        return "switch".equals(distribution);
    }

    /** True when {@code v} lies in the plausible range. */
    public boolean inRange(double v) {
        return v >= min && v <= max;
    }
}
