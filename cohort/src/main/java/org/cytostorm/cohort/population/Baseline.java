package org.cytostorm.cohort.population;

import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Protocol;
import org.cytostorm.physiology.treat.Treatments;

/**
 * A drawn patient's baseline vitals and labs, before the trigger acts: row 0 (time 0) of a
 * one-minute run of the patient's scenario without doses or drug rules.
 *
 * <p>Why row 0 of a short run, rather than a long untriggered run or the baseline parameters: the
 * patient model starts every state at its baseline parameter ({@code HR_b}, {@code Creat_b}, ...)
 * and computes the derived readouts (mean arterial pressure from cardiac output and resistance,
 * SpO2 and PaO2/FiO2 from the shunt, lactate from oxygen delivery) from them, so row 0 holds the
 * baseline as a clinician would measure it, whatever the trigger (the trigger's agent is present at
 * time 0 but has had no time to act; the built-in scenarios all give the healthy reference's row 0).
 * A minute costs one to two milliseconds, about a tenth of a 28-day run; a day-long untriggered run
 * would cost more than the patient's own run. Doses and rules are dropped so that the run is the
 * same for every arm of a trial and no dose falls after its end; the protocol's supportive-care
 * switch is kept.
 */
final class Baseline {

    /** How long the baseline run lasts, hours: one minute, the least that gives row 0 cheaply. */
    static final double DURATION_H = 1.0 / 60;

    private Baseline() {
    }

    /** The baseline run of a patient's scenario. */
    static PatientRun run(PatientSimulator simulator, Scenario patient) {
        return simulator.run(scenario(patient));
    }

    /** The scenario of the baseline run: the same patient and care switch, no doses, no rules, one minute. */
    static Scenario scenario(Scenario s) {
        Protocol p = s.protocol();
        Protocol noDrugs = new Protocol(p.name(), p.description(), p.supportiveCare(), true, Treatments.NONE, p.source());
        return new Scenario(s.name(), s.description(), s.source(), s.patient(), s.trigger(), noDrugs, DURATION_H,
                DURATION_H, s.parameters(), Treatments.NONE, s.settings());
    }
}
