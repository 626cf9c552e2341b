package org.cytostorm.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layout rules of {@link PanelPlan}, on curves whose scales are known. */
class PanelPlanTest {

    private static TimeSeries flat(String name, String unit, double value) {
        return new TimeSeries(name, unit, new double[] {value, value, value});
    }

    private static TimeSeries decaying(String name, String unit, double from, double to) {
        return new TimeSeries(name, unit, new double[] {from, Math.sqrt(from * to), to});
    }

    private static List<String> names(TimePanel p) {
        return p.series().stream().map(TimeSeries::name).toList();
    }

    @Test
    void curvesWithinAHundredfoldShareALinearPanelAndOthersDoNot() {
        List<TimePanel> panels = PanelPlan.panels("Labs", List.of(flat("ferritin", "ng/mL", 11_000),
                flat("LDH", "ng/mL", 270), flat("small", "ng/mL", 50)), false);
        assertEquals(2, panels.size());
        assertEquals(List.of("ferritin", "LDH"), names(panels.get(0)));
        assertEquals(List.of("small"), names(panels.get(1)));
        panels.forEach(p -> assertFalse(p.log()));
        assertEquals("Labs, 1 of 2", panels.get(0).title());
    }

    @Test
    void differentUnitsNeverShareAPanel() {
        List<TimePanel> panels = PanelPlan.panels("Grades", List.of(flat("hscore", "points", 170),
                flat("crs_grade", "1", 2), flat("sofa", "points", 9)), false);
        assertEquals(2, panels.size());
        assertEquals(List.of("hscore", "sofa"), names(panels.get(0)));
        assertEquals("points", panels.get(0).yLabel());
        assertEquals("dimensionless", panels.get(1).yLabel());
        assertEquals("Grades (points)", panels.get(0).title());
    }

    @Test
    void aUnitWhoseCurvesSpanDecadesGetsOneLogPanelUnlessItIsABoundedScale() {
        List<TimePanel> cytokines = PanelPlan.panels("Cytokines", List.of(decaying("IL6", "pg/mL", 3000, 5),
                flat("IL1B", "pg/mL", 2)), true);
        assertEquals(1, cytokines.size());
        assertTrue(cytokines.get(0).log());
        assertTrue(cytokines.get(0).marked());
        List<TimePanel> fractions = PanelPlan.panels("Cells", List.of(decaying("injury", "0-1", 0.5, 1e-6)), false);
        assertFalse(fractions.get(0).log());
        List<TimePanel> signed = PanelPlan.panels("X", List.of(new TimeSeries("balance", "mL", new double[] {-5, 1e4, 1})),
                false);
        assertFalse(signed.get(0).log(), "a curve with negative values cannot go on a log axis");
        // a rise from nothing is not decades of data: 0, 1e-5, ..., 8 L stays linear (the smallest
        // value once above 8/100 L is 0.1 L, 80x below the peak); a drug level's decay after its
        // peak spans decades whatever it started from
        List<TimePanel> balance = PanelPlan.panels("Support", List.of(new TimeSeries("fluid_balance", "L",
                new double[] {0, 1e-5, 1e-3, 0.1, 2, 8, 5, 0.3})), false);
        assertFalse(balance.get(0).log(), "a fluid balance rising from 0");
        List<TimePanel> drug = PanelPlan.panels("Drugs", List.of(new TimeSeries("dex", "mg/L",
                new double[] {0, 1e-4, 0.5, 0.05, 0.005, 5e-4})), false);
        assertTrue(drug.get(0).log(), "a drug level decaying 1000-fold after its peak");
        List<TimePanel> baseline = PanelPlan.panels("Cytokines", List.of(new TimeSeries("IL6", "pg/mL",
                new double[] {2, 50, 1000, 900, 800})), false);
        assertTrue(baseline.get(0).log(), "a rise from a positive baseline 500-fold is decades of data");
    }

    /** Random layouts keep the rules: every curve once, one unit a panel, at most 100x on linear axes, 8 curves. */
    @Test
    void everyLayoutKeepsTheRules() {
        Random random = new Random(7);
        String[] units = {"pg/mL", "mg/L", "1", "%", "mmHg"};
        for (int trial = 0; trial < 500; trial++) {
            List<TimeSeries> curves = new ArrayList<>();
            int n = 1 + random.nextInt(20);
            for (int i = 0; i < n; i++) {
                double peak = Math.pow(10, random.nextDouble() * 8 - 3);
                double low = random.nextBoolean() ? peak : peak * Math.pow(10, -random.nextDouble() * 5);
                curves.add(decaying("c" + i, units[random.nextInt(units.length)], peak, low));
            }
            List<TimePanel> panels = PanelPlan.panels("T", curves, false);
            Set<String> seen = new HashSet<>();
            for (TimePanel p : panels) {
                assertTrue(p.series().size() <= PanelPlan.MAX_SERIES);
                assertEquals(1, p.series().stream().map(TimeSeries::unit).distinct().count(), "one unit");
                p.series().forEach(s -> assertTrue(seen.add(s.name()), "each curve once"));
                if (!p.log()) {
                    double max = p.series().stream().mapToDouble(TimeSeries::peak).max().orElseThrow();
                    double min = p.series().stream().mapToDouble(TimeSeries::peak).min().orElseThrow();
                    assertTrue(max / min <= PanelPlan.LINEAR_RATIO, "linear panel " + p.title() + ": " + max + " / " + min);
                }
            }
            assertEquals(n, seen.size());
        }
    }
}
