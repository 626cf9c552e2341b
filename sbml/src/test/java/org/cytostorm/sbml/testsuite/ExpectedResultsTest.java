package org.cytostorm.sbml.testsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

class ExpectedResultsTest {

    private static final CaseSettings SETTINGS = CaseSettings.parse("""
            start: 0
            duration: 0.2
            steps: 2
            variables: P, Q
            absolute: 1e-7
            relative: 1e-4
            amount: P
            concentration:
            """, "s");

    @Test
    void readsHeaderAndValues() {
        ExpectedResults r = ExpectedResults.parse("time,P,Q\n0,1,2\n0.1,1.5e-3,-4\n0.2,3,4\n", "r.csv", SETTINGS);
        assertEquals(List.of("P", "Q"), r.variables());
        assertEquals(3, r.rows());
        assertEquals(0.1, r.times()[1]);
        assertEquals(1.5e-3, r.value(1, 0));
        assertEquals(4, r.value(2, 1));
    }

    @Test
    void theHeaderIsOptionalAndMayBeSpelledTime() {
        ExpectedResults a = ExpectedResults.parse("0,1,2\r\n0.1,1,2\r\n0.2,1,2\r\n", "r", SETTINGS);
        ExpectedResults b = ExpectedResults.parse("Time, P, Q\n0,1,2\n0.1,1,2\n0.2,1,2\n\n", "r", SETTINGS);
        assertEquals(3, a.rows());
        assertEquals(3, b.rows());
    }

    @Test
    void specialValuesInAnyCase() {
        ExpectedResults r = ExpectedResults.parse("time,P,Q\n0,INF, NaN\n0.1,-inf,nan\n0.2,Inf,-INF\n", "r", SETTINGS);
        assertEquals(Double.POSITIVE_INFINITY, r.value(0, 0));
        assertTrue(Double.isNaN(r.value(0, 1)));
        assertEquals(Double.NEGATIVE_INFINITY, r.value(1, 0));
        assertEquals(Double.NEGATIVE_INFINITY, r.value(2, 1));
    }

    @Test
    void problemsNameFileLineAndColumn() {
        assertMessage("time,P,Q\n0,1,2\n0.1,1\n0.2,1,2\n",
                "r.csv:3: expected 3 columns (time, P, Q), found 2");
        assertMessage("time,P,Q\n0,1,2\n0.1,1,x2\n0.2,1,2\n",
                "r.csv:3: Q: expected a number, NaN, INF or -INF, got 'x2'");
        assertMessage("time,P,R\n0,1,2\n0.1,1,2\n0.2,1,2\n",
                "r.csv:1: header: column 3 is 'R' but the settings list 'Q' there (variables: P, Q)");
        assertMessage("time,P\n0,1\n",
                "r.csv:1: header: expected 3 columns (time, P, Q), found 2");
        assertMessage("time,P,Q\n0,1,2\n0.1,1,2\n", "r.csv: has 2 data rows; steps: 2 calls for 3");
        assertMessage("time,P,Q\n0,1,2\n0.1,1,2\n0.2,1,2\n0.3,1,2\n",
                "r.csv:5: more than the 3 data rows that steps: 2 calls for");
        assertMessage("time,P,Q\n0,1,2\n0.15,1,2\n0.2,1,2\n",
                "r.csv:3: time: row 2 is at t=0.15, the settings (start 0, duration 0.2, steps 2) put it at t=0.1");
    }

    private static void assertMessage(String text, String message) {
        InputException e = assertThrows(InputException.class,
                () -> ExpectedResults.parse(text, "r.csv", SETTINGS));
        assertEquals(message, e.getMessage());
    }
}
