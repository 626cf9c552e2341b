package org.cytostorm.physiology.scenario;

/**
 * How a unit a trigger quantity accepts converts to the quantity's canonical unit:
 * canonical = value × factor, then divided by the patient's weight in kg when {@code perKg}
 * (for example a CAR-T dose written in cells, whose canonical unit is 1e6 cells/kg).
 *
 * @param factor multiplier to the canonical unit
 * @param perKg  whether the result is also divided by body weight (kg)
 */
public record UnitConversion(double factor, boolean perKg) {

    /** The canonical value of {@code value} written in this unit, for a patient of {@code weightKg}. */
    public double apply(double value, double weightKg) {
        double v = value * factor;
        return perKg ? v / weightKg : v;
    }
}
