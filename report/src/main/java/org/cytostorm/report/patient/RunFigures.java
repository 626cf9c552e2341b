package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.cytostorm.report.html.InteractiveCharts;
import org.cytostorm.report.html.Marker;
import org.cytostorm.report.html.PanelPlan;
import org.cytostorm.report.html.TimePanel;
import org.cytostorm.report.html.TimeSeries;

/**
 * The interactive figures of a patient run, one per column group in report order (drugs as
 * concentrations and effects), each with its panels ({@link PanelPlan}), the doses it marks and its
 * caption: what report.html shows and what the dashboard draws after a run.
 */
public final class RunFigures {

    /**
     * One figure, or a note that its group is zero throughout.
     *
     * @param id      an id unique in a page
     * @param panels  its panels; empty when nothing is drawn
     * @param markers the doses it marks
     * @param caption its caption, or the note when nothing is drawn
     */
    public record Figure(String id, List<TimePanel> panels, List<Marker> markers, String caption) {

        /** The figure's data as the page's renderer reads it (JSON). */
        public String data(PatientRun run) {
            return InteractiveCharts.data(run.timeH(), ReportCharts.inDays(run.scenario().durationH()), panels, markers);
        }
    }

    private RunFigures() {
    }

    /** True when a run of {@code durationH} hours is charted in days (as its report does). */
    public static boolean inDays(double durationH) {
        return ReportCharts.inDays(durationH);
    }

    /** The figures of a run, in report order. */
    public static List<Figure> of(PatientRun run) {
        boolean days = ReportCharts.inDays(run.scenario().durationH());
        List<Marker> doses = doseMarkers(run);
        List<Figure> out = new ArrayList<>();
        for (String group : ReportCharts.groups(run.columns())) {
            if (group.equals(DrugCharts.GROUP)) {
                out.add(figure(run, "group-" + group, "Drug concentrations", DrugCharts.concentrations(run), true, days,
                        doses, "plasma concentrations of the drugs present"));
                out.add(figure(run, "drug-effects", "Drug effects", DrugCharts.effects(run), false, days, doses,
                        "the drugs' effects that change during the run"));
                continue;
            }
            List<OutputColumn> columns = run.columns().stream().filter(c -> ReportCharts.group(c).equals(group)).toList();
            out.add(figure(run, "group-" + group, ReportCharts.capitalised(group), columns,
                    ReportCharts.MARKED_GROUPS.contains(group), days, doses, group));
        }
        return out.stream().filter(f -> f != null).toList();
    }

    /**
     * One figure for some columns; columns that are zero throughout are named in the caption
     * instead of drawn; null when there are no columns at all.
     */
    private static Figure figure(PatientRun run, String id, String title, List<OutputColumn> columns, boolean marked,
            boolean days, List<Marker> doses, String what) {
        List<TimeSeries> drawn = new ArrayList<>();
        List<String> zero = new ArrayList<>();
        for (OutputColumn c : columns) {
            TimeSeries s = new TimeSeries(c.name(), c.unit(), run.column(c.name()));
            if (s.peak() > 0) {
                drawn.add(s);
            } else {
                zero.add(c.name());
            }
        }
        if (drawn.isEmpty()) {
            return zero.isEmpty() ? null
                    : new Figure(id, List.of(), List.of(), title + ": zero throughout, not drawn: " + String.join(", ", zero) + ".");
        }
        List<TimePanel> panels = PanelPlan.panels(title, drawn, marked);
        String caption = ReportCharts.capitalised(what) + ": " + drawn.stream().map(TimeSeries::name)
                .collect(Collectors.joining(", ")) + " (" + (days ? "time in days" : "time in hours")
                + (marked && !doses.isEmpty() ? "; dashed grey lines: doses" : "")
                + (zero.isEmpty() ? "" : "; zero throughout, not drawn: " + String.join(", ", zero)) + ").";
        return new Figure(id, panels, marked ? doses : List.of(), caption);
    }

    /** One marker per moment at which doses were given, naming them. */
    static List<Marker> doseMarkers(PatientRun run) {
        Map<Double, List<String>> at = new TreeMap<>();
        for (TreatmentEvent e : run.treatments()) {
            if (e.isDose() && e.timeH() >= 0 && e.timeH() <= run.scenario().durationH()) {
                at.computeIfAbsent(e.timeH(), t -> new ArrayList<>()).add(e.what());
            }
        }
        List<Marker> out = new ArrayList<>();
        at.forEach((t, drugs) -> out.add(new Marker(t, String.join(", ", drugs))));
        return out;
    }
}
