package org.cytostorm.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.FunctionDefinition;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Reference;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;
import org.cytostorm.engine.model.UnitDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The libAntimony output of BIOMD0000000714 (Reynolds 2006), read as it stands. Expected values are
 * transcribed from the .ant file (and agree with the SBML file of the same entry).
 */
class ReynoldsModelTest {

    private static Model model;

    @BeforeAll
    static void parse() {
        model = AntimonyParser.parse(ReferenceFiles.reference(ReferenceFiles.REYNOLDS));
    }

    @Test
    void theMainModelIsChosen() {
        assertEquals("Reynolds2006___Reduced_model_of_the_acute_inflammatory_response", model.id());
        assertEquals("Reynolds2006 - Reduced model of the acute inflammatory response",
                model.annotation().displayName());
    }

    @Test
    void oneCompartmentOfSizeOne() {
        assertEquals(List.of(new Compartment("compartment_", 1, true, 3, null, model.compartments().get(0).annotation())),
                model.compartments());
        assertEquals("Human body", model.compartments().get(0).annotation().displayName());
        assertEquals(List.of(new Reference("taxon", "http://identifiers.org/taxonomy/9606")),
                model.compartments().get(0).annotation().references());
    }

    @Test
    void fourSpeciesWithInitialConcentrations() {
        assertEquals(List.of("P", "Nstar", "D", "C_A"), model.species().stream().map(Species::id).toList());
        double[] initial = {1, 0, 0, 0.125};
        for (int i = 0; i < 4; i++) {
            Species s = model.species().get(i);
            assertEquals("compartment_", s.compartment());
            assertEquals(initial[i], s.initialConcentration(), s.id());
            assertTrue(Double.isNaN(s.initialAmount()), s.id());
            assertFalse(s.hasOnlySubstanceUnits());
            assertFalse(s.boundaryCondition());
            assertFalse(s.constant());
        }
    }

    @Test
    void twentyOneConstantParametersWithTheValuesOfTheFile() {
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("k_pm", 0.6);
        expected.put("k_mp", 0.01);
        expected.put("s_m", 0.005);
        expected.put("mu_m", 0.002);
        expected.put("k_pg", 0.3);
        expected.put("p_inf", 20.0);
        expected.put("k_pn", 1.8);
        expected.put("k_np", 0.1);
        expected.put("k_nn", 0.01);
        expected.put("s_nr", 0.08);
        expected.put("mu_nr", 0.12);
        expected.put("mu_n", 0.05);
        expected.put("k_nd", 0.02);
        expected.put("k_dn", 0.35);
        expected.put("x_dn", 0.06);
        expected.put("mu_d", 0.02);
        expected.put("c_inf", 0.28);
        expected.put("s_c", 0.0125);
        expected.put("k_cn", 0.04);
        expected.put("k_cnd", 48.0);
        expected.put("mu_c", 0.1);
        Map<String, Double> actual = new LinkedHashMap<>();
        for (Parameter p : model.parameters()) {
            if (p.constant()) {
                actual.put(p.id(), p.value());
            }
        }
        assertEquals(expected, actual);
        assertEquals(0.3, model.parameter("k_pg").orElseThrow().value());
        assertEquals(48.0, model.parameter("k_cnd").orElseThrow().value());
    }

    @Test
    void fourAssignmentRulesOnVariableParameters() {
        List<String> variables = List.of("f_Nstar", "f_s_f_Nstar", "R", "f_Nstar__k_cnd_D");
        assertEquals(variables, model.rules().stream().map(r -> r.variable()).toList());
        for (String v : variables) {
            assertTrue(model.ruleFor(v).orElseThrow() instanceof AssignmentRule);
            Parameter p = model.parameter(v).orElseThrow();
            assertFalse(p.constant());
            assertTrue(Double.isNaN(p.value()));
        }
        assertEquals(ExpressionParserTest.expr("Nstar/(1 + (C_A/c_inf)^2)"), model.ruleFor("f_Nstar").orElseThrow().math());
        assertEquals("f_Nstar_ k_cnd_D", model.parameter("f_Nstar__k_cnd_D").orElseThrow().annotation().displayName());
        assertEquals(25, model.parameters().size());
    }

    @Test
    void tenIrreversibleReactions() {
        assertEquals(10, model.reactions().size());
        for (int i = 0; i < 10; i++) {
            Reaction r = model.reactions().get(i);
            assertEquals("reaction_" + (i + 1), r.id());
            assertFalse(r.reversible(), r.id());
            assertTrue(r.modifiers().isEmpty(), r.id());
            assertTrue(r.localParameters().isEmpty(), r.id());
        }
        Reaction r1 = model.reaction("reaction_1").orElseThrow();
        assertEquals(List.of(), r1.reactants());
        assertEquals(List.of(SpeciesReference.of("P", 1)), r1.products());
        assertEquals("Production of Pathogen", r1.annotation().displayName());
        Reaction r2 = model.reaction("reaction_2").orElseThrow();
        assertEquals(List.of(SpeciesReference.of("P", 1)), r2.reactants());
        assertEquals(List.of(), r2.products());
        assertEquals(ExpressionParserTest.expr("compartment_*Function_for_Reaction_2(k_pm, s_m, P, mu_m, k_mp)"),
                r2.rate());
        assertEquals(ExpressionParserTest.expr("compartment_*mu_c*C_A"), model.reaction("reaction_10").orElseThrow().rate());
    }

    @Test
    void sixFunctionsWithDisplayNames() {
        assertEquals(List.of("Constant_flux__irreversible", "Function_for_Reaction_1", "Function_for_Reaction_2",
                "Function_for_Reaction_3", "Function_for_Reaction_4", "Function_for_Reaction_6",
                "Function_for_Reaction_9"), model.functions().stream().map(FunctionDefinition::id).toList());
        FunctionDefinition f1 = model.function("Function_for_Reaction_1").orElseThrow();
        assertEquals(List.of("k_pg", "P", "p_inf"), f1.arguments());
        assertEquals(ExpressionParserTest.expr("k_pg*P*(1 - P/p_inf)"), f1.body());
        assertEquals("Function for Reaction 1 [1]", f1.annotation().displayName());
        assertTrue(model.reaction("reaction_1").orElseThrow().rate().toString().contains(Apply.class.getSimpleName()));
    }

    @Test
    void cvTermsOfSpeciesAndTheModel() {
        assertEquals(List.of(new Reference("hypernym", "http://identifiers.org/efo/EFO:0000643")),
                model.species("P").orElseThrow().annotation().references());
        assertEquals(List.of(new Reference("hypernym", "http://identifiers.org/chebi/CHEBI:67079"),
                new Reference("property", "http://identifiers.org/ncit/C28347")),
                model.species("C_A").orElseThrow().annotation().references());
        assertEquals("Anti-inflammatory mediators (C_A)", model.species("C_A").orElseThrow().annotation().displayName());
        assertEquals(List.of(
                new Reference("model_entity_is", "http://identifiers.org/biomodels.db/MODEL1808280003"),
                new Reference("model_entity_is", "http://identifiers.org/biomodels.db/BIOMD0000000714"),
                new Reference("property", "http://identifiers.org/go/GO:0006955"),
                new Reference("property", "http://identifiers.org/mamo/MAMO_0000046"),
                new Reference("property", "http://identifiers.org/go/GO:0002526"),
                new Reference("taxon", "http://identifiers.org/taxonomy/9606"),
                new Reference("description", "http://identifiers.org/pubmed/16584750")),
                model.annotation().references());
    }

    @Test
    void timeUnitIsHours() {
        UnitDefinition u = model.unitDefinitions().get(0);
        assertEquals("time_unit", u.id());
        assertEquals(List.of(new UnitDefinition.Part("second", 1, 0, 3600)), u.parts());
        assertEquals("time", u.annotation().displayName());
        assertEquals("time_unit", model.units().time());
        assertNull(model.units().substance());
    }

    @Test
    void noEventsNoInitialAssignments() {
        assertTrue(model.events().isEmpty());
        assertTrue(model.initialAssignments().isEmpty());
    }
}
