package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.RunSummary;

/**
 * The figures of two runs side by side, as text, for the comparison page and the console: the
 * same rows in both, so that what a reader sees in the terminal is what the page says.
 */
final class ComparisonFigures {

    /** Shown when one run has a figure the other lacks. */
    static final String ABSENT = "-";

    /**
     * One figure of both runs.
     *
     * @param name the figure
     * @param a    its value in run A, as text
     * @param b    its value in run B, as text
     */
    record Row(String name, String a, String b) {
    }

    private ComparisonFigures() {
    }

    /** The figures that say how each patient fared and what was done: scores, peaks, support, treatments. */
    static List<Row> key(PatientRun a, PatientRun b) {
        RunSummary sa = a.summary();
        RunSummary sb = b.summary();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Scenario", a.scenario().name(), b.scenario().name()));
        rows.add(new Row("Care protocol", a.scenario().protocol().name(), b.scenario().protocol().name()));
        rows.add(new Row("Duration", Figures.duration(a.scenario().durationH()), Figures.duration(b.scenario().durationH())));
        rows.add(new Row("Max CRS grade", Integer.toString(sa.maxCrsGrade()), Integer.toString(sb.maxCrsGrade())));
        rows.add(new Row("Max SOFA", Figures.number(sa.maxSofa()), Figures.number(sb.maxSofa())));
        // one label for both: the survival of each run at day 28 or at its end, whichever comes first
        String survival = a.scenario().durationH() == b.scenario().durationH()
                ? Figures.survivalLabel(a.scenario().durationH()) : "Survival day 28 (or at the end)";
        rows.add(new Row(survival, Figures.percent(sa.survivalDay28()), Figures.percent(sb.survivalDay28())));
        List<CourseFigures.Row> ca = CourseFigures.rows(sa);
        List<CourseFigures.Row> cb = CourseFigures.rows(sb);
        for (int i = 0; i < Math.max(ca.size(), cb.size()); i++) {
            String label = (i < ca.size() ? ca : cb).get(i).label();
            rows.add(new Row(label, i < ca.size() ? ca.get(i).value() : ABSENT, i < cb.size() ? cb.get(i).value() : ABSENT));
        }
        Map<String, Peak> pa = SummaryOrder.peaks(a);
        Map<String, Peak> pb = SummaryOrder.peaks(b);
        Map<String, Boolean> names = new LinkedHashMap<>();
        pa.keySet().forEach(n -> names.put(n, true));
        pb.keySet().forEach(n -> names.put(n, true));
        for (String name : names.keySet()) {
            rows.add(new Row("Peak " + name, peak(a, pa.get(name), name), peak(b, pb.get(name), name)));
        }
        rows.add(new Row("Organ support", support(sa), support(sb)));
        rows.add(new Row("Treatments", TreatmentDigest.line(a.treatments()), TreatmentDigest.line(b.treatments())));
        return rows;
    }

    /** The further named figures of either run, by name. */
    static List<Row> other(PatientRun a, PatientRun b) {
        TreeSet<String> names = new TreeSet<>(a.summary().extra().keySet());
        names.addAll(b.summary().extra().keySet());
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new Row(name, extra(a, name), extra(b, name)));
        }
        return rows;
    }

    private static String peak(PatientRun run, Peak peak, String name) {
        return peak == null ? ABSENT : Figures.withUnit(peak.value(), SummaryOrder.unit(run, name)) + " at "
                + Figures.number(peak.timeH()) + " h";
    }

    private static String support(RunSummary s) {
        return s.supportUsed().isEmpty() ? "none" : String.join("; ", s.supportUsed());
    }

    private static String extra(PatientRun run, String name) {
        Double v = run.summary().extra().get(name);
        return v == null ? ABSENT : Figures.number(v);
    }
}
