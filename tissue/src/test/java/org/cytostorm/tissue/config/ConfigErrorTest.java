package org.cytostorm.tissue.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/**
 * Bad tissue configs are refused with the file, the line and the key: each case edits one line of
 * the built-in config, and the expected line is found by searching the edited text, not written in.
 */
class ConfigErrorTest {
    private static final String BASE = TissueConfigs.builtInText("lung-focal-infection");

    /** Replaces {@code from} by {@code to}, reads, and returns the failure with the edited line. */
    private static void assertRefused(String from, String to, String... fragments) {
        assertTrue(BASE.contains(from), "test setup: '" + from + "' not in the built-in");
        String text = BASE.replace(from, to);
        int line = lineOf(text, to);
        InputException e = assertThrows(InputException.class,
                () -> TissueConfigReader.read(text, "bad.yaml", Overrides.none()));
        assertEquals("bad.yaml", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.yaml:" + line + ": "), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' missing from: " + e.getMessage());
        }
    }

    private static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void unknownCellTypeInARule() {
        assertRefused("  - t_cell, il1b, increases", "  - nk_cell, il1b, increases", "unknown cell type 'nk_cell'",
                "epithelial");
    }

    @Test
    void unknownSignalInARule() {
        assertRefused("epithelial, tnf, increases", "epithelial, tgfb, increases", "unknown signal 'tgfb'", "il1b");
    }

    @Test
    void unknownInternalSignal() {
        assertRefused("epithelial, internal il1b, requires", "epithelial, internal il99, requires", "no field 'il99'");
    }

    @Test
    void negativeDiffusionCoefficient() {
        assertRefused("diffusion: 60, decay: 0.01", "diffusion: -60, decay: 0.01", "fields.il1b.diffusion", "-60");
    }

    @Test
    void ruleNamingABehaviourThatDoesNotExist() {
        assertRefused("increases, transform to active_t_cell", "increases, fly", "unknown behaviour 'fly'",
                "inflammatory death");
    }

    @Test
    void ruleNamingABehaviourTheCellTypeCannotHave() {
        assertRefused("  - epithelial, tnf, increases, inflammatory death, 0.0015, 5, 2",
                "  - epithelial, tnf, increases, migration speed, 5, 5, 2", "does not exist for epithelial");
    }

    @Test
    void behaviourOfATypeThatDoesNotExist() {
        assertRefused("behaviours: {uptake il1b: 0.05}", "behaviours: {uptake il99: 0.05}", "unknown behaviour 'uptake il99'");
    }

    @Test
    void unknownKind() {
        assertRefused("kind: neutrophil", "kind: eosinophil", "unknown kind 'eosinophil'", "macrophage");
    }

    @Test
    void unknownTopLevelKey() {
        assertRefused("seed: 1", "sede: 1", "unknown key", "seed");
    }

    @Test
    void ruleWithAnUndeclaredMechanism() {
        assertRefused("transform to macrophage, 0.01, 2, 1, il10_brake", "transform to macrophage, 0.01, 2, 1, il10_brak",
                "unknown mechanism 'il10_brak'");
    }

    @Test
    void aCitedSourceWithoutAnEvidenceGrade() {
        assertRefused("source: \"assumed: tissue-resident memory T cells\"", "source: \"doi:10.1000/example\"",
                "needs an evidence grade", "single-source");
    }

    @Test
    void anUnknownEvidenceGrade() {
        assertRefused("  leaky_endothelial:", "    grade: plausible\n  leaky_endothelial:",
                "unknown evidence grade 'plausible'");
    }

    @Test
    void overrideOfASettingThatDoesNotExist() {
        InputException e = assertThrows(InputException.class, () -> TissueConfigs.resolve("lung-focal-infection",
                Overrides.parse(List.of("mechanisms.inflamatory_death=false"))));
        assertTrue(e.getMessage().startsWith("--set: mechanisms.inflamatory_death: no such setting"), e.getMessage());
    }

    @Test
    void overrideWithABadValue() {
        InputException e = assertThrows(InputException.class, () -> TissueConfigs.resolve("lung-focal-infection",
                Overrides.parse(List.of("fields.tnf.diffusion=-1"))));
        assertTrue(e.getMessage().startsWith("--set: fields.tnf.diffusion: must be between"), e.getMessage());
    }

    @Test
    void theBuiltInsRead() {
        for (String name : TissueConfigs.BUILT_IN) {
            TissueConfig c = TissueConfigs.resolve(name, Overrides.none());
            assertEquals(name, c.name());
        }
    }
}
