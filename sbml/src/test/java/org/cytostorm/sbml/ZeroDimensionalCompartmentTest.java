package org.cytostorm.sbml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.junit.jupiter.api.Test;

/**
 * Species in 0-dimensional compartments: with a size they read as concentrations like anywhere
 * (SBML Level 3); without one they are amounts (the Level 2 idiom the Test Suite's 0-D cases keep).
 * The rate of {@code => S1} is {@code S1}: closed forms amount = a0 exp(t/V) and exp(t).
 */
class ZeroDimensionalCompartmentTest {

    private static String model(String compartmentSize) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\" level=\"3\" version=\"2\">\n"
                + "<model id=\"m\"><listOfCompartments><compartment id=\"C\" spatialDimensions=\"0\" " + compartmentSize
                + " constant=\"true\"/></listOfCompartments>\n"
                + "<listOfSpecies><species id=\"S1\" compartment=\"C\" initialAmount=\"2\" hasOnlySubstanceUnits=\"false\""
                + " boundaryCondition=\"false\" constant=\"false\"/></listOfSpecies>\n"
                + "<listOfReactions><reaction id=\"J\" reversible=\"false\"><listOfProducts><speciesReference species=\"S1\""
                + " stoichiometry=\"1\" constant=\"true\"/></listOfProducts><kineticLaw>"
                + "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><ci> S1 </ci></math></kineticLaw></reaction>"
                + "</listOfReactions></model></sbml>\n";
    }

    private static double amountAtOne(String size) {
        CompiledModel m = CompiledModel.compile(SbmlImporter.read(model(size), "zero-d.xml"));
        Solution s = m.problem().withTimes(0, 1, new double[] {1}).withOutputs(java.util.List.of("S1"))
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-10, 1e-14)).solve().orThrow();
        boolean concentration = m.system().symbol("S1").orElseThrow().concentration();
        return concentration ? s.last("S1") * 2 : s.last("S1");
    }

    @Test
    void withASizeSpeciesReadAsConcentrations() {
        assertEquals(2 * Math.exp(0.5), amountAtOne("size=\"2\""), 1e-8);
    }

    @Test
    void withoutASizeSpeciesAreAmounts() {
        assertEquals(2 * Math.exp(1.0), amountAtOne(""), 1e-8);
    }
}
