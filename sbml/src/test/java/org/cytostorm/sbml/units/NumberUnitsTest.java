package org.cytostorm.sbml.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.text.AntimonyParser;
import org.cytostorm.sbml.SbmlExporter;
import org.cytostorm.sbml.SbmlImporter;
import org.junit.jupiter.api.Test;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.UnitDefinition;

class NumberUnitsTest {

    /** A small model with units: pressure in mmHg, time in hours, a saturation curve, a score. */
    private static final String MODEL = """
            function curve(p)
              100/(23400/(p^3 + 150*p) + 1)
            end
            function floor0(x)
              max(x, 0)
            end
            model *m()
              unit time_unit = 3600 second
              unit mmHg = 133.322387415 pascal
              unit per_h = 1 / 3600 second
              unit hour = 3600 second
              unit percent = 0.01 dimensionless
              unit pg_per_mL = 1e-9 gram / litre
              MAP' = k*(65 - MAP) - 0.5*k*MAP
              MAP = 90; k = 0.2; thalf = 3
              kc := 0.6931472/thalf
              S := curve(MAP)
              score := min(floor0(70 - MAP)/5, 1)
              low := floor0(IL6 - 10)
              IL6 = 20
              at (MAP < 70 && time >= t_last + 1): k = k*2, t_last = time
              t_last = -1000
              MAP has mmHg; k has per_h; thalf has hour; kc has per_h; S has percent; score has dimensionless
              t_last has hour; IL6 has pg_per_mL; low has pg_per_mL
            end
            """;

    private static SBMLDocument document() {
        return SbmlExporter.toDocument(AntimonyParser.parse(MODEL, "m.ant"));
    }

    /** The numbers of a math tree with their units, in document order: {@code 65 mmHg}. */
    private static List<String> numbers(ASTNode n) {
        List<String> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(ASTNode n, List<String> out) {
        if (n.isNumber()) {
            double v = n.isInteger() ? n.getInteger() : n.getReal();
            out.add((v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)) + " "
                    + (n.isSetUnits() ? n.getUnits() : "(none)"));
        }
        for (ASTNode c : n.getChildren()) {
            collect(c, out);
        }
    }

    @Test
    void numbersTakeTheUnitsOfWhatTheyAreAddedToOrComparedWith() {
        SBMLDocument doc = document();
        NumberUnits.Summary s = NumberUnits.annotate(doc);
        org.sbml.jsbml.Model m = doc.getModel();
        assertEquals(List.of("65 mmHg", "0.5 dimensionless"), numbers(m.getRuleByVariable("MAP").getMath()));
        assertEquals(List.of("0.6931472 dimensionless"), numbers(m.getRuleByVariable("kc").getMath()));
        // the score: 70 and the divisor 5 are mmHg, the cap 1 is the score's
        assertEquals(List.of("70 mmHg", "5 mmHg", "1 dimensionless"), numbers(m.getRuleByVariable("score").getMath()));
        assertEquals(List.of("10 pg_per_mL"), numbers(m.getRuleByVariable("low").getMath()));
        assertEquals(List.of("70 mmHg", "1 hour"), numbers(m.getEvent(0).getTrigger().getMath()));
        assertEquals(List.of("2 dimensionless"), numbers(m.getEvent(0).getEventAssignment(0).getMath()));
        assertTrue(s.numbers() > 0);
        assertEquals(s.numbers(), s.withUnits() + s.dimensionless() + s.left().size());
    }

    @Test
    void aFunctionsNumbersTakeTheUnitsItsCallsAgreeOn() {
        SBMLDocument doc = document();
        NumberUnits.Summary s = NumberUnits.annotate(doc);
        org.sbml.jsbml.Model m = doc.getModel();
        // Severinghaus' constants: 100 %, 23400 mmHg^3, 150 mmHg^2 (definitions added for the powers)
        assertEquals(List.of("100 percent", "23400 mmHg_pow3", "3 dimensionless", "150 mmHg_pow2", "1 dimensionless"),
                numbers(m.getFunctionDefinition("curve").getBody()));
        UnitDefinition cube = m.getUnitDefinition("mmHg_pow3");
        assertEquals("(mmHg)^3", cube.getName());
        assertEquals(3.0, cube.getUnit(0).getExponent());
        assertEquals(133.322387415, cube.getUnit(0).getMultiplier(), 1e-9);
        assertEquals(2, s.definitionsAdded());
    }

    @Test
    void aNumberWhoseCallsDisagreeKeepsNoUnitsAndIsReported() {
        SBMLDocument doc = document();
        NumberUnits.Summary s = NumberUnits.annotate(doc);
        // floor0 is called with mmHg and with pg/mL: its 0 can have no one unit
        assertEquals(List.of("0 (none)"), numbers(doc.getModel().getFunctionDefinition("floor0").getBody()).subList(0, 1));
        assertEquals(List.of("0 in the body of function floor0: its calls give it 2 different units"), s.left());
    }

    @Test
    void onlyUnitsChangeNotTheMath() {
        Model m = AntimonyParser.parse(MODEL, "m.ant");
        String annotated = UnitsExport.write(m).xml();
        assertTrue(annotated.contains("sbml:units=\"mmHg\""), "units written on numbers");
        Model plain = SbmlImporter.read(SbmlExporter.write(m), "plain.xml");
        Model back = SbmlImporter.read(annotated, "annotated.xml");
        assertEquals(plain.rules(), back.rules());
        assertEquals(plain.functions(), back.functions());
        assertEquals(plain.events(), back.events());
        assertEquals(plain.parameters(), back.parameters());
    }

    @Test
    void onlyLevelThree() {
        assertThrows(IllegalArgumentException.class, () -> NumberUnits.annotate(new SBMLDocument(2, 4)));
    }
}
