package org.cytostorm.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cytostorm.physiology.model.Distribution;
import org.cytostorm.physiology.model.ParameterTable;
import org.junit.jupiter.api.Test;

/** Factors from what a user writes, and the messages for what cannot be one. */
class FactorsTest {

    private static final ParameterTable TABLE = ParameterTable.standard();

    @Test
    void theDefaultFactorsAreTheParametersTheTableVaries() {
        List<Factor> all = Factors.ofPatient(List.of(), TABLE, Map.of(), Space.DISTRIBUTION);
        long varied = TABLE.entries().stream().filter(e -> !(e.distribution() instanceof Distribution.Fixed)
                && !(e.distribution() instanceof Distribution.Switch) && !(e.distribution() instanceof Distribution.Count)
                && !e.name().equals("weight")
                && !e.name().equals("age")).count();
        assertEquals(varied, all.size());
        assertTrue(all.size() > 100, "the table varies " + all.size() + " parameters");
    }

    @Test
    void aFactorVariesAroundTheScenariosValue() {
        Factor f = Factors.ofPatient(List.of("K_il10"), TABLE, Map.of("K_il10", 80.0), Space.DISTRIBUTION).get(0);
        var e = TABLE.find("K_il10").orElseThrow();
        assertEquals(e.distribution().recentred(80.0), f.distribution(), "the table's shape around the scenario's value");
        assertEquals(80.0, f.value(0.5), 0.01 * 80, "about the centre at the middle quantile (truncation moves it a little)");
        Factor r = Factors.ofPatient(List.of("K_il10"), TABLE, Map.of(), Space.RANGE).get(0);
        assertEquals(e.min(), r.value(0), 1e-12);
        assertEquals(e.max(), r.value(1), 1e-12);
    }

    @Test
    void badFactorsAreNamedWithWhatToDo() {
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> Factors.ofPatient(List.of("nonsense"), TABLE, Map.of(), Space.DISTRIBUTION)).getMessage();
        assertTrue(unknown.contains("'nonsense'"), unknown);
        String sw = assertThrows(IllegalArgumentException.class,
                () -> Factors.ofPatient(List.of("sw_il6r"), TABLE, Map.of(), Space.DISTRIBUTION)).getMessage();
        assertTrue(sw.contains("switch"), sw);
        String count = assertThrows(IllegalArgumentException.class,
                () -> Factors.ofPatient(List.of("lps_repeats"), TABLE, Map.of(), Space.RANGE)).getMessage();
        assertTrue(count.contains("is a count (a whole number)"), count);
        String weight = assertThrows(IllegalArgumentException.class,
                () -> Factors.ofPatient(List.of("weight"), TABLE, Map.of(), Space.DISTRIBUTION)).getMessage();
        assertTrue(weight.contains("covariate"), weight);
        String twice = assertThrows(IllegalArgumentException.class,
                () -> Factors.ofPatient(List.of("K_il10", "K_il10"), TABLE, Map.of(), Space.DISTRIBUTION)).getMessage();
        assertTrue(twice.contains("twice"), twice);
        String bare = assertThrows(IllegalArgumentException.class,
                () -> Factors.ofModel(List.of("k1"), n -> 1.0)).getMessage();
        assertTrue(bare.contains("k1=uniform(LO..HI)"), bare);
        String open = assertThrows(IllegalArgumentException.class,
                () -> Factors.ofModel(List.of("k1=uniform"), n -> 1.0)).getMessage();
        assertTrue(open.contains("uniform(LO..HI)"), open);
        String syntax = assertThrows(IllegalArgumentException.class,
                () -> Factors.ofModel(List.of("k1=gamma(2)"), n -> 1.0)).getMessage();
        assertTrue(syntax.contains("'k1'") && syntax.contains("unknown distribution"), syntax);
    }

    @Test
    void aListSplitsOnCommasOutsideParentheses() {
        assertEquals(List.of("a=normal(0.3, 1..2)", "b", "c=uniform(0..1)"),
                Factors.splitList("a=normal(0.3, 1..2), b ,c=uniform(0..1)"));
    }
}
