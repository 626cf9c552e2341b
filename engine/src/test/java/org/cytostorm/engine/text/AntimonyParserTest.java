package org.cytostorm.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.InitialAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.RateRule;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Reference;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;
import org.cytostorm.engine.model.UnitDefinition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AntimonyParserTest {

    static Model parse(String text) {
        return AntimonyParser.parse(text, "test.ant");
    }

    private static Species species(Model m, String id) {
        return m.species(id).orElseThrow(() -> new AssertionError("no species " + id));
    }

    private static Parameter parameter(Model m, String id) {
        return m.parameter(id).orElseThrow(() -> new AssertionError("no parameter " + id));
    }

    private static Compartment compartment(Model m, String id) {
        return m.compartment(id).orElseThrow(() -> new AssertionError("no compartment " + id));
    }

    private static Reaction reaction(Model m, String id) {
        return m.reaction(id).orElseThrow(() -> new AssertionError("no reaction " + id));
    }

    private static Expr expr(String text) {
        return ExpressionParserTest.expr(text);
    }

    @Nested
    class Models {

        @Test
        void modelBlockWithParentheses() {
            Model m = parse("model Pathway()\n  A -> B; k*A\n  A = 1; k = 2\nend\n");
            assertEquals("Pathway", m.id());
            assertEquals(2, m.species().size());
        }

        @Test
        void modelBlockWithoutParenthesesAndModuleKeyword() {
            assertEquals("Pathway", parse("model Pathway\n  k = 1\nend").id());
            assertEquals("Other", parse("module Other\n  k = 1\nend").id());
        }

        @Test
        void statementsOutsideAnyModelFormTheMainModel() {
            Model m = parse("S1 -> S2; k1*S1\nS1 = 10\nS2 = 0\nk1 = 0.1\n");
            assertEquals("__main", m.id());
            assertEquals(List.of("S1", "S2"), m.species().stream().map(Species::id).toList());
            assertEquals(10.0, species(m, "S1").initialConcentration());
        }

        @Test
        void theStarredModelIsChosenElseTheLast() {
            String starred = "model A()\n k = 1\nend\nmodel *B()\n k = 2\nend\nmodel C()\n k = 3\nend\n";
            assertEquals("B", parse(starred).id());
            assertEquals(2.0, parameter(parse(starred), "k").value());
            String last = "model A()\n k = 1\nend\nmodel C()\n k = 3\nend\n";
            assertEquals("C", parse(last).id());
        }

        @Test
        void parsesFromAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
            java.nio.file.Path file = dir.resolve("m.ant");
            java.nio.file.Files.writeString(file, "k = 1\nx := k\n");
            Model m = AntimonyParser.parse(file);
            assertInstanceOf(AssignmentRule.class, m.rules().get(0));
            ModelParseException e = org.junit.jupiter.api.Assertions.assertThrows(ModelParseException.class,
                    () -> AntimonyParser.parse(writeBad(dir)));
            assertEquals(dir.resolve("bad.ant").toString(), e.sourceName());
        }

        private java.nio.file.Path writeBad(java.nio.file.Path dir) throws java.io.IOException {
            return java.nio.file.Files.writeString(dir.resolve("bad.ant"), "k = \n");
        }

        @Test
        void exportedNamesOfAModelAreAccepted() {
            assertEquals("side", parse("model side(S, k1)\n S -> ; k1*S\n S = 1; k1 = 2\nend").id());
        }
    }

    @Nested
    class Functions {

        @Test
        void functionsBeforeAndAfterTheModel() {
            Model m = parse("function f(x, y)\n  x*y\nend\n"
                    + "model m()\n  r := f(a, 2) + g(a)\n  a = 3\nend\n"
                    + "function g(z) z^2; end\n");
            assertEquals(List.of("f", "g"), m.functions().stream().map(f -> f.id()).toList());
            assertEquals(List.of("x", "y"), m.function("f").orElseThrow().arguments());
            assertEquals(expr("x*y"), m.function("f").orElseThrow().body());
            assertEquals(expr("z^2"), m.function("g").orElseThrow().body());
            Expr rule = m.ruleFor("r").orElseThrow().math();
            assertEquals(new Call(Fn.ADD, List.of(new Apply("f", List.of(new Sym("a"), new Num(2))),
                    new Apply("g", List.of(new Sym("a"))))), rule);
        }

        @Test
        void bodyMayEndWithSemicolonAndHaveDisplayName() {
            Model m = parse("function one()\n  1;\nend\none is \"The number one\"\nx := one()\n");
            assertEquals(new Num(1), m.function("one").orElseThrow().body());
            assertEquals("The number one", m.function("one").orElseThrow().annotation().displayName());
        }
    }

    @Nested
    class Declarations {

        @Test
        void compartments() {
            Model m = parse("compartment c\ncompartment d = 2\nspecies S in d\n");
            assertTrue(Double.isNaN(compartment(m, "c").size()));
            assertEquals(2.0, compartment(m, "d").size());
            assertTrue(compartment(m, "d").constant());
            assertEquals(3.0, compartment(m, "d").dimensions());
        }

        @Test
        void inAppliesToTheNameBeforeIt() {
            // as in Antimony: 'species A, B in c' places only B in c
            Model m = parse("compartment c = 1\nspecies A, B in c\n");
            assertEquals("default_compartment", species(m, "A").compartment());
            assertEquals("c", species(m, "B").compartment());
            assertEquals(1.0, compartment(m, "default_compartment").size());
        }

        @Test
        void boundarySpeciesWithDollarOrConst() {
            Model m = parse("species $A, B, C\nconst C\nA = 1; B = 2; C = 3\n");
            assertTrue(species(m, "A").boundaryCondition());
            assertFalse(species(m, "B").boundaryCondition());
            assertTrue(species(m, "C").boundaryCondition());
            assertFalse(species(m, "A").constant());
        }

        @Test
        void substanceOnlySpeciesHaveAmounts() {
            Model m = parse("substanceOnly species X = 4\nspecies Y = 5\nsubstanceOnly Z\nZ = 6\n");
            Species x = species(m, "X");
            assertTrue(x.hasOnlySubstanceUnits());
            assertEquals(4.0, x.initialAmount());
            assertTrue(Double.isNaN(x.initialConcentration()));
            Species y = species(m, "Y");
            assertFalse(y.hasOnlySubstanceUnits());
            assertEquals(5.0, y.initialConcentration());
            assertTrue(Double.isNaN(y.initialAmount()));
            assertEquals(6.0, species(m, "Z").initialAmount());
        }

        @Test
        void constAndVar() {
            Model m = parse("const k1, k2\nvar x\nk1 = 1; k2 = 2; x = 3\ny = 4\nz := y\n");
            assertTrue(parameter(m, "k1").constant());
            assertTrue(parameter(m, "k2").constant());
            assertFalse(parameter(m, "x").constant());
            assertTrue(parameter(m, "y").constant(), "a parameter without rule or event is constant");
            assertFalse(parameter(m, "z").constant(), "an assignment rule makes a parameter variable");
        }

        @Test
        void placingANameInACompartmentMakesItASpecies() {
            Model m = parse("compartment cell = 2\nA in cell\nA = 1\nB in cell = 3\n");
            assertEquals("cell", species(m, "A").compartment());
            assertEquals(3.0, species(m, "B").initialConcentration());
        }

        @Test
        void formulaAndVarSpeciesKeywords() {
            Model m = parse("formula f1\nvar species S4\nconst species S5\nf1 = 2\nS4 = 1\nS5 = 1\n");
            assertEquals(2.0, parameter(m, "f1").value());
            assertFalse(species(m, "S4").boundaryCondition());
            assertTrue(species(m, "S5").boundaryCondition());
        }

        @Test
        void declarationWithRuleAndUnit() {
            Model m = parse("unit mM = 1e-3 mole / litre\nspecies S1 in C := 3 + p\ncompartment C = 1\np = 1\n"
                    + "species S2 in C has mM\n");
            assertEquals(expr("3 + p"), m.ruleFor("S1").orElseThrow().math());
            assertEquals("mM", species(m, "S2").units());
        }
    }

    @Nested
    class Reactions {

        @Test
        void reactantsProductsStoichiometryAndRate() {
            Model m = parse("J1: A + 2 B -> C; k1*A*B\nk1 = 1\n");
            Reaction r = reaction(m, "J1");
            assertEquals(List.of(SpeciesReference.of("A", 1), SpeciesReference.of("B", 2)), r.reactants());
            assertEquals(List.of(SpeciesReference.of("C", 1)), r.products());
            assertTrue(r.reversible());
            assertEquals(expr("k1*A*B"), r.rate());
            assertEquals(List.of(), r.modifiers());
        }

        @Test
        void gluedAndFractionalStoichiometry() {
            Model m = parse("J1: 2A + 0.5 B => 1.5C; k\nk = 1\n");
            Reaction r = reaction(m, "J1");
            assertEquals(List.of(SpeciesReference.of("A", 2), SpeciesReference.of("B", 0.5)), r.reactants());
            assertEquals(List.of(SpeciesReference.of("C", 1.5)), r.products());
            assertFalse(r.reversible());
        }

        @Test
        void emptySidesAndMissingRate() {
            Model m = parse("J1: => P; k\nJ2: P => ; k*P\nJ3: -> P;\nJ4: P ->\nk = 1\n");
            assertEquals(List.of(), reaction(m, "J1").reactants());
            assertEquals(List.of(), reaction(m, "J2").products());
            assertNull(reaction(m, "J3").rate());
            assertNull(reaction(m, "J4").rate());
        }

        @Test
        void unnamedReactionsAreNumbered() {
            Model m = parse("A -> B; k*A\n-> A; k\n_J1 = 5\nB -> ; k*B\nk = 1\n");
            // _J1 is taken by a parameter, so the second unnamed reaction skips it
            assertEquals(List.of("_J0", "_J2", "_J3"), m.reactions().stream().map(Reaction::id).toList());
        }

        @Test
        void undeclaredParticipantsAreSpeciesInTheDefaultCompartment() {
            Model m = parse("A -> B; k*A\nk = 1\n");
            assertEquals(List.of("default_compartment"), m.compartments().stream().map(Compartment::id).toList());
            assertEquals(Compartment.of("default_compartment", 1), m.compartments().get(0));
            assertEquals("default_compartment", species(m, "A").compartment());
            assertTrue(Double.isNaN(species(m, "A").initialConcentration()));
        }

        @Test
        void speciesInTheRateButNotParticipatingAreModifiers() {
            Model m = parse("J1: S -> P; kcat*E*S/(Km + S) + 0*I\nE = 1; I = 1; S = 1; kcat = 1; Km = 1\n"
                    + "species E, I\n");
            assertEquals(List.of("E", "I"), reaction(m, "J1").modifiers());
        }

        @Test
        void dollarMarksBoundarySpeciesInReactions() {
            Model m = parse("$X0 -> S1; k*X0\nS1 -> $X1; k*S1\nk = 1\n");
            assertTrue(species(m, "X0").boundaryCondition());
            assertTrue(species(m, "X1").boundaryCondition());
            assertFalse(species(m, "S1").boundaryCondition());
        }

        @Test
        void aSpeciesTwiceOnOneSideCountsOnce() {
            Model m = parse("J1: A + A -> B; k\nk = 1\n");
            assertEquals(List.of(SpeciesReference.of("A", 2)), reaction(m, "J1").reactants());
        }

        @Test
        void rateGivenByAssignmentToTheReactionName() {
            Model m = parse("J0 = k1*S1\nJ0: S1 -> ES;\nk1 = 1\n");
            assertEquals(expr("k1*S1"), reaction(m, "J0").rate());
        }

        @Test
        void speciesSetByAnAssignmentRuleInAReactionIsABoundarySpecies() {
            Model m = parse("Xo := 2*time\nXo -> S; k*Xo\nk = 1\n");
            assertTrue(species(m, "Xo").boundaryCondition());
        }
    }

    @Nested
    class ValuesAndRules {

        @Test
        void initialValuesByKind() {
            Model m = parse("compartment c\nspecies S in c\nc = 2\nS = 3\nk = 4\n");
            assertEquals(2.0, compartment(m, "c").size());
            assertEquals(3.0, species(m, "S").initialConcentration());
            assertEquals(4.0, parameter(m, "k").value());
            assertTrue(m.initialAssignments().isEmpty());
        }

        @Test
        void nonConstantValuesAreInitialAssignments() {
            Model m = parse("A = 1.2\nk1 = 2.3 + A\nk2 = sin(0.5)\nk3 = (5)\n");
            assertEquals(List.of(new InitialAssignment("k1", expr("2.3 + A")),
                    new InitialAssignment("k2", expr("sin(0.5)")), new InitialAssignment("k3", new Num(5))),
                    m.initialAssignments());
            assertTrue(Double.isNaN(parameter(m, "k1").value()));
        }

        @Test
        void theLastValueWins() {
            Model m = parse("pH = 7\nk1 = -log10(pH)\npH = 8.2\n");
            assertEquals(8.2, parameter(m, "pH").value());
        }

        @Test
        void assignmentAndRateRules() {
            Model m = parse("k1 := sin(time)\nk2 = 0.2\nk2' = k1\nspecies S1 = 1.3\nS1' = 0.4\n");
            assertEquals(List.of(new AssignmentRule("k1", expr("sin(time)")), new RateRule("k2", new Sym("k1")),
                    new RateRule("S1", new Num(0.4))), m.rules());
            assertEquals(0.2, parameter(m, "k2").value());
            assertFalse(parameter(m, "k2").constant());
        }

        @Test
        void aNumberWithAUnitSetsTheUnits() {
            Model m = parse("k1 = 0.3 per_hour\nspecies S = 2 mM\n");
            assertEquals(0.3, parameter(m, "k1").value());
            assertEquals("per_hour", parameter(m, "k1").units());
            assertEquals("mM", species(m, "S").units());
        }

        @Test
        void unitDefinitions() {
            Model m = parse("unit time_unit = 3600 second\nunit conc = mole/litre\nunit micro = 1e-6 mole / liter\n"
                    + "unit voltage = 1000 grams * meters^2 / seconds^-3 * ampere^-1\nunit per_hour = 1 / time_unit\n"
                    + "unit substance = item\nk = 1\n");
            assertEquals(List.of(new UnitDefinition.Part("second", 1, 0, 3600)), unit(m, "time_unit"));
            assertEquals(List.of(new UnitDefinition.Part("mole", 1, 0, 1), new UnitDefinition.Part("litre", -1, 0, 1)),
                    unit(m, "conc"));
            assertEquals(List.of(new UnitDefinition.Part("mole", 1, 0, 1e-6), new UnitDefinition.Part("litre", -1, 0, 1)),
                    unit(m, "micro"));
            assertEquals(List.of(new UnitDefinition.Part("gram", 1, 0, 1000), new UnitDefinition.Part("metre", 2, 0, 1),
                    new UnitDefinition.Part("second", 3, 0, 1), new UnitDefinition.Part("ampere", -1, 0, 1)),
                    unit(m, "voltage"));
            assertEquals(List.of(new UnitDefinition.Part("second", -1, 0, 3600)), unit(m, "per_hour"));
            assertEquals("time_unit", m.units().time());
            assertEquals("substance", m.units().substance());
            assertNull(m.units().volume());
        }

        private List<UnitDefinition.Part> unit(Model m, String id) {
            return m.unitDefinitions().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow().parts();
        }

        @Test
        void hasSetsUnits() {
            Model m = parse("unit per_hour = 1/3600 second\nk has per_hour\nk = 2\ncompartment c has litre\nc = 1\n");
            assertEquals("per_hour", parameter(m, "k").units());
            assertEquals("litre", compartment(m, "c").units());
        }
    }

    @Nested
    class Events {

        @Test
        void eventWithDefaults() {
            Model m = parse("E1: at (A > 1): A = 1, B = B + 2;\nspecies A = 0, B = 0\n");
            Event e = m.event("E1").orElseThrow();
            assertEquals(expr("A > 1"), e.trigger());
            assertNull(e.delay());
            assertNull(e.priority());
            assertTrue(e.initialValue(), "Antimony's default t0 = true: no firing at the start");
            assertTrue(e.persistent());
            assertTrue(e.useValuesFromTriggerTime(), "Antimony's default fromTrigger = true");
            assertEquals(List.of(new EventAssignment("A", new Num(1)), new EventAssignment("B", expr("B + 2"))),
                    e.assignments());
        }

        @Test
        void delayAndAttributes() {
            Model m = parse("E1: at 2*z after (x > 5), priority = 1, t0 = false, persistent = false, fromTrigger = false:"
                    + " y = 3, x = r + 2\nx = 0; y = 0; z = 1; r = 1\n");
            Event e = m.event("E1").orElseThrow();
            assertEquals(expr("2*z"), e.delay());
            assertEquals(expr("x > 5"), e.trigger());
            assertEquals(new Num(1), e.priority());
            assertFalse(e.initialValue());
            assertFalse(e.persistent());
            assertFalse(e.useValuesFromTriggerTime());
            assertFalse(parameter(m, "x").constant(), "an event target is variable");
        }

        @Test
        void unnamedEventsLibAntimonyLayoutAndLineBreaks() {
            Model m = parse("at time > 20:\n    alpha = 1\nat 10 after time >= 100, t0=false: alpha = 0: beta = 1,\n"
                    + "  gamma = 2\nalpha = 0; beta = 0; gamma = 0\n");
            assertEquals(List.of("_E0", "_E1"), m.events().stream().map(Event::id).toList());
            assertEquals(3, m.events().get(1).assignments().size());
            assertEquals(new Num(10), m.events().get(1).delay());
        }
    }

    @Nested
    class Annotations {

        @Test
        void displayNamesAndCvTerms() {
            Model m = parse("model m()\n  species Glc = 1\n  Glc is \"glucose\"\n"
                    + "  Glc identity \"http://identifiers.org/chebi/CHEBI:17234\",\n"
                    + "               \"http://identifiers.org/kegg.compound/C00293\"\n"
                    + "  Glc isVersionOf \"http://a\"\n  Glc hasPart \"http://b\"\n"
                    + "  model description \"http://identifiers.org/pubmed/1\"\n  Glc notes \"a sugar\"\n"
                    + "  Glc.sboTerm = 247\nend\nm is \"My model\"\nm taxon \"http://identifiers.org/taxonomy/9606\"\n"
                    + "m identity \"http://x\"\nm.sboTerm = SBO:0000004\n");
            Species glc = species(m, "Glc");
            assertEquals("glucose", glc.annotation().displayName());
            assertEquals(List.of(new Reference("identity", "http://identifiers.org/chebi/CHEBI:17234"),
                    new Reference("identity", "http://identifiers.org/kegg.compound/C00293"),
                    new Reference("hypernym", "http://a"), new Reference("part", "http://b")),
                    glc.annotation().references());
            assertEquals("a sugar", glc.annotation().notes());
            assertEquals("SBO:0000247", glc.annotation().sboTerm());
            assertEquals("My model", m.annotation().displayName());
            assertEquals(List.of(new Reference("description", "http://identifiers.org/pubmed/1"),
                    new Reference("taxon", "http://identifiers.org/taxonomy/9606"),
                    new Reference("model_entity_is", "http://x")), m.annotation().references());
            assertEquals("SBO:0000004", m.annotation().sboTerm());
        }

        @Test
        void cytostormAnnotationLines() {
            Model m = parse("k1 = 0.3\n"
                    + "//@ k1 evidence=\"moderate\" source=\"PMID:16584750\" notes=\"fitted \\\"by hand\\\"\" range=\"0.1..1\""
                    + " unit=\"1/h\"\n"
                    + "//@ k1 source=\"PMID:1, doi:10.1/x\" source=PMID:2 sbo=\"SBO:0000009\" name=\"growth rate\"\n"
                    + "//@ model evidence=assumed\n");
            Parameter k1 = parameter(m, "k1");
            assertEquals("moderate", k1.annotation().evidence());
            assertEquals(List.of(Reference.describedBy("PMID:16584750"), Reference.describedBy("PMID:1"),
                    Reference.describedBy("doi:10.1/x"), Reference.describedBy("PMID:2")), k1.annotation().references());
            assertEquals("fitted \"by hand\"", k1.annotation().notes());
            assertEquals(Map.of("range", "0.1..1"), k1.annotation().properties());
            assertEquals("1/h", k1.units());
            assertEquals("SBO:0000009", k1.annotation().sboTerm());
            assertEquals("growth rate", k1.annotation().displayName());
            assertEquals("assumed", m.annotation().evidence());
        }

        @Test
        void annotationLinesInsideAModelBlock() {
            Model m = parse("model m()\n  J1: A -> B; k*A\n  k = 1\n  //@ J1 evidence=strong\n  //@ m notes=\"x\"\nend\n");
            assertEquals("strong", reaction(m, "J1").annotation().evidence());
            assertEquals("x", m.annotation().notes());
        }

        @Test
        void aCommentThatOnlyContainsAtSignMidLineIsAComment() {
            Model m = parse("k = 1 //@ k evidence=strong\n");
            assertNull(parameter(m, "k").annotation().evidence());
        }
    }

    @Nested
    class Comments {

        @Test
        void commentsAndLineContinuation() {
            Model m = parse("/* a block\n comment */\nk1 = 1 // to the end\nk2 = 2 # hash comment\n"
                    + "k3 = k1 + \\\n  k2\n");
            assertEquals(expr("k1 + k2"), m.initialAssignmentFor("k3").orElseThrow().math());
        }

        @Test
        void semicolonsSeparateStatementsOnOneLine() {
            Model m = parse("k1 = 1; k2 = 2;; k3 = 3\n");
            assertEquals(3, m.parameters().size());
        }

        @Test
        void windowsLineEndings() {
            Model m = parse("k1 = 1\r\nk2 = 2\r\n");
            assertEquals(2, m.parameters().size());
        }
    }
}
