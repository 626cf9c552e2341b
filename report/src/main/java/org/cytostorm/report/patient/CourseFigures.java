package org.cytostorm.report.patient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cytostorm.physiology.outcome.OrganSystem;
import org.cytostorm.physiology.run.CourseSummary;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.scores.IsthDicScore;

/**
 * The course figures of a summary ({@link CourseSummary}) as short labelled rows, the same in the
 * console summary, the HTML report and the comparison: each fits one line of the console.
 */
final class CourseFigures {

    /** Systems shown in the deaths row, the largest first; summary.json has all six. */
    static final int SYSTEMS_SHOWN = 3;

    /** One labelled figure. */
    record Row(String label, String value) {
    }

    private CourseFigures() {
    }

    /** True when the summary has course figures (a summary made without them has not). */
    static boolean known(RunSummary summary) {
        return !Double.isNaN(summary.course().ventilationDays());
    }

    /** The rows: ICANS, ISTH DIC, ventilator-free days, expected deaths by system; none when unknown. */
    static List<Row> rows(RunSummary summary) {
        List<Row> rows = new ArrayList<>();
        if (!known(summary)) {
            return rows;
        }
        CourseSummary c = summary.course();
        rows.add(new Row("Max ICANS grade", Integer.toString(c.maxIcansGrade())));
        rows.add(new Row("Max ISTH DIC", isth(c.maxIsthDicScore())));
        rows.add(new Row("Ventilator-free", ventilatorFree(c)));
        rows.add(new Row("Deaths by system", deaths(c.expectedDeathsBySystem())));
        return rows;
    }

    /** The ISTH score with its reading: {@code 5 (overt)}. */
    static String isth(int score) {
        return score + (score >= IsthDicScore.OVERT ? " (overt)" : " (not overt)");
    }

    /** {@code 21.8 days expected (ventilated 3.0 d)}. */
    static String ventilatorFree(CourseSummary c) {
        return String.format(Locale.ROOT, "%.1f days expected (ventilated %.1f d)", c.ventilatorFreeDaysExpected(),
                c.ventilationDays());
    }

    /**
     * The largest expected deaths by system to day 28, for example {@code respiratory 6.0 %,
     * cardiovascular 4.0 %}; systems below 0.05 % are left out, {@code none} when all are.
     */
    static String deaths(Map<OrganSystem, Double> bySystem) {
        String text = bySystem.entrySet().stream().filter(e -> e.getValue() >= 0.0005)
                .sorted(Map.Entry.<OrganSystem, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(SYSTEMS_SHOWN)
                .map(e -> e.getKey().key() + " " + Figures.percent(e.getValue()))
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? "none" : text;
    }
}
