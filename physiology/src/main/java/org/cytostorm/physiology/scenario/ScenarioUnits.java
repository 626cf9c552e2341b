package org.cytostorm.physiology.scenario;

import org.cytostorm.common.yaml.FieldUnits;

/** The units the fields of scenario and protocol files accept. */
final class ScenarioUnits {
    /** Body weight: kg (a bare number) or lb. */
    static final FieldUnits WEIGHT = FieldUnits.of("kg", true, "kg", 1, "lb", 0.45359237);
    /** Age: years (a bare number). */
    static final FieldUnits AGE = FieldUnits.of("years", true, "years", 1, "y", 1);
    /** A run's duration: a number with a unit. */
    static final FieldUnits DURATION = FieldUnits.of("h", false, "h", 1, "d", 24, "hours", 1, "days", 24);
    /** Times and intervals: a number with a unit, minutes allowed. */
    static final FieldUnits INTERVAL = FieldUnits.of("h", false, "min", 1.0 / 60, "h", 1, "d", 24, "hours", 1,
            "days", 24);

    private ScenarioUnits() {
    }
}
