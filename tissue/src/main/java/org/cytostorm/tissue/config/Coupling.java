package org.cytostorm.tissue.config;

/**
 * One-way coupling to the patient model: a patient scenario is simulated and its plasma
 * concentrations, from {@code startHour} of the patient's course, set vessel exchange and the
 * {@code plasma} signals.
 *
 * @param scenario built-in patient scenario or file; empty for no coupling
 * @param startHour the patient's hour at tissue time 0
 * @param scale conversion from the patient's plasma unit to the field unit
 */
public record Coupling(String scenario, double startHour, double scale) {

    public static final Coupling NONE = new Coupling("", 0, 1);

    public boolean enabled() {
        return !scenario.isEmpty();
    }
}
