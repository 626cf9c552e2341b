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
}
