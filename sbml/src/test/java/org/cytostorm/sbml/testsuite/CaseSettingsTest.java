package org.cytostorm.sbml.testsuite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

class CaseSettingsTest {

    static final String EXAMPLE = """
            start: 0
            duration: 5.0
            steps: 50
            variables: S1, S2, k
            absolute: 1.000000e-007
            relative: 0.0001\s
            amount: S1
            concentration: S2
            """;

    @Test
    void readsEveryField() {
        CaseSettings s = CaseSettings.parse(EXAMPLE, "01234-settings.txt");
        assertEquals(0, s.start());
        assertEquals(5, s.duration());
        assertEquals(50, s.steps());
        assertEquals(List.of("S1", "S2", "k"), s.variables());
        assertEquals(1e-7, s.absolute());
        assertEquals(1e-4, s.relative());
        assertEquals(Set.of("S1"), s.amount());
        assertEquals(Set.of("S2"), s.concentration());
        assertEquals(5.0, s.end());
    }

    @Test
    void timesAreEvenlySpacedAndEndExactly() {
        CaseSettings s = CaseSettings.parse(EXAMPLE.replace("start: 0", "start: 1").replace("duration: 5.0",
                "duration: 0.3").replace("steps: 50", "steps: 3"), "s");
        double[] t = s.times();
        assertEquals(4, t.length);
        assertEquals(1.0, t[0]);
        assertEquals(1.1, t[1], 1e-15);
        assertEquals(1.3, t[3]);
    }

    @Test
    void emptyListsAndWindowsLineEndingsAndUnknownFields() {
        String text = EXAMPLE.replace("amount: S1", "amount:").replace("concentration: S2", "concentration:")
                .replace("\n", "\r\n") + "comment: made by hand\r\n";
        CaseSettings s = CaseSettings.parse(text, "s");
        assertTrue(s.amount().isEmpty());
        assertTrue(s.concentration().isEmpty());
    }

    @Test
    void aMissingFieldIsNamed() {
        InputException e = assertThrows(InputException.class,
                () -> CaseSettings.parse(EXAMPLE.replace("steps: 50\n", ""), "c/01234-settings.txt"));
        assertEquals("c/01234-settings.txt: steps: missing", e.getMessage());
        assertEquals("steps", e.key());
    }

    @Test
    void aBadNumberNamesFileLineAndField() {
        InputException e = assertThrows(InputException.class,
                () -> CaseSettings.parse(EXAMPLE.replace("1.000000e-007", "1e-7x"), "f.txt"));
        assertEquals("f.txt:5: absolute: expected a number, got '1e-7x'", e.getMessage());
        assertEquals(5, e.line());
    }

    @Test
    void stepsMustBeAPositiveWholeNumber() {
        for (String bad : List.of("0", "2.5", "-3", "many", "")) {
            InputException e = assertThrows(InputException.class,
                    () -> CaseSettings.parse(EXAMPLE.replace("steps: 50", "steps: " + bad), "f"), bad);
            assertTrue(e.getMessage().startsWith("f:3: steps: expected a whole number"), e.getMessage());
        }
    }

    @Test
    void otherProblemsAreNamed() {
        assertMessage(EXAMPLE.replace("duration: 5.0", "duration: 0"), "f:2: duration: must be positive, not 0");
        assertMessage(EXAMPLE.replace("amount: S1", "amount: S9"),
                "f:7: amount: 'S9' is not among the variables [S1, S2, k]");
        assertMessage(EXAMPLE.replace("amount: S1", "amount: S2"),
                "f:7: amount: 'S2' is listed under both amount and concentration");
        assertMessage(EXAMPLE.replace("variables: S1, S2, k", "variables: S1, , k"),
                "f:4: variables: empty name in 'S1, , k'");
        assertMessage(EXAMPLE.replace("variables: S1, S2, k", "variables: S1, S2, S1"),
                "f:4: variables: 'S1' listed twice");
        assertMessage(EXAMPLE + "steps: 3\n", "f:9: steps: given twice (first on line 3)");
        assertMessage(EXAMPLE + "just words\n", "f:9: expected 'field: value', got 'just words'");
        assertMessage(EXAMPLE.replace("relative: 0.0001", "relative: -1"), "f:6: relative: must not be negative, not -1");
        assertMessage(EXAMPLE.replace("start: 0", "start: INF"), "f:1: start: must be finite, not INF");
    }

    private static void assertMessage(String text, String message) {
        InputException e = assertThrows(InputException.class, () -> CaseSettings.parse(text, "f"));
        assertEquals(message, e.getMessage());
    }

    @Test
    void numbersInBothStyles() {
        assertEquals(1e-7, Numbers.parse("1.000000e-007"));
        assertEquals(1e-7, Numbers.parse(" 1E-7 "));
        assertEquals(0.0001, Numbers.parse("0.0001"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-INF"));
        assertTrue(Double.isNaN(Numbers.parse("nan")));
        assertThrows(NumberFormatException.class, () -> Numbers.parse("1d"));
        assertThrows(NumberFormatException.class, () -> Numbers.parse("0x10"));
        assertThrows(NumberFormatException.class, () -> Numbers.parse(""));
    }

    @Test
    void numbersAreWrittenShort() {
        assertEquals("2.5", Numbers.format(2.5));
        assertEquals("0", Numbers.format(0));
        assertEquals("12", Numbers.format(12));
        assertEquals("0.3", Numbers.format(0.30000000000000004));
        assertEquals("1.5e-15", Numbers.format(1.5e-15));
        assertEquals("0.0001357256127", Numbers.format(1.357256127053939e-4));
        assertEquals("-2.5e12", Numbers.format(-2.5e12 + 0.5));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("-INF", Numbers.format(Double.NEGATIVE_INFINITY));
        assertArrayEquals(new double[] {1}, new double[] {Numbers.parse(Numbers.format(1))});
    }
}
