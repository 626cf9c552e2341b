package org.cytostorm.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.AlgebraicRule;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelBuilder;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Reference;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;
import org.junit.jupiter.api.Test;

class AntimonyWriterTest {

    /** Every model text exercised by the parser tests, each a complete model. */
    static final List<String> MODELS = List.of(
            "model Pathway()\n  A -> B; k*A\n  A = 1; k = 2\nend\n",
            "S1 -> S2; k1*S1\nS1 = 10\nS2 = 0\nk1 = 0.1\n",
            "model A()\n k = 1\nend\nmodel *B()\n k = 2\nend\nmodel C()\n k = 3\nend\n",
            "function f(x, y)\n  x*y\nend\nmodel m()\n  r := f(a, 2) + g(a)\n  a = 3\nend\nfunction g(z) z^2; end\n",
            "function one()\n  1;\nend\none is \"The number one\"\nx := one()\n",
            "compartment c\ncompartment d = 2\nspecies S in d\n",
            "compartment c = 1\nspecies A, B in c\n",
            "species $A, B, C\nconst C\nA = 1; B = 2; C = 3\n",
            "substanceOnly species X = 4\nspecies Y = 5\nsubstanceOnly Z\nZ = 6\n",
            "const k1, k2\nvar x\nk1 = 1; k2 = 2; x = 3\ny = 4\nz := y\n",
            "unit mM = 1e-3 mole / litre\nspecies S1 in C := 3 + p\ncompartment C = 1\np = 1\nspecies S2 in C has mM\n",
            "J1: 2A + 0.5 B => 1.5C; k\nk = 1\n",
            "J1: => P; k\nJ2: P => ; k*P\nJ3: -> P;\nJ4: P ->\nk = 1\n",
            "A -> B; k*A\n-> A; k\n_J1 = 5\nB -> ; k*B\nk = 1\n",
            "J1: S -> P; kcat*E*S/(Km + S) + 0*I\nE = 1; I = 1; S = 1; kcat = 1; Km = 1\nspecies E, I\n",
            "$X0 -> S1; k*X0\nS1 -> $X1; k*S1\nk = 1\n",
            "J0 = k1*S1\nJ0: S1 -> ES;\nk1 = 1\n",
            "Xo := 2*time\nXo -> S; k*Xo\nk = 1\n",
            "A = 1.2\nk1 = 2.3 + A\nk2 = sin(0.5)\nk3 = (5)\nk4 = -(2)\n",
            "k1 := sin(time)\nk2 = 0.2\nk2' = k1\nspecies S1 = 1.3\nS1' = 0.4\n",
            "k1 = 0.3 per_hour\nspecies S = 2 mM\n",
            "unit time_unit = 3600 second\nunit conc = mole/litre\nunit micro = 1e-6 mole / liter\n"
                    + "unit voltage = 1000 grams * meters^2 / seconds^-3 * ampere^-1\nunit per_hour = 1 / time_unit\n"
                    + "unit substance = item\nunit bare\nk = 1\n",
            "E1: at 2*z after (x > 5), priority = 1, t0 = false, persistent = false, fromTrigger = false:"
                    + " y = 3, x = r + 2\nx = 0; y = 0; z = 1; r = 1\n",
            "at time > 20:\n    alpha = 1\nat 10 after time >= 100, t0=false: alpha = 0: beta = 1,\n"
                    + "  gamma = 2\nalpha = 0; beta = 0; gamma = 0\n",
            "model m()\n  species Glc = 1\n  Glc is \"glucose\"\n"
                    + "  Glc identity \"http://identifiers.org/chebi/CHEBI:17234\",\n"
                    + "               \"http://identifiers.org/kegg.compound/C00293\"\n"
                    + "  Glc isVersionOf \"http://a\"\n  Glc hasPart \"http://b\"\n"
                    + "  model description \"http://identifiers.org/pubmed/1\"\n  Glc notes \"a sugar\"\n"
                    + "  Glc.sboTerm = 247\nend\nm is \"My model\"\nm taxon \"http://identifiers.org/taxonomy/9606\"\n"
                    + "m identity \"http://x\"\nm.sboTerm = SBO:0000004\n",
            "k1 = 0.3\n//@ k1 evidence=\"moderate\" source=\"PMID:16584750\" notes=\"fitted \\\"by hand\\\"\""
                    + " range=\"0.1..1\" unit=\"1/h\"\n"
                    + "//@ k1 source=\"PMID:1, doi:10.1/x\" source=PMID:2 sbo=\"custom\" name=\"growth \\\"rate\\\"\"\n"
                    + "//@ model evidence=assumed created=yesterday\n",
            "J1: A -> B; k*A\nk = 1\nJ1 is \"conversion\"\n//@ J1 evidence=strong\n_x = 1\nE0: at time > 1: _x = 2\n"
                    + "//@ E0 notes=\"line one\\nline two\"\n",
            "species A = 1, B = 0\nJ1: A -> B; k*A\nk = 1\nat (A < 0.5): A = 1\n",
            "x = -0.0\ny = 1e-300\nz = inf\nw = -inf\nv = 123456789.123456789\nu = 0.1\nq = 4.9e-324\n");

    private static Model parse(String text) {
        return AntimonyParser.parse(text, "model.ant");
    }

    private static void assertRoundTrip(Model m) {
        String text = AntimonyWriter.write(m);
        Model again;
        try {
            again = AntimonyParser.parse(text, "written.ant");
        } catch (ModelParseException e) {
            throw new AssertionError(e.getMessage() + "\n" + text, e);
        }
        assertEquals(m, again, text);
        assertEquals(text, AntimonyWriter.write(again), "writing is stable");
    }

    @Test
    void everyTestModelRoundTrips() {
        for (String text : MODELS) {
            assertRoundTrip(parse(text));
        }
    }

    @Test
    void theReynoldsModelRoundTrips() throws Exception {
        Model m = AntimonyParser.parse(ReferenceFiles.reference(ReferenceFiles.REYNOLDS));
        assertRoundTrip(m);
        // the original libAntimony text and the written one describe the same model
        String original = Files.readString(ReferenceFiles.reference(ReferenceFiles.REYNOLDS));
        assertEquals(parse(original), parse(AntimonyWriter.write(m)));
    }

    @Test
    void numbersAreWrittenExactly() {
        double[] values = {0.1, 1.0 / 3, 2.0 / 3, Math.PI, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 6.02214076e23,
            1e15, 1e16, 123456789.123456789, -2.5e-8, 48, -0.0};
        ModelBuilder b = new ModelBuilder().id("numbers");
        for (int i = 0; i < values.length; i++) {
            b.addParameter(Parameter.of("p" + i, values[i]));
        }
        Model m = b.build();
        Model again = parse(AntimonyWriter.write(m));
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]),
                    Double.doubleToRawLongBits(again.parameter("p" + i).orElseThrow().value()), "p" + i);
        }
        assertEquals(m, again);
    }

    @Test
    void aBuiltModelWithCytostormAnnotationsRoundTrips() {
        Annotation evidence = Annotation.EMPTY.withDisplayName("IL-6 \"production\" rate").withEvidence("single-source")
                .withReference(Reference.describedBy("PMID:16584750"))
                .withReference(Reference.describedBy("http://identifiers.org/pubmed/1"))
                .withReference(Reference.describedBy("Smith, 2006"))
                .withReference(new Reference("hypernym", "http://identifiers.org/go/GO:0032635"))
                .withNotes("two\nlines").withSboTerm("SBO:0000027").withProperty("range", "0.1..1")
                .withProperty("distribution", "lognormal(0, 0.5)");
        Expr rate = new org.cytostorm.engine.expr.Call(Fn.MUL, List.of(new Sym("k_il6"), new Sym("M")));
        Model m = new ModelBuilder().id("cytokines")
                .addCompartment(Compartment.of("plasma", 3.0))
                .addSpecies(Species.concentration("M", "plasma", 1))
                .addSpecies(Species.amount("IL6", "plasma", 0).withBoundaryCondition(true))
                .addParameter(new Parameter("k_il6", 0.5, true, "per_hour", evidence))
                .addReaction(new Reaction("J_il6", List.of(), List.of(SpeciesReference.of("IL6", 1)), List.of("M"), rate,
                        List.of(), false, Annotation.EMPTY))
                .build();
        String text = AntimonyWriter.write(m);
        assertTrue(text.contains("//@ k_il6 name=\"IL-6 \\\"production\\\" rate\" evidence=\"single-source\""), text);
        assertTrue(text.contains("//@ k_il6 source=\"PMID:16584750\"\n"), text);
        assertTrue(text.contains("k_il6 description \"http://identifiers.org/pubmed/1\""), text);
        assertTrue(text.contains("k_il6.sboTerm = 27;"), text);
        assertRoundTrip(m);
    }

    @Test
    void writesStandardAntimonyLayout() {
        String text = AntimonyWriter.write(parse("model m()\n J1: A + 2 B -> C; k*A*B\nk = 1\nA = 1\nx := 2*k\n"
                + "at time > 1, t0 = false: k = 2\nend\n"));
        assertTrue(text.contains("\nmodel *m()\n"), text);
        assertTrue(text.contains("\n  J1: A + 2 B -> C; k*A*B;\n"), text);
        assertTrue(text.contains("\n  x := 2*k;\n"), text);
        assertTrue(text.contains("\n  _E0: at time > 1, t0 = false: k = 2;\n"), text);
        assertTrue(text.contains("\n  species A in default_compartment, B in default_compartment,"), text);
        assertTrue(text.contains("\n  var k, x;\n"), text); // k is assigned by the event
        assertTrue(text.endsWith("end\n"), text);
        String main = AntimonyWriter.write(parse("k = 1\n"));
        assertTrue(!main.contains("model *") && !main.contains("\nend") && main.contains("\nconst k;\n"),
                "statements outside a model stay outside");
    }

    @Test
    void refusesWhatTheFormatCannotExpress() {
        Model base = parse("model m()\n  A -> B; k*A\n  k = 1\nend\n");
        Model algebraic = base.toBuilder().addRule(new AlgebraicRule(new Num(0))).build();
        assertEquals(ModelException.Problem.UNSUPPORTED,
                assertThrows(ModelException.class, () -> AntimonyWriter.write(algebraic)).problem());

        // reserved names are renamed (TextEquivalents), not refused
        Model reserved = new ModelBuilder().id("m").addParameter(Parameter.of("rem", 1)).build();
        assertTrue(AntimonyWriter.write(reserved).contains("rem_ = 1;"));
        Model defaultId = new ModelBuilder().addParameter(Parameter.of("k", 1)).build();
        assertTrue(AntimonyWriter.write(defaultId).contains("model *model_()"), "'model' is a keyword");

        Reaction r = base.reactions().get(0);
        Model infinite = base.toBuilder().putReaction(new Reaction(r.id(), List.of(SpeciesReference.of("A",
                Double.POSITIVE_INFINITY)), r.products(), r.modifiers(), r.rate(), List.of(), r.reversible(),
                r.annotation())).build();
        assertEquals("_J0", assertThrows(ModelException.class, () -> AntimonyWriter.write(infinite)).elementId());

        Model badProperty = base.toBuilder().putParameter(Parameter.of("k", 1)
                .withAnnotation(Annotation.EMPTY.withProperty("unit", "x"))).build();
        assertThrows(ModelException.class, () -> AntimonyWriter.write(badProperty));
    }

    @Test
    void initialAssignmentsThatAreNumbersStayInitialAssignments() {
        Model m = new ModelBuilder().id("m").addParameter(Parameter.of("k", Double.NaN))
                .addInitialAssignment(new org.cytostorm.engine.model.InitialAssignment("k", new Num(-3))).build();
        assertTrue(AntimonyWriter.write(m).contains("k = (-3);"));
        assertRoundTrip(m);
    }

    @Test
    void propertiesAreSorted() {
        Model m = parse("k = 1\n//@ k zeta=1 alpha=2\n");
        assertEquals(Map.of("alpha", "2", "zeta", "1"), m.parameter("k").orElseThrow().annotation().properties());
        assertTrue(AntimonyWriter.write(m).contains("//@ k alpha=\"2\" zeta=\"1\""));
    }
}
