package org.cytostorm.web;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.report.html.InteractiveCharts;
import org.cytostorm.report.html.TimePanel;
import org.cytostorm.report.html.TimeSeries;

/**
 * What the dashboard draws while a run streams: the model outputs that show a storm unfold
 * (cytokines on a log axis, temperature, blood pressure, oxygen saturation, CRP), in the report's
 * chart format with no points yet; the page appends each batch of rows as it arrives. Clinical
 * grades are not among them: they are computed from the whole course after the run, and the full
 * report's charts replace these when it ends.
 */
final class LiveFigure {

    private record Panel(String title, boolean log, List<String> columns) {
    }

    private static final List<Panel> PANELS = List.of(
            new Panel("Cytokines", true, List.of("IL6", "IFNG", "TNF", "IL10")),
            new Panel("Temperature", false, List.of("temperature")),
            new Panel("Mean arterial pressure", false, List.of("MAP")),
            new Panel("Oxygen saturation", false, List.of("SpO2")),
            new Panel("C-reactive protein", false, List.of("CRP")));

    private final List<String> variables = new ArrayList<>();
    private final String spec;

    /** The live figure of a run whose columns are {@code columns}, time in days when {@code days}. */
    LiveFigure(List<OutputColumn> columns, boolean days) {
        List<TimePanel> panels = new ArrayList<>();
        for (Panel p : PANELS) {
            List<TimeSeries> series = new ArrayList<>();
            String unit = "";
            for (String name : p.columns()) {
                OutputColumn column = columns.stream().filter(c -> c.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the run reports no column " + name));
                variables.add(PatientSimulator.modelVariable(name)
                        .orElseThrow(() -> new IllegalStateException(name + " is not a model output")));
                unit = column.unit();
                series.add(new TimeSeries(name, unit, new double[0]));
            }
            panels.add(new TimePanel(p.title(), unit, p.log(), series, true));
        }
        this.spec = InteractiveCharts.data(new double[0], days, panels, List.of());
    }

    /** The model variables of the curves, in the order of the panels and their curves. */
    List<String> variables() {
        return variables;
    }

    /** The figure with no points (JSON, as the report's renderer reads it). */
    String spec() {
        return spec;
    }
}
