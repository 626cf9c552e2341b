package org.cytostorm.cohort.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Protocol;
import org.cytostorm.physiology.treat.Treatments;

/**
 * One arm of a trial: doses given on top of the background care, timed from the patient's
 * enrolment, and optionally a care protocol of its own (an earlier tocilizumab rule, say) in place
 * of the background one. The first arm of a spec is the control (often no extra doses: usual care).
 * An arm's own care acts from the start of the run, so the reader allows it only for patients
 * enrolled at time 0, before anything can differ.
 *
 * @param name  the arm's name (a summary key)
 * @param doses doses with times relative to enrolment, hours
 * @param care  the arm's own care protocol, if any
 */
public record Arm(String name, List<Dosing> doses, Optional<Protocol> care) {

    public Arm {
        Objects.requireNonNull(name, "name");
        doses = List.copyOf(doses);
        Objects.requireNonNull(care, "care");
    }

    /** An arm of doses under the background care. */
    public Arm(String name, List<Dosing> doses) {
        this(name, doses, Optional.empty());
    }

    /** True when the arm is the background care itself: no doses, no care of its own. */
    public boolean isBackground() {
        return doses.isEmpty() && care.isEmpty();
    }

    /** The patient's scenario under this arm, for a patient enrolled at {@code enrolledAtH}. */
    public Scenario applyTo(Scenario patient, double enrolledAtH) {
        Scenario cared = care.map(patient::withProtocol).orElse(patient);
        if (doses.isEmpty()) {
            return cared;
        }
        List<Dosing> shifted = new ArrayList<>(doses.size());
        for (Dosing d : doses) {
            shifted.add(new Dosing(d.drug(), d.amount(), d.route(), d.timeH() + enrolledAtH, d.durationH(),
                    d.intervalH(), d.additional()));
        }
        return cared.withTreatments(new Treatments(shifted, List.of()));
    }
}
