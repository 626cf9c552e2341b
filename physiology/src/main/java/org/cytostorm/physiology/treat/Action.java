package org.cytostorm.physiology.treat;

/** What a protocol rule does when its condition holds. */
public sealed interface Action {

    /**
     * Gives a dose.
     *
     * @param drug      the drug
     * @param amount    mg or mg/kg ({@link DoseAmount#NONE} for a course)
     * @param route     the route
     * @param durationH infusion or course duration, hours (0: a bolus)
     */
    record Give(Drug drug, DoseAmount amount, Route route, double durationH) implements Action {

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
