package org.cytostorm.physiology.treat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/** The NONMEM-style dosing file: columns in any order and case, dose rows only, and errors by line and column. */
class NonmemDosesTest {

    @Test
    void readsDoseRowsAndSkipsObservations() {
        List<Dosing> d = NonmemDoses.parse("id,time,evid,drug,amt,rate,ii,addl,dv\n"
                + "1,0,0,.,.,.,.,.,12.5\n"
                + "1,72,1,tocilizumab,640,320,.,.,.\n"
                + "1,0,1,dexamethasone,6,.,24,9,.\n", "d.csv");
        assertEquals(2, d.size());
        Dosing toci = d.get(0);
        assertEquals("tocilizumab", toci.drug().name());
        assertEquals(72, toci.timeH());
        assertEquals(2.0, toci.durationH(), 0.0, "640 mg at 320 mg/h lasts 2 h");
        assertEquals(640, toci.amount().value());
        Dosing dex = d.get(1);
        assertEquals(9, dex.additional());
        assertEquals(24, dex.intervalH());
        assertEquals(10, dex.administrations(80).size());
        assertEquals(9 * 24, dex.administrations(80).get(9).timeH());
    }

    @Test
    void mgPerKgAndTheDrugsUsualRouteAndDuration() {
        Dosing d = NonmemDoses.parse("TIME,DRUG,AMT,UNIT\n0,tocilizumab,8,mg/kg\n", "d.csv").get(0);
        assertTrue(d.amount().perKg());
        assertEquals(Route.IV, d.route());
        assertEquals(1.0, d.durationH(), "tocilizumab is infused over 1 h unless the file says otherwise");
        assertEquals(640, d.administrations(80).get(0).amountMg(), 1e-12);
        assertEquals(800, d.administrations(120).get(0).amountMg(), 1e-12, "capped at 800 mg");
    }

    private static void fails(String text, int line, String field, String fragment) {
        InputException e = assertThrows(InputException.class, () -> NonmemDoses.parse(text, "d.csv"));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith("d.csv:" + line + ": " + field), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void errorsNameLineAndColumn() {
        fails("TIME,DRUG,AMT,CMPT\n", 1, "column 4", "not a known column name");
        fails("DRUG,AMT\n", 1, "TIME", "missing column");
        fails("TIME,DRUG,AMT\n0,dex,10\n5,aspirin,100\n", 3, "DRUG", "not a known drug");
        fails("TIME,DRUG,AMT\n0,dex,ten\n", 2, "AMT", "expected a number");
        fails("TIME,DRUG,AMT\n0,dex,-3\n", 2, "AMT", "cannot be negative");
        fails("TIME,DRUG,AMT,ROUTE\n0,tocilizumab,400,sc\n", 2, "ROUTE", "not given by route sc");
        fails("TIME,DRUG,AMT,SS\n0,dex,6,1\n", 2, "SS", "steady-state");
        fails("TIME,DRUG,AMT,ADDL\n0,dex,6,3\n", 2, "II", "interval");
        fails("TIME,DRUG,AMT\n0,dex\n", 2, "", "expected 3 values");
    }
}
