package org.cytostorm.sbml.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseSelectionTest {

    private static final List<SuiteCase> CASES = new ArrayList<>();

    static {
        for (int n : new int[] {1, 2, 3, 5, 8, 100, 250, 1100, 1121}) {
            String id = String.format("%05d", n);
            CASES.add(new SuiteCase(id, "A", List.of(), List.of(), Path.of("cases", id)));
        }
    }

    private static List<Integer> numbers(String list) {
        return CaseSelection.parse(list).apply(CASES).stream().map(SuiteCase::number).toList();
    }

    @Test
    void rangesAndSingleNumbers() {
        assertEquals(List.of(1, 2, 3, 5, 8, 100, 250, 1100), numbers("1-100,250,1100-1120"));
        assertEquals(List.of(2, 3), numbers(" 2 - 3 "));
        assertEquals(List.of(1, 2, 3), numbers("3,1,2,2"));
        assertEquals(List.of(250), numbers("00250"));
        assertEquals(CASES.size(), CaseSelection.all().apply(CASES).size());
        assertEquals(CASES.size(), numbers("all").size());
    }

    @Test
    void badListsAreExplained() {
        assertEquals("'x' in case list '1-3,x' is not a case number; expected numbers and ranges such as 1-100,250",
                assertThrows(IllegalArgumentException.class, () -> CaseSelection.parse("1-3,x")).getMessage());
        assertEquals("range '5-2' in case list ends before it starts",
                assertThrows(IllegalArgumentException.class, () -> CaseSelection.parse("5-2")).getMessage());
        assertEquals("empty item in case list '1,,2'",
                assertThrows(IllegalArgumentException.class, () -> CaseSelection.parse("1,,2")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CaseSelection.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> CaseSelection.parse("1-"));
    }

    @Test
    void unknownCasesAreExplained() {
        assertEquals("case 4 is not in the suite's index", assertThrows(IllegalArgumentException.class,
                () -> CaseSelection.parse("1,4").apply(CASES)).getMessage());
        assertEquals("no case of the suite's index is in 300-400", assertThrows(IllegalArgumentException.class,
                () -> CaseSelection.parse("300-400").apply(CASES)).getMessage());
    }
}
