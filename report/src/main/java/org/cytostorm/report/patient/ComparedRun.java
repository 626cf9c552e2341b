package org.cytostorm.report.patient;

import java.util.Objects;
import org.cytostorm.physiology.run.PatientRun;

/**
 * One side of a comparison: a run and the label that tells it from the other, for example
 * {@code "A: car-t-axi-cel (standard)"} or {@code "B: car-t-axi-cel + tocilizumab:8mg/kg@72h (standard)"}.
 *
 * @param label how the run is named in the comparison's tables, legends and console text
 * @param run   the run
 */
public record ComparedRun(String label, PatientRun run) {

    public ComparedRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(run, "run");
    }

    /**
     * How side {@code letter} of a comparison is named, on the command line and in the dashboard:
     * the letter, the scenario, the doses given on top of it as written, and its protocol.
     */
    public static String label(String letter, org.cytostorm.physiology.scenario.Scenario scenario,
            java.util.List<String> doses) {
        String plus = doses.isEmpty() ? "" : " + " + String.join(" + ", doses);
        return letter + ": " + scenario.name() + plus + " (" + scenario.protocol().name() + ")";
    }
}
