package org.cytostorm.tissue.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.parallel.Workers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad coefficients fail where they are defined, with the substrate's name and the value. */
class BadInputTest {

    private static void assertRejected(Executable definition, String... expectedInMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, definition);
        for (String part : expectedInMessage) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should contain '" + part + "'");
        }
    }

    @Test
    void negativeOrNonFiniteCoefficientsAreRejectedWithTheSubstrateNamed() {
        assertRejected(() -> new Substrate("IL-6", -1, 0.1), "IL-6", "diffusion", "-1.0");
        assertRejected(() -> new Substrate("TNF", 100, -0.5), "TNF", "decay", "-0.5");
        assertRejected(() -> new Substrate("IFN-γ", Double.NaN, 0.1), "IFN-γ", "NaN");
        assertRejected(() -> new Substrate("IL-1β", 100, Double.POSITIVE_INFINITY), "IL-1β", "Infinity");
        assertRejected(() -> new Substrate(" ", 100, 0.1), "name");
    }

    @Test
    void fieldsNeedDistinctNamesAndFindThemByName() {
        Grid grid = Grid.planar(3, 3, 10);
        assertRejected(() -> new Fields(grid, List.of(new Substrate("IL-6", 1, 0), new Substrate("IL-6", 2, 0))),
                "IL-6", "twice");
        Fields fields = new Fields(grid, List.of(new Substrate("IL-6", 1, 0), new Substrate("TNF", 2, 0)));
        assertEquals(1, fields.indexOf("TNF"));
        assertEquals(-1, fields.indexOf("IL-10"));
        assertRejected(() -> fields.require("IL-10"), "IL-10", "TNF");
    }

    @Test
    void timeStepMustBePositiveAndFinite() {
        Fields fields = new Fields(Grid.planar(3, 3, 10), List.of(new Substrate("IL-6", 1, 0)));
        assertRejected(() -> new DiffusionSolver(fields, 0, Workers.serial()), "time step", "0.0");
        assertRejected(() -> new DiffusionSolver(fields, Double.NaN, Workers.serial()), "time step");
    }
}
