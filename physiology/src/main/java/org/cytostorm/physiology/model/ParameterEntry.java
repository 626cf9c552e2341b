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
 * @param distribution how it varies across a virtual population (parsed from the table's
 *                     {@code distribution} column; {@link Distribution} gives the forms)
 * @param evidence     {@code strong}, {@code moderate}, {@code single-source} or {@code assumed}
 * @param source       {@code doi:...}, {@code pmid:...}, {@code ref: citation} or
 *                     {@code assumed: reason}; several separated by {@code ;}
 * @param description  what the parameter means, in one line
 * @param line         line of the table file (for messages)
 */
public record ParameterEntry(String name, double value, String unit, double min, double max, Distribution distribution,
        String evidence, String source, String description, int line) {

    /** The evidence grades a source can support. */
    public static final java.util.Set<String> EVIDENCE = java.util.Set.of("strong", "moderate", "single-source", "assumed");

    /** Every parameter has a value in its range, an evidence grade and a source, however it is made. */
    public ParameterEntry {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(distribution, "distribution");
        if (!(min <= value && value <= max)) {
            throw new IllegalArgumentException(name + " = " + value + " lies outside its plausible range [" + min + ", "
                    + max + "]");
        }
        if (!EVIDENCE.contains(evidence)) {
            throw new IllegalArgumentException(name + ": evidence '" + evidence + "' is not one of " + EVIDENCE);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(name + " needs a source (doi:, pmid:, ref: or assumed: reason)");
        }
    }

    /**
     * A parameter for a research variant built in Java: its value, unit, plausible range, a source
     * and an evidence grade, varying as {@code distribution} says (the table column's syntax).
     *
     * @throws IllegalArgumentException for a value outside the range or a malformed distribution
     */
    public static ParameterEntry of(String name, double value, String unit, double min, double max,
            String distribution, String evidence, String source, String description) {
        return new ParameterEntry(name, value, unit, min, max, DistributionParser.parse(distribution, value, min, max),
                evidence, source, description, 0);
    }

    /** True for a mechanism switch (0 = off, 1 = on). */
    public boolean isSwitch() {
        return distribution instanceof Distribution.Switch;
    }

    /** True for a count (a whole number of something, such as repeated doses). */
    public boolean isCount() {
        return distribution instanceof Distribution.Count;
    }

    /** True when {@code v} lies in the plausible range. */
    public boolean inRange(double v) {
        return v >= min && v <= max;
    }

    /**
     * Why {@code v} cannot be this parameter's value, or empty when it can: not a finite number; a
     * switch other than 0 or 1; a count that is not whole; below zero for a parameter whose plausible range starts at 0 or
     * above (an amount, a dose, a rate). A possible value outside the plausible range is not
     * impossible: {@link #inRange} tells, and a run accepts it with a warning.
     */
    public java.util.Optional<String> whyImpossible(double v) {
        if (!Double.isFinite(v)) {
            return java.util.Optional.of("is not a finite number");
        }
        if (isSwitch() && v != 0 && v != 1) {
            return java.util.Optional.of("is a mechanism switch: 0 (off) or 1 (on)");
        }
        if (isCount() && v != Math.rint(v)) {
            return java.util.Optional.of("is a count: a whole number");
        }
        if (v < 0 && min >= 0) {
            return java.util.Optional.of("cannot be negative (plausible range " + rangeText() + ")");
        }
        return java.util.Optional.empty();
    }

    /** The plausible range with its unit, for messages: {@code [0.01, 50] 1e6 cells/kg}. */
    public String rangeText() {
        return "[" + org.cytostorm.common.yaml.Measure.format(min) + ", " + org.cytostorm.common.yaml.Measure.format(max)
                + "]" + (unit.isEmpty() || "1".equals(unit) ? "" : " " + unit);
    }
}
