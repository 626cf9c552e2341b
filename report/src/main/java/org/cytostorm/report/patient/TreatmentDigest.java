package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.treat.TreatmentEvent;

/**
 * What was given, in a few words: one phrase per drug or variable, a lone dose in full
 * ({@code tocilizumab 560 mg at 72 h}), repeats collapsed to a count and a time span
 * ({@code dexamethasone x26 (72-216 h)}), since a protocol can give dozens of doses and a summary
 * has one line for them. ASCII only, like the rest of the console text. The full list is in
 * summary.json and the report.
 */
final class TreatmentDigest {

    static final String NONE = "none";

    private TreatmentDigest() {
    }

    /** One phrase per drug or variable, in order of first use. */
    static List<String> phrases(List<TreatmentEvent> events) {
        Map<String, List<TreatmentEvent>> byWhat = new LinkedHashMap<>();
        for (TreatmentEvent e : events) {
            byWhat.computeIfAbsent(e.what(), k -> new ArrayList<>()).add(e);
        }
        List<String> phrases = new ArrayList<>();
        byWhat.forEach((what, list) -> phrases.add(list.size() == 1 ? single(list.get(0)) : repeated(what, list)));
        return phrases;
    }

    /** The phrases joined by ", ", or {@value #NONE}. */
    static String line(List<TreatmentEvent> events) {
        return events.isEmpty() ? NONE : String.join(", ", phrases(events));
    }

    private static String single(TreatmentEvent e) {
        String what;
        if (!e.isDose()) {
            what = e.what() + " = " + Figures.number(e.amountMg());
        } else if ("course".equals(e.route())) {
            what = e.what() + " course of " + hours(e.durationH());
        } else {
            what = e.what() + " " + Figures.number(e.amountMg()) + " mg";
        }
        return what + " at " + hours(e.timeH());
    }

    private static String repeated(String what, List<TreatmentEvent> events) {
        double first = events.get(0).timeH();
        double last = events.get(events.size() - 1).timeH();
        String verb = events.get(0).isDose() ? "" : " set";
        return what + verb + " x" + events.size() + " (" + Figures.number(first) + "-" + hours(last) + ")";
    }

    private static String hours(double h) {
        return Figures.number(h) + " h";
    }
}
