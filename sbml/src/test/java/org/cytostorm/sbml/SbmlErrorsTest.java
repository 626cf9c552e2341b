package org.cytostorm.sbml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

/** Unreadable, invalid and unsupported SBML: the message names the source, the element and what is wrong. */
class SbmlErrorsTest {

    private static String model(String body) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<sbml xmlns=\"http://www.sbml.org/sbml/level3/version2/core\" level=\"3\" version=\"2\">\n"
                + "<model id=\"m\">\n" + body + "</model>\n</sbml>\n";
    }

    private static final String COMPARTMENT =
            "<listOfCompartments><compartment id=\"c\" size=\"1\" constant=\"true\"/></listOfCompartments>\n";
    private static final String SPECIES = "<listOfSpecies><species id=\"S\" compartment=\"c\" initialAmount=\"1\""
            + " hasOnlySubstanceUnits=\"false\" boundaryCondition=\"false\" constant=\"false\"/></listOfSpecies>\n";

    private static SbmlException fails(String xml) {
        return assertThrows(SbmlException.class, () -> SbmlImporter.read(xml, "bad.xml"));
    }

    @Test
    void notWellFormedXmlNamesTheLine() {
        InputException e = assertThrows(InputException.class,
                () -> SbmlImporter.read("<sbml>\n<model id='m'>\n</sbml>", "bad.xml"));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.xml:3: not well-formed XML"), e.getMessage());
    }

    @Test
    void aReactionWithAnUnknownSpeciesNamesTheReaction() {
        SbmlException e = fails(model(COMPARTMENT + SPECIES
                + "<listOfReactions><reaction id=\"J1\" reversible=\"false\"><listOfReactants>"
                + "<speciesReference species=\"X\" stoichiometry=\"1\" constant=\"true\"/></listOfReactants>"
                + "</reaction></listOfReactions>\n"));
        assertTrue(e.getMessage().contains("J1") && e.getMessage().contains("'X'"), e.getMessage());
    }

    @Test
    void anUnknownSymbolInMathNamesTheElement() {
        SbmlException e = fails(model(COMPARTMENT + SPECIES
                + "<listOfRules><rateRule variable=\"S\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
                + "<ci> kx </ci></math></rateRule></listOfRules>\n"));
        assertTrue(e.getMessage().contains("kx") && e.getMessage().contains("rate rule for S"), e.getMessage());
    }

    @Test
    void algebraicRulesAreUnsupported() {
        SbmlException e = fails(model(COMPARTMENT + SPECIES
                + "<listOfRules><algebraicRule><math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
                + "<apply><minus/><ci> S </ci><cn> 1 </cn></apply></math></algebraicRule></listOfRules>\n"));
        assertTrue(e.getMessage().contains("algebraic rules are not supported"), e.getMessage());
    }

    @Test
    void theDelayCsymbolIsUnsupportedAndTheElementNamed() {
        SbmlException e = fails(model(COMPARTMENT + SPECIES
                + "<listOfRules><rateRule variable=\"S\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
                + "<apply><csymbol encoding=\"text\" definitionURL=\"http://www.sbml.org/sbml/symbols/delay\"> delay"
                + " </csymbol><ci> S </ci><cn> 1 </cn></apply></math></rateRule></listOfRules>\n"));
        assertTrue(e.getMessage().contains("rate rule for S") && e.getMessage().contains("delay"), e.getMessage());
    }

    @Test
    void fastReactionsAreUnsupported() {
        String l3v1 = model(COMPARTMENT + SPECIES
                + "<listOfReactions><reaction id=\"J1\" reversible=\"false\" fast=\"true\"/></listOfReactions>\n")
                .replace("level3/version2", "level3/version1").replace("version=\"2\"", "version=\"1\"");
        SbmlException e = fails(l3v1);
        assertTrue(e.getMessage().contains("reaction J1") && e.getMessage().contains("fast"), e.getMessage());
    }
}
