package org.cytostorm.physiology.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.cytostorm.common.input.InputException;
import org.cytostorm.physiology.model.ParameterTable;
import org.junit.jupiter.api.Test;

class TriggerCatalogueTest {

    @Test
    void typesAndOptionsInFileOrder() {
        TriggerCatalogue c = Fixtures.catalogue();
        assertEquals(List.of("none", "bolus"), c.typeNames());
        TriggerType bolus = c.find("bolus").orElseThrow();
        assertEquals("a test bolus", bolus.description());
        assertEquals(Map.of("k_base", 3.0, "shared", 1.0), bolus.parameters());
        assertEquals(List.of("product", "dose", "burden"), bolus.optionNames());
        assertEquals(5, bolus.line());

        ChoiceOption product = (ChoiceOption) bolus.option("product").orElseThrow();
        assertEquals(Optional.of("alpha"), product.defaultChoice());
        assertEquals(List.of("alpha", "beta"), product.choiceNames());
        assertEquals("product: alpha | beta [alpha]", product.describe());

        QuantityOption dose = (QuantityOption) bolus.option("dose").orElseThrow();
        assertEquals("dose", dose.parameter());
        assertEquals("1e6 cells/kg", dose.unit());
        assertEquals(OptionalDouble.empty(), dose.defaultValue());
        assertEquals(List.of("1e6 cells/kg", "cells/kg", "cells"), List.copyOf(dose.units().keySet()));
        assertEquals(new UnitConversion(1e-6, true), dose.units().get("cells"));
        assertEquals("0.01..50 1e6 cells/kg", dose.range());

        QuantityOption burden = (QuantityOption) bolus.option("burden").orElseThrow();
        assertEquals(OptionalDouble.of(30), burden.defaultValue());
        assertEquals(Map.of("low", 5.0, "high", 150.0), burden.levels());
        assertEquals("burden: 0..1000 1e9 cells; units 1e9 cells, cells; levels low = 5 1e9 cells, high = 150 1e9 cells; sets burden [30 1e9 cells]",
                burden.describe());

        assertEquals(Set.of("k_base", "shared", "dose", "prolif", "burden"), c.parameterNames());
        assertEquals(List.of("k_base", "shared", "dose", "prolif", "burden"), List.copyOf(c.parameterNames()));
    }

    @Test
    void validateReportsEveryNameMissingFromTheTable() {
        TriggerCatalogue c = Fixtures.catalogue();
        assertEquals(List.of(), c.validate(Fixtures.table()));
        List<String> problems = c.validate(Fixtures.tableOf(List.of("k_base", "dose")));
        assertEquals(List.of(
                "cat.yaml:5: bolus.parameters: parameter 'shared' is not in the parameter table",
                "cat.yaml:9: bolus.options.product.choices.alpha: parameter 'shared' is not in the parameter table",
                "cat.yaml:9: bolus.options.product.choices.beta: parameter 'prolif' is not in the parameter table",
                "cat.yaml:22: bolus.options.burden.parameter: parameter 'burden' is not in the parameter table"),
                problems);
    }

    @Test
    void levelOrNumberAsDefault() {
        TriggerCatalogue c = TriggerCatalogue.parse("""
                t:
                  description: d
                  options:
                    n:
                      parameter: p
                      unit: "1"
                      default: high
                      range: [0, 10]
                      levels: {high: 8}
                """, "c.yaml");
        QuantityOption n = (QuantityOption) c.find("t").orElseThrow().option("n").orElseThrow();
        assertEquals(OptionalDouble.of(8), n.defaultValue());
        assertEquals(List.of("1"), List.copyOf(n.units().keySet()), "the canonical unit is always accepted");
    }

    private static final String COUNT_CATALOGUE = """
            none:
              description: no trigger
            t:
              description: d
              options:
                n:
                  parameter: p
                  unit: "1"
                  whole: true
                  default: 0
                  range: [0, 30]
            """;

    @Test
    void aCountAcceptsWholeNumbersOnly() {
        TriggerCatalogue c = TriggerCatalogue.parse(COUNT_CATALOGUE, "c.yaml");
        QuantityOption n = (QuantityOption) c.find("t").orElseThrow().option("n").orElseThrow();
        assertTrue(n.whole());
        assertTrue(n.fitsCount(4) && !n.fitsCount(2.5));
        assertEquals("n: 0..30; a whole number; sets p [0]", n.describe());
        ScenarioReader reader = ScenarioReader.of(Fixtures.model(Fixtures.tableOf(List.of("p", "weight", "age",
                "care_on", "perforin"))), c);
        assertEquals(4.0, reader.read("trigger:\n  type: t\n  n: 4\n", "s.yaml").parameters().get("p"));
        InputException e = assertThrows(InputException.class,
                () -> reader.read("trigger:\n  type: t\n  n: 2.5\n", "s.yaml"));
        assertEquals("trigger.n", e.key(), e.getMessage());
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("n is a count: expected a whole number, found 2.5"), e.getMessage());
        malformed(COUNT_CATALOGUE.replace("default: 0", "default: 0.5"), 10, "t.options.n.default",
                "expected a whole number (this option is a count), found 0.5");
    }

    @Test
    void aCountOptionMustBeACountInTheTableAndTheReverse() {
        TriggerCatalogue c = TriggerCatalogue.parse(COUNT_CATALOGUE, "c.yaml");
        String header = "name\tvalue\tunit\tmin\tmax\tdistribution\tevidence\tsource\tdescription\n";
        ParameterTable fixed = ParameterTable.parse(header + "p\t0\t1\t0\t30\tfixed\tassumed\tassumed: t\tp\n", "t.tsv");
        ParameterTable count = ParameterTable.parse(header + "p\t0\t1\t0\t30\tcount\tassumed\tassumed: t\tp\n", "t.tsv");
        assertEquals(List.of(), c.validate(count));
        List<String> problems = c.validate(fixed);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("c.yaml:6: t.options.n: whole: true, but p is not a count"), problems.get(0));
        TriggerCatalogue notWhole = TriggerCatalogue.parse(COUNT_CATALOGUE.replace("      whole: true\n", ""), "c.yaml");
        List<String> reverse = notWhole.validate(count);
        assertEquals(1, reverse.size(), reverse.toString());
        assertTrue(reverse.get(0).contains("p is a count in the parameter table; mark the option whole: true"),
                reverse.get(0));
    }

    private static void malformed(String yaml, int line, String key, String... fragments) {
        InputException e = assertThrows(InputException.class, () -> TriggerCatalogue.parse(yaml, "cat.yaml"));
        String m = e.getMessage();
        assertEquals("cat.yaml", e.file(), m);
        assertEquals(line, e.line(), m);
        assertEquals(key, e.key(), m);
        assertTrue(m.startsWith("cat.yaml:" + line + ": "), m);
        for (String f : fragments) {
            assertTrue(m.contains(f), () -> "'" + f + "' missing from: " + m);
        }
    }

    @Test
    void malformedCataloguesNameFileLineAndKey() {
        malformed("t:\n  parameters: {}\n", 1, "t.description", "missing");
        malformed("t:\n  description: d\n  paramters: {}\n", 3, "t.paramters", "did you mean 'parameters'?",
                "allowed keys: description, infection, parameters, options");
        malformed("t:\n  description: d\n  parameters: {a: high}\n", 3, "t.parameters.a", "expected a number");
        malformed("t:\n  description: d\n  options:\n    o: {parameter: p, unit: x, range: [5, 1]}\n", 4,
                "t.options.o.range", "min <= max");
        malformed("t:\n  description: d\n  options:\n    o: {parameter: p, unit: x, range: [0, 1], default: 3}\n", 4,
                "t.options.o.default", "allowed: 0..1 x");
        malformed("t:\n  description: d\n  options:\n    o:\n      parameter: p\n      unti: x\n", 6, "t.options.o.unti",
                "did you mean 'unit'?");
        malformed("t:\n  description: d\n  options:\n    o:\n      default: c\n      choices: {a: {}, b: {x: 1}}\n", 5,
                "t.options.o.default", "one of: a, b");
        malformed("t:\n  description: d\n  options:\n    o: {value: 3}\n", 4, "t.options.o", "either choices", "or parameter");
        malformed("t:\n  description: d\n  options:\n    type: {choices: {a: {}}}\n", 4, "t.options.type", "reserved");
        malformed("t:\n  description: d\n  options:\n    o: {parameter: p, unit: x, range: [0, 1], units: {y: -1}}\n", 4,
                "t.options.o.units.y", "more than 0");
        malformed("t:\n  description: d\nt:\n  description: e\n", 3, "t", "duplicate key 't' (first at line 1)");
        malformed("t: [\n", 1, "", "YAML syntax error at line 1, column 5");
        malformed("", 1, "", "empty");
    }

    @Test
    void theStandardCatalogueReads() {
        TriggerCatalogue c = TriggerCatalogue.standard();
        assertEquals(TriggerCatalogue.FILE, c.sourceName());
        assertFalse(c.types().isEmpty());
        for (TriggerType t : c.types()) {
            assertFalse(t.description().isBlank(), t.name());
            t.options().forEach(o -> assertFalse(o.describe().isBlank()));
        }
    }

    @Test
    void theInfectionFlagIsTypedInTheCatalogue() {
        // Sepsis-3 needs a suspected infection: the bacterial and viral triggers, and primary HLH with its virus
        TriggerCatalogue c = TriggerCatalogue.standard();
        for (String t : c.typeNames()) {
            boolean expected = java.util.Set.of("sepsis", "influenza", "covid-19", "hlh").contains(t);
            assertEquals(expected, c.find(t).orElseThrow().infection(), t);
        }
        assertEquals(true, BuiltInScenarios.load("sepsis").trigger().infection());
        assertEquals(false, BuiltInScenarios.load("car-t-axi-cel").trigger().infection());
        malformed("t:\n  description: d\n  infection: maybe\n", 3, "t.infection", "expected true or false");
    }
}
