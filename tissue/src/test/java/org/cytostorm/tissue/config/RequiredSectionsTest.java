package org.cytostorm.tissue.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/**
 * A config cut short, or missing a section without which it describes no tissue, is refused naming
 * the file and the missing sections, rather than read as an empty tissue.
 */
class RequiredSectionsTest {

    private static String builtIn() {
        return TissueConfigs.builtInText("lung-focal-infection");
    }

    @Test
    void aConfigCutAtAnyLineInsideCellTypesIsRefusedNamingLayoutAndRules() {
        List<String> lines = builtIn().lines().toList();
        int from = lines.indexOf("cell_types:");
        int to = lines.indexOf("layout:");
        assertTrue(from > 0 && to > from, "test setup: the built-in's sections");
        for (int cut = from + 1; cut < to; cut++) {
            String half = String.join("\n", lines.subList(0, cut)) + "\n";
            InputException e = assertThrows(InputException.class,
                    () -> TissueConfigReader.read(half, "half.yaml", Overrides.none()), "cut after line " + cut);
            assertEquals("half.yaml", e.file());
            // a cut inside a cell type may first meet that type's own error; a cut between types the sections
            if (lines.get(cut).startsWith("  ") && !lines.get(cut).startsWith("   ")) {
                assertTrue(e.getMessage().contains("layout:, rules: are missing"),
                        "cut after line " + cut + ": " + e.getMessage());
            }
        }
    }

    @Test
    void eachRequiredSectionIsNamedWhenItAloneIsMissing() {
        for (String section : TissueConfigReader.REQUIRED) {
            String text = without(builtIn(), section);
            InputException e = assertThrows(InputException.class,
                    () -> TissueConfigReader.read(text, "cut.yaml", Overrides.none()), section);
            assertTrue(e.getMessage().startsWith("cut.yaml: the section " + section + ": is missing"), e.getMessage());
        }
    }

    @Test
    void anExplicitlyEmptyRuleListIsAccepted() {
        String text = without(builtIn(), "rules") + "rules: []\n";
        TissueConfig c = TissueConfigReader.read(text, "norules.yaml", Overrides.none());
        assertEquals(List.of(), c.rules());
    }

    @Test
    void everyBuiltInHasEveryRequiredSection() {
        for (String name : TissueConfigs.BUILT_IN) {
            String text = TissueConfigs.builtInText(name);
            for (String section : TissueConfigReader.REQUIRED) {
                assertTrue(text.contains("\n" + section + ":"), name + " lacks " + section);
            }
        }
    }

    /** The text without the top-level section {@code name} (its key line and the indented lines after it). */
    private static String without(String text, String name) {
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        for (String line : text.lines().toList()) {
            if (line.startsWith(name + ":")) {
                skipping = true;
                continue;
            }
            if (skipping && (line.startsWith(" ") || line.isEmpty())) {
                continue;
            }
            skipping = false;
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
