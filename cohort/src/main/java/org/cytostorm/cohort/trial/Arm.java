package org.cytostorm.cohort.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Treatments;

/**
 * One arm of a trial: doses given on top of the background care, timed from the patient's
 * enrolment. The first arm of a spec is the control (often no extra doses: usual care).
 *
 * @param name  the arm's name (a summary key)
 * @param doses doses with times relative to enrolment, hours
 */
public record Arm(String name, List<Dosing> doses) {

    public Arm {
        Objects.requireNonNull(name, "name");
        doses = List.copyOf(doses);
    }

    /** The patient's scenario under this arm, for a patient enrolled at {@code enrolledAtH}. */
    public Scenario applyTo(Scenario patient, double enrolledAtH) {
        if (doses.isEmpty()) {
            return patient;
        }
        List<Dosing> shifted = new ArrayList<>(doses.size());
        for (Dosing d : doses) {
            shifted.add(new Dosing(d.drug(), d.amount(), d.route(), d.timeH() + enrolledAtH, d.durationH(),
                    d.intervalH(), d.additional()));
        }
        return patient.withTreatments(new Treatments(shifted, List.of()));
    }
}
