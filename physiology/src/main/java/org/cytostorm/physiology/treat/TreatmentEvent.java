package org.cytostorm.physiology.treat;

/**
 * One thing done to the patient, for the record and the report's timeline: a dose given or a
 * variable set (support started or stopped).
 *
 * @param timeH     when, hours
 * @param what      the drug name, or the model variable set
 * @param amountMg  mg given (0 for a course), or the value set
 * @param route     the route ({@code set} for a variable)
 * @param durationH infusion or course duration, hours
 * @param origin    {@code schedule}, or the name of the rule that fired
 */
public record TreatmentEvent(double timeH, String what, double amountMg, String route, double durationH, String origin) {

    /** The record of a dose. */
    public static TreatmentEvent of(Administration a, String origin) {
        return new TreatmentEvent(a.timeH(), a.drug().name(), a.amountMg(), a.route().label(), a.durationH(), origin);
    }

    /** True for a dose of a drug (not a variable set). */
    public boolean isDose() {
        return !"set".equals(route);
    }

    /** A short label: "tocilizumab 640 mg iv over 1 h (rule tocilizumab)". */
    public String label() {
        String amount = !isDose() ? "= " + Format.number(amountMg)
                : "course".equals(route) ? "course" : Format.number(Math.round(amountMg * 1000) / 1000.0) + " mg " + route;
        String over = durationH > 0 ? " over " + Format.number(durationH) + " h" : "";
        return what + " " + amount + over + ("schedule".equals(origin) ? "" : " (rule " + origin + ")");
    }
}
