package org.cytostorm.physiology.treat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A drug of the patient model: where its doses go and how it is usually given.
 *
 * @param name              the name used in files and on the command line
 * @param aliases           other accepted names
 * @param bolusTargets      per route, the model amount (mg) a bolus adds to; for a course, the
 *                          model variable that counts running courses
 * @param infusionTarget    the model's infusion-rate parameter (mg/h), or null when the drug is
 *                          not infused
 * @param defaultRoute      the route when none is written
 * @param defaultDurationH  infusion or course duration when none is written (0: a bolus)
 * @param maxDoseMg         the largest single dose (a mg/kg dose is capped to it; a larger mg dose
 *                          is refused), positive infinity for none
 * @param ceilingMg         the largest single dose accepted as input, about ten times the largest
 *                          given in practice: a slip of units (g for mg, 1e300) is refused, while
 *                          any dose a trial could use is accepted; a mg/kg dose is checked at
 *                          {@value #CEILING_WEIGHT_KG} kg
 * @param concentration     the model's plasma concentration variable (mg/L), or null
 * @param antiCytokine      true for therapy after which ASTCT no longer requires fever to grade CRS
 * @param description       what it does, for people
 */
public record Drug(String name, List<String> aliases, Map<Route, String> bolusTargets, String infusionTarget,
        Route defaultRoute, double defaultDurationH, double maxDoseMg, double ceilingMg, String concentration,
        boolean antiCytokine, String description) {

    /** The weight at which a mg/kg dose is held against the ceiling: a heavy adult. */
    public static final double CEILING_WEIGHT_KG = 150;

    public Drug {
        aliases = List.copyOf(aliases);
        bolusTargets = Map.copyOf(bolusTargets);
    }

    /**
     * Why a single dose cannot be given, or empty when it can: above the drug's largest single
     * dose (mg doses), or above the ceiling of accepted input. Courses have no amount to check.
     */
    public java.util.Optional<String> whyRefused(DoseAmount amount) {
        if (isCourse() || !(amount.value() > 0)) {
            return java.util.Optional.empty();
        }
        if (!amount.perKg() && amount.value() > maxDoseMg) {
            return java.util.Optional.of("more than the largest single dose of " + name + " (" + Format.number(maxDoseMg)
                    + " mg)");
        }
        double mg = amount.perKg() ? amount.value() * CEILING_WEIGHT_KG : amount.value();
        if (mg > ceilingMg) {
            return java.util.Optional.of("more than the largest dose of " + name + " accepted (" + Format.number(ceilingMg)
                    + " mg" + (amount.perKg() ? ", or " + Format.number(ceilingMg / CEILING_WEIGHT_KG) + " mg/kg" : "")
                    + ", ten times the largest single dose given in practice): check the unit");
        }
        return java.util.Optional.empty();
    }

    /** True for antibiotics and antivirals: given as a course, with no amount. */
    public boolean isCourse() {
        return defaultRoute == Route.COURSE;
    }

    /** The routes this drug can be given by. */
    public List<Route> routes() {
        return bolusTargets.keySet().stream().sorted().toList();
    }

    /** True when a dose by this route may run over a duration. */
    public boolean canInfuse(Route route) {
        return route == Route.COURSE || (route == Route.IV && infusionTarget != null);
    }

    public Optional<String> concentrationVariable() {
        return Optional.ofNullable(concentration);
    }
}
