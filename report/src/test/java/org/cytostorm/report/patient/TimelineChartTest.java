package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class TimelineChartTest {

    @Test
    void oneRowPerDrugOrVariableInOrderOfFirstUse() {
        PatientRun run = SyntheticRuns.treated();
        List<TimelineChart.Row> rows = TimelineChart.rows(run.treatments(), "B: ");
        List<String> whats = run.treatments().stream().map(TreatmentEvent::what).distinct().toList();
        assertEquals(whats.stream().map(w -> "B: " + w).toList(), rows.stream().map(TimelineChart.Row::label).toList());
        assertEquals(run.treatments().size(), rows.stream().mapToInt(r -> r.events().size()).sum());
    }

    @Test
    void aDoseIsADotAndAnInfusionOrCourseABarToItsEnd() {
        TreatmentEvent bolus = new TreatmentEvent(60, "dexamethasone", 10, "iv", 0, "schedule");
        TreatmentEvent course = new TreatmentEvent(6, "antibiotics", 0, "course", 168, "schedule");
        double endH = 100; // the course runs past the end: its bar stops there
        XYChart chart = TimelineChart.chart(TimelineChart.rows(List.of(course, bolus), ""), endH);
        assertEquals(TimelineChart.height(2), chart.getHeight());
        XYSeries antibiotics = chart.getSeriesMap().get("antibiotics");
        XYSeries dexamethasone = chart.getSeriesMap().get("dexamethasone");
        boolean days = Charts.inDays(endH);
        assertEquals(Charts.x(course.timeH(), days), antibiotics.getXData()[0], 1e-12);
        assertEquals(Charts.x(endH, days), antibiotics.getXData()[1], 1e-12);
        assertEquals(antibiotics.getYData()[0], antibiotics.getYData()[1], 0.0);
        assertTrue(Double.isNaN(antibiotics.getYData()[2]), "a gap after each event");
        assertEquals(2, dexamethasone.getYData().length, "a dot, then the gap");
        assertTrue(antibiotics.getYData()[0] > dexamethasone.getYData()[0], "the first row on top");
    }
}
