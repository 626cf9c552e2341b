package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;

/**
 * The report's figures of the "drugs" column group, split in two because one axis cannot hold both:
 * plasma concentrations (mg/L, spanning decades between drugs, so on a log axis, with the doses
 * marked) and the drugs' effects (fractions and on/off switches, on a linear axis). A model has
 * a column for every drug it knows; only those of drugs actually present are drawn.
 */
final class DrugCharts {

    static final String GROUP = "drugs";
    static final String CONCENTRATION_UNIT = "mg/L";

    private DrugCharts() {
    }

    /** Concentration columns that are not zero (or solver noise) throughout. */
    static List<OutputColumn> concentrations(PatientRun run) {
        List<OutputColumn> out = new ArrayList<>();
        for (OutputColumn c : drugColumns(run)) {
            if (isConcentration(c) && Charts.present(run.column(c.name()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** Effect columns that change during the run (a fraction that stays 1 without the drug says nothing). */
    static List<OutputColumn> effects(PatientRun run) {
        List<OutputColumn> out = new ArrayList<>();
        for (OutputColumn c : drugColumns(run)) {
            if (!isConcentration(c) && Charts.varies(run.column(c.name()))) {
                out.add(c);
            }
        }
        return out;
    }

    static boolean isConcentration(OutputColumn column) {
        return CONCENTRATION_UNIT.equals(column.unit());
    }

    private static List<OutputColumn> drugColumns(PatientRun run) {
        return run.columns().stream().filter(c -> GROUP.equals(ReportCharts.group(c))).toList();
    }
}
