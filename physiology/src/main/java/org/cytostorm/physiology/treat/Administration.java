package org.cytostorm.physiology.treat;

import java.util.List;
import org.cytostorm.engine.solve.Intervention;

/**
 * One dose as given: the drug, when, how much in mg, by which route and over how long. A
 * {@link Dosing} record with repeats expands into several; a protocol rule gives one each time it
 * fires.
 *
 * @param drug      the drug
 * @param timeH     when it starts, hours
 * @param amountMg  mg (0 for a course)
 * @param route     the route
 * @param durationH infusion or course duration, hours (0: a bolus)
 */
public record Administration(Drug drug, double timeH, double amountMg, Route route, double durationH) {

    /** The changes to the patient model that give this dose. */
    public List<Intervention> interventions() {
        String target = drug.bolusTargets().get(route);
        if (route == Route.COURSE) {
            return List.of(Intervention.add(timeH, target, 1), Intervention.add(timeH + durationH, target, -1));
        }
        if (durationH > 0) {
            double rate = amountMg / durationH;
            return List.of(Intervention.add(timeH, drug.infusionTarget(), rate),
                    Intervention.add(timeH + durationH, drug.infusionTarget(), -rate));
        }
        return List.of(Intervention.add(timeH, target, amountMg));
    }
}
