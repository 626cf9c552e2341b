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
 * @param concentration     the model's plasma concentration variable (mg/L), or null
 * @param antiCytokine      true for therapy after which ASTCT no longer requires fever to grade CRS
 * @param description       what it does, for people
 */
public record Drug(String name, List<String> aliases, Map<Route, String> bolusTargets, String infusionTarget,
        Route defaultRoute, double defaultDurationH, double maxDoseMg, String concentration, boolean antiCytokine,
        String description) {

    public Drug {
        aliases = List.copyOf(aliases);
        bolusTargets = Map.copyOf(bolusTargets);
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
