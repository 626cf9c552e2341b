package org.cytostorm.physiology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cytostorm.engine.model.UnitDefinition.Part;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.junit.jupiter.api.Test;

class UnitTextTest {

    /** Base units with exponents, and the factor: what a unit means, however its parts are arranged. */
    private record Meaning(Map<String, Double> exponents, double factor) {
    }

    private static Meaning meaning(String text) {
        Map<String, Double> e = new TreeMap<>();
        double f = 1;
        for (Part p : UnitText.parse(text)) {
            f *= Math.pow(p.multiplier() * Math.pow(10, p.scale()), p.exponent());
            if (!p.kind().equals("dimensionless")) {
                e.merge(p.kind(), p.exponent(), Double::sum);
            }
        }
        e.values().removeIf(v -> v == 0);
        return new Meaning(e, f);
    }

    private static void assertMeans(String text, Map<String, Double> exponents, double factor) {
        Meaning m = meaning(text);
        assertEquals(exponents, m.exponents(), text);
        assertEquals(factor, m.factor(), 1e-12 * factor, text);
    }

    @Test
    void everyUnitOfTheParameterTableReadsAndGetsItsOwnIdentifier() {
        Set<String> texts = new LinkedHashSet<>();
        for (ParameterEntry e : ParameterTable.standard().entries()) {
            texts.add(e.unit());
        }
        Map<String, String> byId = new HashMap<>();
        for (String t : texts) {
            assertTrue(!UnitText.parse(t).isEmpty(), t);
            String id = UnitText.id(t);
            assertTrue(id.matches("[A-Za-z_][A-Za-z0-9_]*"), id);
            String other = byId.put(id, t);
            assertTrue(other == null, "'" + t + "' and '" + other + "' share the identifier " + id);
        }
        assertTrue(texts.size() >= 35, "the table's distinct unit texts: " + texts.size());
    }

    @Test
    void timeRatesAndConcentrations() {
        assertEquals(List.of(new Part("second", -1, 0, 3600)), UnitText.parse("1/h"));
        assertEquals(List.of(new Part("gram", 1, -12, 1), new Part("litre", -1, -3, 1), new Part("second", -1, 0, 3600)),
                UnitText.parse("pg/mL/h"));
        assertMeans("pg/mL", Map.of("gram", 1.0, "litre", -1.0), 1e-9);
        assertMeans("ug/kg/min", Map.of("second", -1.0), 1e-9 / 60);
        assertMeans("mL/kg/h", Map.of("litre", 1.0, "gram", -1.0, "second", -1.0), 1e-6 / 3600);
        assertMeans("mmol/L", Map.of("mole", 1.0, "litre", -1.0), 1e-3);
    }

    @Test
    void countsAreItemsWithTheirFactor() {
        assertEquals(List.of(new Part("item", 1, 9, 1)), UnitText.parse("1e9 cells"));
        assertEquals(List.of(new Part("item", -1, 6, 1)), UnitText.parse("1/1e6 CFU"));
        assertEquals(List.of(new Part("item", 1, 6, 1), new Part("gram", -1, 3, 1)), UnitText.parse("1e6 cells/kg"));
        assertMeans("1e3/uL", Map.of("litre", -1.0), 1e9);
        assertMeans("1/(h 1e6 cells/kg)", Map.of("second", -1.0, "item", -1.0, "gram", 1.0), 1e3 / 3600 / 1e6);
        // 'per' divides by everything after it: (pg/mL/h) / (1e6 cells/kg)
        assertMeans("pg/mL/h per 1e6 cells/kg", Map.of("gram", 2.0, "litre", -1.0, "second", -1.0, "item", -1.0),
                1e-9 / 3600 / 1e6 * 1e3);
        assertMeans("ug/kg/min per mmHg per h", Map.of("second", -2.0, "pascal", -1.0), 1e-9 / 60 / 133.322387415 / 3600);
    }

    @Test
    void clinicalUnitsAsDocumented() {
        assertEquals(List.of(new Part("pascal", 1, 0, 133.322387415)), UnitText.parse("mmHg"));
        assertEquals(List.of(new Part("kelvin", 1, 0, 1)), UnitText.parse("degC"));
        assertEquals(List.of(new Part("dimensionless", 1, -2, 1)), UnitText.parse("%"));
        for (String t : List.of("1", "points", "U", "DAMP unit")) {
            assertEquals(List.of(new Part("dimensionless", 1, 0, 1)), UnitText.parse(t), t);
        }
        assertEquals(UnitText.parse("mg/L"), UnitText.parse("mg/L FEU"));
        assertEquals(UnitText.parse("pg/mL"), UnitText.parse("pg/mL per DAMP unit"));
        assertMeans("1/min/degC", Map.of("second", -1.0, "kelvin", -1.0), 1.0 / 60);
    }

    @Test
    void identifiersReadLikeTheText() {
        assertEquals("per_h", UnitText.id("1/h"));
        assertEquals("pg_per_mL_per_h", UnitText.id("pg/mL/h"));
        assertEquals("u1e9_cells", UnitText.id("1e9 cells"));
        assertEquals("percent", UnitText.id("%"));
        assertEquals("ug_per_kg_per_min_per_mmHg_per_h", UnitText.id("ug/kg/min per mmHg per h"));
    }

    @Test
    void aTextItCannotReadIsAClearError() {
        Map<String, String> cases = Map.of(
                "1/fortnight", "unknown unit 'fortnight'",
                "1/hr", "unknown unit 'hr'",
                "MG/L", "did you mean 'mg'?",
                "", "empty",
                "mg/(L", "'(' is not closed",
                "mg/", "ends where a unit or number should follow",
                "mg^x", "whole number",
                "mg L)", "unexpected ')'",
                "0 cells", "not a positive number");
        cases.forEach((text, expected) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitText.parse(text), text);
            assertTrue(e.getMessage().startsWith("cannot read the unit '" + text + "'"), e.getMessage());
            assertTrue(e.getMessage().contains(expected), text + ": " + e.getMessage());
        });
    }
}
