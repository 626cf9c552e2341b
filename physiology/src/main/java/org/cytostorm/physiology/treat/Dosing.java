package org.cytostorm.physiology.treat;

import java.util.ArrayList;
import java.util.List;

/**
 * A dosing record in the pharmacometric habit (NONMEM, mrgsolve): a first dose at {@code timeH},
 * then {@code additional} more every {@code intervalH} hours.
 *
 * @param drug       the drug
 * @param amount     mg or mg/kg per dose ({@link DoseAmount#NONE} for a course)
 * @param route      the route
 * @param timeH      the first dose, hours after the start of the run
 * @param durationH  infusion or course duration, hours (0: a bolus)
 * @param intervalH  hours between doses (used when {@code additional > 0})
 * @param additional doses after the first
 */
public record Dosing(Drug drug, DoseAmount amount, Route route, double timeH, double durationH, double intervalH,
        int additional) {

    /** The most additional doses of one record: a year of doses every hour. */
    public static final int MAX_ADDITIONAL = 10_000;
    /** The shortest interval between repeated doses: closer doses are one dose. */
    public static final double MIN_INTERVAL_H = 1.0 / 60;

    public Dosing {
        if (!drug.bolusTargets().containsKey(route)) {
            throw new IllegalArgumentException(drug.name() + " cannot be given by route " + route.label());
        }
        if (!(timeH >= 0) || !(durationH >= 0) || additional < 0 || (additional > 0 && !(intervalH > 0))) {
            throw new IllegalArgumentException("a dosing record needs time >= 0, duration >= 0, additional >= 0 and"
                    + " an interval > 0 with additional doses");
        }
        if (durationH > 0 && !drug.canInfuse(route)) {
            throw new IllegalArgumentException(drug.name() + " by route " + route.label() + " is not given over a duration");
        }
    }

    /** A single dose of a drug by its usual route and duration. */
    public static Dosing once(Drug drug, DoseAmount amount, double timeH) {
        return new Dosing(drug, amount, drug.defaultRoute(), timeH, drug.defaultDurationH(), 0, 0);
    }

    /** How many of this record's doses start after {@code endH}. */
    public int dosesAfter(double endH) {
        int n = 0;
        for (int k = 0; k <= additional; k++) {
            if (timeH + k * intervalH > endH) {
                n++;
            }
        }
        return n;
    }

    /** Every dose of this record for a patient of this weight. */
    public List<Administration> administrations(double weightKg) {
        List<Administration> out = new ArrayList<>();
        double mg = amount.milligrams(weightKg, drug);
        for (int k = 0; k <= additional; k++) {
            out.add(new Administration(drug, timeH + k * intervalH, mg, route, durationH));
        }
        return out;
    }
}
