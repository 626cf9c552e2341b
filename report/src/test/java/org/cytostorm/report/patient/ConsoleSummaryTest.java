package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

    @Test
    void typicalRunFitsOneScreenAndSaysWhatMatters() {
        String text = ConsoleSummary.format(SyntheticRuns.typical());
        assertFits(text);
        assertTrue(text.contains("axi-cel-typical"), text);
        assertTrue(text.contains("car-t (dose=2e6/kg, product=axi-cel)"), text);
        assertTrue(text.contains("2005 pg/mL"), text);
        assertTrue(text.contains("36.0 h (day 1.5)"), text);
        assertTrue(text.contains("ng/mL"), text);
        assertTrue(text.matches("(?s).*Max CRS grade +2\n.*"), text);
        assertTrue(text.matches("(?s).*Max SOFA +6\\.5\n.*"), text);
        assertTrue(text.contains("87.3 %"), text);
        assertTrue(text.contains("high-flow oxygen; norepinephrine (max 0.08 ug/kg/min)"), text);
        assertTrue(text.contains("hscore_max") && text.contains("142"), text);
        assertTrue(text.contains("crs_onset_h") && text.contains("26.5"), text);
        // the course of SyntheticRuns.COURSE: ventilator-free days 0.873 x (28 - 3) = 21.825
        assertTrue(text.matches("(?s).*\nMax ICANS grade +3\n.*"), text);
        assertTrue(text.matches("(?s).*\nMax ISTH DIC +5 \\(overt\\)\n.*"), text);
        assertTrue(text.contains("21.8 days expected (ventilated 3.0 d)"), text);
        assertTrue(text.contains("respiratory 6.0 %, cardiovascular 4.0 %, renal 2.0 %"), text);
    }

    /** The summary's survival is at day 28 or at the end of a shorter run, and the label says which. */
    @Test
    void survivalIsLabelledWithTheDayItIsFor() {
        assertTrue(ConsoleSummary.format(SyntheticRuns.typical()).matches("(?s).*\nSurvival day 28 +87\\.3 %\n.*"));
        String week = ConsoleSummary.format(SyntheticRuns.run(168, 0.5,
                List.of(SyntheticRuns.curve("IL6", "pg/mL", "cytokines", t -> 5)), Map.of()));
        assertTrue(week.matches("(?s).*\nSurvival day 7 +.*"), week);
        assertFalse(week.contains("day 28"), week);
        String hours = ConsoleSummary.format(SyntheticRuns.run(30, 0.5,
                List.of(SyntheticRuns.curve("IL6", "pg/mL", "cytokines", t -> 5)), Map.of()));
        assertTrue(hours.matches("(?s).*\nSurvival at 30 h +.*"), hours);
    }

    @Test
    void untreatedRunSaysSo() {
        assertTrue(ConsoleSummary.format(SyntheticRuns.typical()).matches("(?s).*\nTreatments +none\n.*"));
    }

    @Test
    void treatedRunListsTheDosesCollapsedPerDrug() {
        PatientRun run = SyntheticRuns.treated();
        String text = ConsoleSummary.format(run);
        assertFits(text);
        assertTrue(text.contains("\nTreatments       "), text);
        for (String phrase : TreatmentDigest.phrases(run.treatments())) {
            assertTrue(text.contains(phrase), phrase + " in\n" + text);
        }
        assertTrue(text.contains("tocilizumab x2"), text);
    }

    @Test
    void manyTreatmentsStillFitOneScreen() {
        PatientRun run = SyntheticRuns.typical();
        List<TreatmentEvent> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            events.add(new TreatmentEvent(i, "drug_with_a_long_name_" + i, 10, "iv", 0, "schedule"));
        }
        String text = ConsoleSummary.format(SyntheticRuns.of(run.scenario(), run.columns(), run.timeH(), run.values(),
                run.summary(), events));
        assertFits(text);
        assertTrue(text.contains("drug_with_a_long_name_0 10 mg at 0 h"), text);
        assertTrue(text.contains("more rows in summary.json"), text);
    }

    @Test
    void emptySummaryStillReads() {
        PatientRun run = SyntheticRuns.short48h();
        PatientRun bare = SyntheticRuns.of(run.scenario(), run.columns(), run.timeH(), run.values(),
                new RunSummary(0, 0, 1, Map.of(), List.of(), Map.of()));
        String text = ConsoleSummary.format(bare);
        assertFits(text);
        assertTrue(text.contains("none recorded"), text);
        assertTrue(text.contains("100.0 %"), text);
        assertTrue(text.matches("(?s).*Organ support +none\n.*"), text);
        assertFalse(text.contains("Other figures"), text);
    }

    @Test
    void crowdedSummaryIsCutToOneScreenAndSaysSo() {
        PatientRun run = SyntheticRuns.typical();
        Map<String, Peak> peaks = new HashMap<>();
        Map<String, Double> extra = new HashMap<>();
        List<String> support = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            peaks.put("cytokine_" + i, new Peak(1000.0 * i + 0.5, i));
            extra.put("figure_with_a_rather_long_name_" + i, i * 1.5);
            support.add("support measure number " + i + " with a long description");
        }
        PatientRun crowded = SyntheticRuns.of(run.scenario(), run.columns(), run.timeH(), run.values(),
                new RunSummary(4, 17, 0.051, peaks, support, extra));
        String text = ConsoleSummary.format(crowded);
        assertFits(text);
        assertTrue(text.contains("more rows in summary.json"), text);
        assertTrue(text.contains("5.1 %"), text);
        assertTrue(text.contains("Max SOFA"), text);
    }

    private static void assertFits(String text) {
        List<String> lines = text.lines().toList();
        assertTrue(lines.size() <= ConsoleSummary.MAX_LINES, lines.size() + " lines:\n" + text);
        for (String line : lines) {
            assertTrue(line.length() <= ConsoleSummary.MAX_WIDTH, "too wide: " + line);
        }
        assertFalse(text.contains("\u001b"), "no ANSI escapes");
        assertTrue(text.endsWith("\n"));
    }
}
