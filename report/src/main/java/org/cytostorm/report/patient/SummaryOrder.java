package org.cytostorm.report.patient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;

/**
 * One order for the summary's peaks in every output. {@code RunSummary} keeps them in an unordered
 * map; the files must not change from run to run, and people read peaks best in column order.
 */
final class SummaryOrder {

    private SummaryOrder() {
    }

    /** Peaks of the run's columns in column order, then any others by name. */
    static Map<String, Peak> peaks(PatientRun run) {
        Map<String, Peak> rest = new TreeMap<>(run.summary().peaks());
        Map<String, Peak> ordered = new LinkedHashMap<>();
        for (OutputColumn column : run.columns()) {
            Peak peak = rest.remove(column.name());
            if (peak != null) {
                ordered.put(column.name(), peak);
            }
        }
        ordered.putAll(rest);
        return ordered;
    }

    /** The unit of a column, or "" when the run has no such column. */
    static String unit(PatientRun run, String name) {
        for (OutputColumn column : run.columns()) {
            if (column.name().equals(name)) {
                return column.unit() == null ? "" : column.unit();
            }
        }
        return "";
    }
}
