package org.cytostorm.physiology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cytostorm.common.input.InputException;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.UnitDefinition;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.model.PatientModel;
import org.junit.jupiter.api.Test;

class ExportUnitsTest {

    private static final String HEADER = "name\tvalue\tunit\tmin\tmax\tdistribution\tevidence\tsource\tdescription\n";
    private static final String EQUATIONS = "model *m()\n  x' = -k*x\n  x = 1\n  //@ x unit=\"mg\"\nend\n";

    private static ParameterTable table(String unit) {
        return ParameterTable.parse(HEADER + "k\t0.5\t" + unit + "\t0\t1\tfixed\tassumed\tassumed: test\ta rate\n", "t.tsv");
    }

    @Test
    void everyVariableOfThePatientModelHasADeclaredUnitAndTimeIsInHours() {
        PatientModel patient = PatientModel.standard();
        Model m = ExportUnits.declare(patient.model(), patient.table());
        Set<String> ids = new HashSet<>();
        m.unitDefinitions().forEach(u -> ids.add(u.id()));
        for (Parameter p : m.parameters()) {
            assertTrue(p.units() != null && (p.units().equals("dimensionless") || ids.contains(p.units())),
                    p.id() + " has units " + p.units());
        }
        UnitDefinition hour = m.unitDefinitions().stream().filter(u -> u.id().equals(m.units().time())).findFirst()
                .orElseThrow();
        assertEquals(List.of(new UnitDefinition.Part("second", 1, 0, 3600)), hour.parts());
        assertEquals("h", hour.annotation().displayName());
        // one definition per distinct unit text other than 1, named by the text
        Set<String> texts = new HashSet<>();
        for (ParameterEntry e : patient.table().entries()) {
            if (!e.unit().equals("1")) {
                texts.add(e.unit());
            }
        }
        Set<String> names = new HashSet<>();
        m.unitDefinitions().forEach(u -> names.add(u.annotation().displayName()));
        assertTrue(names.containsAll(texts), "every table unit is a definition");
        assertEquals(names.size(), m.unitDefinitions().size());
        // the table's unit reaches the parameter, the model's own annotation the state
        assertEquals("per_h", m.parameter("k_celldeath").orElseThrow().units());
        assertEquals("pg_per_mL", m.parameter("TNF").orElseThrow().units());
        assertEquals("mmHg", m.parameter("MAP").orElseThrow().units());
    }

    @Test
    void aTableUnitItCannotReadNamesTheRow() {
        PatientModel patient = PatientModel.of(EQUATIONS, table("1/fortnight"));
        InputException e = assertThrows(InputException.class, () -> ExportUnits.declare(patient.model(), patient.table()));
        assertEquals("parameters.tsv:2: unit: k: cannot read the unit '1/fortnight': unknown unit 'fortnight'; known: s,"
                + " min, h, d, pg, ng, ug, mg, g, kg, uL, mL, dL, L, mmol, mol, cells, CFU, mmHg, degC, %, points, U, FEU,"
                + " DAMP, unit, a number, and 'per'", e.getMessage());
    }

    @Test
    void aVariableWithoutUnitIsNamed() {
        PatientModel patient = PatientModel.of(EQUATIONS.replace("  //@ x unit=\"mg\"\n", ""), table("1/h"));
        InputException e = assertThrows(InputException.class, () -> ExportUnits.declare(patient.model(), patient.table()));
        assertTrue(e.getMessage().startsWith("patient.ant: x: has no unit: give it a row in parameters.tsv or a line"
                + " //@ x unit=\"...\""), e.getMessage());
    }

    @Test
    void aModelUnitItCannotReadNamesTheFile() {
        PatientModel patient = PatientModel.of(EQUATIONS.replace("unit=\"mg\"", "unit=\"mg/fortnight\""), table("1/h"));
        InputException e = assertThrows(InputException.class, () -> ExportUnits.declare(patient.model(), patient.table()));
        assertTrue(e.getMessage().startsWith("patient.ant: x: cannot read the unit 'mg/fortnight'"), e.getMessage());
    }
}
