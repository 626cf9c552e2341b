package org.cytostorm.physiology.treat;

import java.util.Locale;

/**
 * A dose as prescribed: so many mg, or so many mg per kg of body weight.
 *
 * @param value the number written (not negative)
 * @param perKg true for mg/kg
 */
public record DoseAmount(double value, boolean perKg) {

    /** No amount: a course of an anti-infective. */
    public static final DoseAmount NONE = new DoseAmount(0, false);

    public DoseAmount {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a dose must be a finite amount not below 0, not " + value);
        }
    }

    public static DoseAmount mg(double mg) {
        return new DoseAmount(mg, false);
    }

    public static DoseAmount mgPerKg(double mgPerKg) {
        return new DoseAmount(mgPerKg, true);
    }

    /** The amount in mg for a patient of this weight, capped to the drug's largest single dose when per kg. */
    public double milligrams(double weightKg, Drug drug) {
        return perKg ? Math.min(value * weightKg, drug.maxDoseMg()) : value;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %s", Format.number(value), perKg ? "mg/kg" : "mg");
    }
}
