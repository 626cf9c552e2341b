package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.junit.jupiter.api.Test;

class TreatmentDigestTest {

    @Test
    void aLoneDoseIsWrittenInFull() {
        assertEquals(List.of("tocilizumab 560 mg at 72 h"),
                TreatmentDigest.phrases(List.of(new TreatmentEvent(72, "tocilizumab", 560, "iv", 1, "schedule"))));
        assertEquals(List.of("antibiotics course of 120 h at 6 h"),
                TreatmentDigest.phrases(List.of(new TreatmentEvent(6, "antibiotics", 0, "course", 120, "schedule"))));
        assertEquals(List.of("care_on = 0 at 30 h"),
                TreatmentDigest.phrases(List.of(new TreatmentEvent(30, "care_on", 0, "set", 0, "palliation"))));
    }

    @Test
    void repeatsCollapseToACountAndTheirTimeSpanInOrderOfFirstUse() {
        List<TreatmentEvent> events = new ArrayList<>();
        double[] toci = {64, 72, 80, 88};
        for (double t : toci) {
            events.add(new TreatmentEvent(t, "tocilizumab", 640, "iv", 1, "tocilizumab"));
        }
        int dexDoses = 26;
        for (int k = 0; k < dexDoses; k++) {
            events.add(new TreatmentEvent(72 + 6 * k, "dexamethasone", 10, "iv", 0, "dexamethasone"));
        }
        events.add(new TreatmentEvent(90, "dialysis", 1, "set", 0, "rrt"));
        events.add(new TreatmentEvent(120, "dialysis", 0, "set", 0, "rrt"));
        events.sort((x, y) -> Double.compare(x.timeH(), y.timeH()));
        assertEquals(List.of("tocilizumab x4 (64-88 h)", "dexamethasone x" + dexDoses + " (72-" + (72 + 6 * (dexDoses - 1))
                + " h)", "dialysis set x2 (90-120 h)"), TreatmentDigest.phrases(events));
        assertEquals(String.join(", ", TreatmentDigest.phrases(events)), TreatmentDigest.line(events));
    }

    @Test
    void nothingGivenIsNone() {
        assertEquals(List.of(), TreatmentDigest.phrases(List.of()));
        assertEquals("none", TreatmentDigest.line(List.of()));
    }
}
