package org.cytostorm.physiology.treat;

/** What a protocol rule does when its condition holds. */
public sealed interface Action {

    /** A dose of {@code drug} by its usual route and over its usual duration. */
    static Give give(Drug drug, DoseAmount amount) {
        return new Give(drug, amount, drug.defaultRoute(), drug.canInfuse(drug.defaultRoute()) ? drug.defaultDurationH() : 0);
    }

    /**
     * Gives a dose.
     *
     * @param drug      the drug
     * @param amount    mg or mg/kg ({@link DoseAmount#NONE} for a course)
     * @param route     the route
     * @param durationH infusion or course duration, hours (0: a bolus)
     */
    record Give(Drug drug, DoseAmount amount, Route route, double durationH) implements Action {

        public Give {
            if (!drug.bolusTargets().containsKey(route)) {
                throw new IllegalArgumentException(drug.name() + " is not given by route " + route.label());
            }
            if (!(durationH >= 0) || (durationH > 0 && !drug.canInfuse(route))) {
                throw new IllegalArgumentException(drug.name() + " by route " + route.label()
                        + (durationH > 0 ? " is not given over a duration" : " needs a duration of 0 h or more"));
            }
        }

        /** The dose as given at {@code timeH} to a patient of this weight. */
        public Administration at(double timeH, double weightKg) {
            return new Administration(drug, timeH, amount.milligrams(weightKg, drug), route, durationH);
        }
    }

    /**
     * Sets a model variable: starts or stops support ({@code care_on}, {@code dialysis}, ...).
     *
     * @param variable a parameter or state of the patient model that no rule defines
     * @param value    the new value
     */
    record Set(String variable, double value) implements Action {
    }
}
