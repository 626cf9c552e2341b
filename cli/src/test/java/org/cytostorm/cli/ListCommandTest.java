package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.TriggerCatalogue;
import org.junit.jupiter.api.Test;

class ListCommandTest {

    @Test
    void namesEveryBuiltInScenarioAndTriggerType() {
        CliRun r = CliRun.of("list");
        assertEquals(0, r.exitCode(), r.err());
        BuiltInScenarios.names().forEach(n -> assertTrue(r.out().contains("  " + n + " "), n + " in " + r.out()));
        TriggerCatalogue.standard().types().forEach(t -> {
            assertTrue(r.out().contains("  " + t.name() + " "), t.name());
            t.optionNames().forEach(o -> assertTrue(r.out().contains(o + ":"), t.name() + "." + o));
        });
    }

    @Test
    void fitsOneScreenWidth() {
        CliRun r = CliRun.of("list");
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 100, line);
        }
    }
}
