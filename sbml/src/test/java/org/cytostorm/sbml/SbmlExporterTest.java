package org.cytostorm.sbml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelBuilder;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.text.AntimonyParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.ASTNode.Type;
import org.sbml.jsbml.AbstractMathContainer;
import org.sbml.jsbml.Compartment;
import org.sbml.jsbml.Event;
import org.sbml.jsbml.FunctionDefinition;
import org.sbml.jsbml.InitialAssignment;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.RateRule;
import org.sbml.jsbml.Reaction;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLReader;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.Species;
import org.sbml.jsbml.SpeciesReference;
import org.sbml.jsbml.Unit;
import org.sbml.jsbml.UnitDefinition;

class SbmlExporterTest {

    @TempDir
    Path dir;

    static SBMLDocument readBack(String xml) throws Exception {
        JsbmlLogging.configure();
        return new SBMLReader().readSBMLFromString(xml);
    }

    static void assertConsistent(SBMLDocument doc, String what) {
        SbmlConsistency.Report report = SbmlConsistency.check(doc);
        assertTrue(report.isValid(), what + ": " + String.join("\n", report.errors()));
        if (!report.warnings().isEmpty()) {
            // one line per kind of warning, for the record
            java.util.Map<String, Long> kinds = new java.util.TreeMap<>();
            report.warnings().forEach(w -> kinds.merge(w.replaceAll(" \\[at .*", "").replaceAll("^(.{0,140}).*", "$1"),
                    1L, Long::sum));
            StringBuilder sb = new StringBuilder("[consistency warnings] " + what + ":");
            kinds.forEach((k, n) -> sb.append("\n  ").append(n).append(" x ").append(k));
            System.out.println(sb);
        }
    }

    // ---- consistency ------------------------------------------------------------------------------

    @Test
    void theKitchenSinkPassesTheOfflineConsistencyCheck() throws Exception {
        assertConsistent(readBack(SbmlExporter.write(KitchenSink.model())), "kitchen sink");
    }

    @Test
    void theKitchenSinkWithoutMinAndMaxPassesWithUnitChecks() throws Exception {
        // JSBML's unit checker fails on min and max; without them the units are checked too
        Model m = KitchenSink.model();
        Model noMinMax = m.toBuilder().build();
        List<org.cytostorm.engine.model.Rule> rules = new ArrayList<>();
        for (org.cytostorm.engine.model.Rule r : m.rules()) {
            rules.add(r.variable().equals("r2") ? new AssignmentRule("r2", new Call(Fn.LN, List.of(new Sym("K")))) : r);
        }
        noMinMax = new Model(m.id(), m.annotation(), m.functions(), m.unitDefinitions(), m.compartments(), m.species(),
                m.parameters(), m.reactions(), rules, m.initialAssignments(), m.events(), m.units(),
                m.conversionFactor());
        SbmlConsistency.Report report = SbmlConsistency.check(readBack(SbmlExporter.write(noMinMax)));
        assertTrue(report.warnings().stream().noneMatch(w -> w.startsWith(SbmlConsistency.UNITS_NOT_CHECKED)),
                report.warnings().toString());
        assertConsistent(readBack(SbmlExporter.write(noMinMax)), "kitchen sink without min and max");
    }

    @Test
    void theReynoldsModelPassesTheOfflineConsistencyCheck() throws Exception {
        Model m = AntimonyParser.parse(TestFiles.example("reynolds2006.ant"));
        SBMLDocument doc = readBack(SbmlExporter.write(m));
        assertConsistent(doc, "Reynolds 2006");
        assertEquals(4, doc.getModel().getNumSpecies());
        assertEquals(10, doc.getModel().getNumReactions());
        assertEquals(4, doc.getModel().getNumRules());
        assertEquals(7, doc.getModel().getNumFunctionDefinitions());
    }

    @Test
    void theDocumentIsLevel3Version2() throws Exception {
        SBMLDocument doc = readBack(SbmlExporter.write(KitchenSink.model()));
        assertEquals(3, doc.getLevel());
        assertEquals(2, doc.getVersion());
        assertEquals("sink", doc.getModel().getId());
    }

    // ---- every element and attribute -----------------------------------------------------------------

    @Test
    void compartmentsSpeciesAndParametersReadBack() throws Exception {
        org.sbml.jsbml.Model m = readBack(SbmlExporter.write(KitchenSink.model())).getModel();
        Compartment plasma = m.getCompartment("plasma");
        assertEquals(3.0, plasma.getSize());
        assertTrue(plasma.isSetConstant() && plasma.getConstant());
        assertEquals(3.0, plasma.getSpatialDimensions());
        Compartment blood = m.getCompartment("blood");
        assertFalse(blood.getConstant());
        assertEquals(5.0, blood.getSize());

        Species il6 = m.getSpecies("IL6");
        assertEquals("plasma", il6.getCompartment());
        assertTrue(il6.isSetInitialConcentration() && !il6.isSetInitialAmount());
        assertEquals(0.0, il6.getInitialConcentration());
        assertFalse(il6.getHasOnlySubstanceUnits());
        assertFalse(il6.getBoundaryCondition());
        assertFalse(il6.getConstant());
        Species ext = m.getSpecies("Src");
        assertTrue(ext.getBoundaryCondition());
        assertEquals(2.0, ext.getInitialConcentration());
        Species cells = m.getSpecies("Cells");
        assertTrue(cells.getHasOnlySubstanceUnits());
        assertTrue(cells.isSetInitialAmount() && !cells.isSetInitialConcentration());
        assertEquals(1e6, cells.getInitialAmount());
        assertEquals("cf", cells.getConversionFactor());
        assertEquals("conc", m.getSpecies("M").getSubstanceUnits());
        Species free = m.getSpecies("Free");
        assertTrue(free.getConstant());
        assertFalse(free.isSetInitialAmount() || free.isSetInitialConcentration());

        assertEquals(0.5, m.getParameter("k_il6").getValue());
        assertTrue(m.getParameter("k_il6").getConstant());
        assertEquals("per_hour", m.getParameter("k_il6").getUnits());
        assertFalse(m.getParameter("k_cl").getConstant(), "an event changes k_cl");
        assertFalse(m.getParameter("k_cl").isSetUnits(), "1/h is no unit reference");
        assertEquals("dimensionless", m.getParameter("cf").getUnits());
        assertFalse(m.getParameter("k_late").isSetValue(), "given by an initial assignment");
    }

    @Test
    void reactionsReadBack() throws Exception {
        org.sbml.jsbml.Model m = readBack(SbmlExporter.write(KitchenSink.model())).getModel();
        Reaction bind = m.getReaction("J_bind");
        assertTrue(bind.isSetReversible() && bind.getReversible());
        assertEquals(2, bind.getNumReactants());
        SpeciesReference twoM = bind.getReactant(0);
        assertEquals("M", twoM.getSpecies());
        assertEquals(2.0, twoM.getStoichiometry());
        assertTrue(twoM.isSetConstant() && twoM.getConstant());
        assertEquals("Cells", bind.getProduct(0).getSpecies());
        assertEquals("SBO:0000177", bind.getSBOTermID());
        assertFalse(m.getReaction("J_prod").getReversible());
        assertEquals("M", m.getReaction("J_prod").getModifier(0).getSpecies());

        Reaction local = m.getReaction("J_local");
        SpeciesReference named = local.getReactant(0);
        assertEquals("stoich_M", named.getId());
        assertFalse(named.getConstant());
        assertEquals(1.0, named.getStoichiometry());
        assertEquals(0.5, local.getProduct(0).getStoichiometry());
        assertEquals("IL6", local.getModifier(0).getSpecies());
        KineticLaw law = local.getKineticLaw();
        assertEquals(1, law.getLocalParameterCount());
        LocalParameter kl = law.getLocalParameter(0);
        assertEquals("kl", kl.getId());
        assertEquals(0.25, kl.getValue());
        assertEquals("per_hour", kl.getUnits());
        assertEquals("local rate", kl.getName());
        assertEquals("assumed", CytostormAnnotations.read(kl).evidence());
        assertEquals("kl*M*IL6*plasma", law.getMath().toFormula().replace(" ", ""));
    }

    @Test
    void functionsRulesAssignmentsAndEventsReadBack() throws Exception {
        org.sbml.jsbml.Model m = readBack(SbmlExporter.write(KitchenSink.model())).getModel();
        FunctionDefinition hill = m.getFunctionDefinition("hill");
        assertEquals(3, hill.getArgumentCount());
        assertEquals("x", hill.getArgument(0).getName());
        assertEquals(Type.LAMBDA, hill.getMath().getType());
        assertEquals(Type.FUNCTION, m.getRuleByVariable("r1").getMath().getChild(1).getType());

        assertTrue(m.getRuleByVariable("r1") instanceof org.sbml.jsbml.AssignmentRule);
        assertTrue(m.getRuleByVariable("z") instanceof RateRule);
        assertTrue(m.getRuleByVariable("blood") instanceof RateRule);
        InitialAssignment late = m.getInitialAssignmentBySymbol("k_late");
        assertEquals("2*K", late.getMath().toFormula().replace(" ", ""));
        assertNotNull(m.getInitialAssignmentBySymbol("stoich_M"));

        Event e1 = m.getEvent("E1");
        assertFalse(e1.getTrigger().getInitialValue());
        assertFalse(e1.getTrigger().getPersistent());
        assertFalse(e1.getUseValuesFromTriggerTime());
        assertEquals("IL6>0.5", e1.getTrigger().getMath().toFormula().replace(" ", ""));
        assertEquals(2.0, e1.getDelay().getMath().getReal());
        assertEquals(1.0, e1.getPriority().getMath().getReal());
        assertEquals(2, e1.getEventAssignmentCount());
        assertEquals("z", e1.getEventAssignment(1).getVariable());
        Event e0 = m.getEvent("_E0");
        assertTrue(e0.getTrigger().getInitialValue());
        assertTrue(e0.getTrigger().getPersistent());
        assertTrue(e0.getUseValuesFromTriggerTime());
        assertFalse(e0.isSetDelay() || e0.isSetPriority());
        assertEquals(0, m.getEvent("E_empty").getEventAssignmentCount());
        assertEquals("nothing", m.getEvent("E_empty").getName());
    }

    @Test
    void unitsAndModelAttributesReadBack() throws Exception {
        org.sbml.jsbml.Model m = readBack(SbmlExporter.write(KitchenSink.model())).getModel();
        UnitDefinition perHour = m.getUnitDefinition("per_hour");
        assertEquals(1, perHour.getUnitCount());
        Unit u = perHour.getUnit(0);
        assertEquals(Unit.Kind.SECOND, u.getKind());
        assertEquals(-1.0, u.getExponent());
        assertEquals(3600.0, u.getMultiplier());
        assertEquals(0, u.getScale());
        UnitDefinition conc = m.getUnitDefinition("conc");
        assertEquals(Unit.Kind.MOLE, conc.getUnit(0).getKind());
        assertEquals(Unit.Kind.LITRE, conc.getUnit(1).getKind());
        assertEquals(-1.0, conc.getUnit(1).getExponent());
        assertEquals("time_unit", m.getTimeUnits());
        assertEquals("substance", m.getSubstanceUnits());
        assertFalse(m.isSetVolumeUnits());
        assertEquals("cf_model", m.getConversionFactor());
    }

    @Test
    void unitScalesAreKept() throws Exception {
        Model m = new ModelBuilder().id("m").addUnit(new org.cytostorm.engine.model.UnitDefinition("nM",
                List.of(new org.cytostorm.engine.model.UnitDefinition.Part("mole", 1, -9, 1),
                        new org.cytostorm.engine.model.UnitDefinition.Part("litre", -1, 0, 1)),
                org.cytostorm.engine.model.Annotation.EMPTY)).build();
        Unit mole = readBack(SbmlExporter.write(m)).getModel().getUnitDefinition("nM").getUnit(0);
        assertEquals(-9, mole.getScale());
        assertEquals(1.0, mole.getMultiplier());
    }

    // ---- math ----------------------------------------------------------------------------------

    @Test
    void mathReadsBackAsWritten() throws Exception {
        SBMLDocument written = SbmlExporter.toDocument(KitchenSink.model());
        SBMLDocument read = readBack(SbmlExporter.write(KitchenSink.model()));
        List<AbstractMathContainer> before = mathContainers(written.getModel());
        List<AbstractMathContainer> after = mathContainers(read.getModel());
        assertEquals(before.size(), after.size());
        assertTrue(before.size() > 20, "the kitchen sink has math everywhere: " + before.size());
        for (int i = 0; i < before.size(); i++) {
            assertSameTree(before.get(i).getMath(), after.get(i).getMath(), before.get(i).toString());
        }
    }

    private static List<AbstractMathContainer> mathContainers(org.sbml.jsbml.Model m) {
        List<AbstractMathContainer> out = new ArrayList<>();
        m.getListOfFunctionDefinitions().forEach(out::add);
        m.getListOfInitialAssignments().forEach(out::add);
        m.getListOfRules().forEach(out::add);
        for (Reaction r : m.getListOfReactions()) {
            if (r.isSetKineticLaw()) {
                out.add(r.getKineticLaw());
            }
        }
        for (Event e : m.getListOfEvents()) {
            out.add(e.getTrigger());
            if (e.isSetDelay()) {
                out.add(e.getDelay());
            }
            if (e.isSetPriority()) {
                out.add(e.getPriority());
            }
            e.getListOfEventAssignments().forEach(out::add);
        }
        return out;
    }

    static void assertSameTree(ASTNode expected, ASTNode actual, String where) {
        assertEquals(expected.getType(), actual.getType(), where + ": " + expected.toFormula().strip());
        if (expected.isName() || expected.getType() == Type.FUNCTION) {
            assertEquals(expected.getName(), actual.getName(), where);
        }
        if (expected.isNumber()) {
            assertEquals(Double.doubleToLongBits(expected.getReal()), Double.doubleToLongBits(actual.getReal()),
                    where + ": " + expected.getReal() + " vs " + actual.getReal());
        }
        assertEquals(expected.getChildCount(), actual.getChildCount(), where + ": " + expected.toFormula());
        for (int i = 0; i < expected.getChildCount(); i++) {
            assertSameTree(expected.getChild(i), actual.getChild(i), where);
        }
    }

    private static ASTNode ruleMath(org.sbml.jsbml.Model m, String variable) {
        return m.getRuleByVariable(variable).getMath();
    }

    @Test
    void operatorsBecomeTheirMathMLElements() throws Exception {
        org.sbml.jsbml.Model m = readBack(SbmlExporter.write(KitchenSink.model())).getModel();
        ASTNode r1 = ruleMath(m, "r1");
        assertEquals(Type.PLUS, r1.getType());
        ASTNode piecewise = r1.getChild(0);
        assertEquals(Type.FUNCTION_PIECEWISE, piecewise.getType());
        assertEquals(5, piecewise.getChildCount(), "two pieces and otherwise");
        assertEquals("twice", r1.getChild(1).getName());

        ASTNode r2 = ruleMath(m, "r2");
        assertEquals(Type.FUNCTION_MAX, r2.getChild(0).getType());
        assertEquals(3, r2.getChild(0).getChildCount());
        assertEquals(Type.FUNCTION_MIN, r2.getChild(1).getType());
        ASTNode log = r2.getChild(2);
        assertEquals(Type.FUNCTION_LOG, log.getType());
        assertEquals(2, log.getChildCount());
        assertEquals(2.0, log.getChild(0).getReal(), "base first");
        assertEquals(Type.FUNCTION_LOG, r2.getChild(3).getType());
        assertEquals(2, r2.getChild(3).getChildCount(), "log10: base 10 written out");
        assertEquals(10.0, r2.getChild(3).getChild(0).getReal());
        assertEquals(Type.FUNCTION_LN, r2.getChild(4).getType());
        assertEquals(Type.FUNCTION_ROOT, r2.getChild(5).getType());
        assertEquals(2, r2.getChild(5).getChildCount());
        assertEquals(Type.FUNCTION_ROOT, r2.getChild(6).getType());
        assertEquals(1, r2.getChild(6).getChildCount(), "sqrt: the default degree");

        ASTNode r3 = ruleMath(m, "r3");
        List<Type> r3Types = List.of(Type.FUNCTION_QUOTIENT, Type.FUNCTION_REM, Type.FUNCTION_ABS, Type.FUNCTION_FLOOR,
                Type.FUNCTION_CEILING, Type.FUNCTION_FACTORIAL, Type.FUNCTION_EXP);
        for (int i = 0; i < r3Types.size(); i++) {
            assertEquals(r3Types.get(i), r3.getChild(i).getType());
        }
        assertEquals(Type.FUNCTION_ARCCOTH, ruleMath(m, "r6").getChild(5).getType());

        ASTNode r7 = ruleMath(m, "r7");
        assertEquals(Type.RELATIONAL_LEQ, r7.getChild(0).getType(), "(1 < K) <= 2");
        assertEquals(Type.RELATIONAL_LT, r7.getChild(0).getChild(0).getType());
        List<Type> r7Types = List.of(Type.RELATIONAL_EQ, Type.RELATIONAL_NEQ, Type.LOGICAL_AND, Type.LOGICAL_OR,
                Type.LOGICAL_XOR, Type.LOGICAL_NOT);
        for (int i = 0; i < r7Types.size(); i++) {
            assertEquals(r7Types.get(i), r7.getChild(i + 1).getType());
        }

        ASTNode r8 = ruleMath(m, "r8");
        ASTNode sum = r8.getChild(0); // (... + rateOf(IL6)) - (-K)
        assertEquals(Type.MINUS, r8.getType());
        assertEquals(Type.MINUS, r8.getChild(1).getType());
        assertEquals(1, r8.getChild(1).getChildCount(), "unary minus");
        assertEquals(Type.NAME_AVOGADRO, sum.getChild(0).getChild(0).getType());
        assertEquals(Type.CONSTANT_PI, sum.getChild(1).getType());
        assertEquals(Type.CONSTANT_E, sum.getChild(2).getType());
        assertEquals(Type.FUNCTION_RATE_OF, sum.getChild(5).getType());
        assertEquals("IL6", sum.getChild(5).getChild(0).getName());
        assertEquals(Type.NAME_TIME, piecewise.getChild(1).getChild(0).getType());
    }

    @Test
    void n_aryRelationalOperatorsStayN_ary() throws Exception {
        Model model = new ModelBuilder().id("m").addParameter(Parameter.of("a", 1)).addParameter(Parameter.of("b", 2))
                .addParameter(Parameter.of("x", Double.NaN).withConstant(false))
                .addRule(new AssignmentRule("x", new Call(Fn.LT, List.of(new Num(0), new Sym("a"), new Sym("b")))))
                .build();
        ASTNode lt = readBack(SbmlExporter.write(model)).getModel().getRule(0).getMath();
        assertEquals(Type.RELATIONAL_LT, lt.getType());
        assertEquals(3, lt.getChildCount());
    }

    @Test
    void numbersReadBackExactly() throws Exception {
        Random rnd = new Random(42);
        List<Double> values = new ArrayList<>(List.of(0.1, 1.0 / 3, Math.PI, Math.E, 1e-300, Double.MIN_VALUE,
                Double.MAX_VALUE, 6.02214076e23, 1e15, 1e16, 123456789.123456789, -2.5e-8, 48.0, -0.0, 0.0, 1e-31,
                1.2345678901234567e-31, 2147483648.0, -2147483648.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY));
        for (int i = 0; i < 400; i++) {
            values.add(Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL) * (rnd.nextBoolean() ? 1 : -1));
            values.add(rnd.nextDouble() * Math.pow(10, rnd.nextInt(80) - 60));
        }
        ModelBuilder b = new ModelBuilder().id("numbers");
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            b.addParameter(Parameter.of("p" + i, v));
            b.addParameter(Parameter.of("x" + i, Double.NaN).withConstant(false));
            b.addRule(new AssignmentRule("x" + i, new Num(v)));
        }
        org.sbml.jsbml.Model m = readBack(SbmlExporter.write(b.build())).getModel();
        int tiny = 0;
        int exactTiny = 0;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            // JSBML writes the attribute -0.0 as 0: the only number an attribute does not keep
            double expected = v == 0 ? 0.0 : v;
            assertEquals(Double.doubleToLongBits(expected),
                    Double.doubleToLongBits(m.getParameter("p" + i).getValue()), "attribute " + v);
            double read = value(ruleMath(m, "x" + i));
            if (Math.abs(v) < 1e-30 && v != 0) {
                // e-notation: exact for all but about 1 in 200 such numbers, which are one ulp off
                assertEquals(v, read, Math.ulp(v), "MathML " + v);
                exactTiny += read == v ? 1 : 0;
                tiny++;
            } else {
                assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(read), "MathML " + v);
            }
        }
        assertTrue(exactTiny >= tiny * 0.95, exactTiny + " of " + tiny + " tiny numbers exact");
    }

    /** The number a MathML leaf denotes (minus infinity is written as the negation of infinity). */
    private static double value(ASTNode n) {
        if (n.getType() == Type.MINUS && n.getChildCount() == 1) {
            return -value(n.getChild(0));
        }
        return switch (n.getType()) {
            case CONSTANT_PI -> Math.PI;
            case CONSTANT_E -> Math.E;
            default -> n.getReal();
        };
    }

    // ---- annotations --------------------------------------------------------------------------------

    @Test
    void annotationsSurvive() throws Exception {
        String xml = SbmlExporter.write(KitchenSink.model());
        org.sbml.jsbml.Model m = readBack(xml).getModel();
        Species il6 = m.getSpecies("IL6");
        assertEquals("interleukin-6", il6.getName());
        assertEquals("SBO:0000247", il6.getSBOTermID());
        assertTrue(il6.isSetMetaId());
        org.cytostorm.engine.model.Annotation a = CytostormAnnotations.annotation(il6);
        assertEquals(List.of(new org.cytostorm.engine.model.Reference("identity", "http://identifiers.org/uniprot/P05231"),
                new org.cytostorm.engine.model.Reference("hypernym", "https://identifiers.org/GO:0005125")),
                a.references());
        assertEquals(org.sbml.jsbml.CVTerm.Qualifier.BQB_IS, il6.getCVTerm(0).getQualifier());
        assertEquals(org.sbml.jsbml.CVTerm.Qualifier.BQB_IS_VERSION_OF, il6.getCVTerm(1).getQualifier());

        org.sbml.jsbml.Parameter k = m.getParameter("k_il6");
        org.cytostorm.engine.model.Annotation ka = CytostormAnnotations.annotation(k);
        assertEquals("moderate", ka.evidence());
        assertEquals(Map.of("range", "0.1..1"), ka.properties());
        assertEquals("fitted to <Fig. 2>\nsecond line", ka.notes());
        assertEquals(List.of(
                new org.cytostorm.engine.model.Reference("description", "https://identifiers.org/pubmed:16584750"),
                new org.cytostorm.engine.model.Reference("description",
                        "https://identifiers.org/doi:10.1016/j.jtbi.2006.02.016"),
                new org.cytostorm.engine.model.Reference("description", "Smith & Jones (2006)")), ka.references());
        assertEquals(org.sbml.jsbml.CVTerm.Qualifier.BQB_IS_DESCRIBED_BY, k.getCVTerm(0).getQualifier());
        assertTrue(xml.contains("<p>fitted to &lt;Fig. 2&gt;</p>") || xml.contains("<p>fitted to &lt;Fig. 2></p>"), xml);

        org.sbml.jsbml.Parameter kcl = m.getParameter("k_cl");
        CytostormAnnotations.Content own = CytostormAnnotations.read(kcl);
        assertEquals("1/h", own.units());
        assertEquals("custom term", own.sboTerm());
        assertEquals("custom term", CytostormAnnotations.annotation(kcl).sboTerm());

        org.cytostorm.engine.model.Annotation ma = CytostormAnnotations.annotation(m);
        assertEquals("assumed", ma.evidence());
        assertEquals("a kitchen sink", ma.notes());
        assertEquals(List.of(new org.cytostorm.engine.model.Reference("description",
                "https://identifiers.org/pubmed:16584750")), ma.references());
        assertEquals(org.sbml.jsbml.CVTerm.Qualifier.BQM_IS_DESCRIBED_BY, m.getCVTerm(0).getQualifier());

        Reaction local = m.getReaction("J_local");
        assertEquals(org.sbml.jsbml.CVTerm.Qualifier.BQM_IS_DERIVED_FROM, local.getCVTerm(0).getQualifier());
        assertEquals("a reaction with a local parameter", CytostormAnnotations.notesText(local));
        assertEquals("Function for Reaction 1 [1]", readBack(SbmlExporter.write(
                AntimonyParser.parse(TestFiles.example("reynolds2006.ant")))).getModel()
                .getFunctionDefinition("Function_for_Reaction_1").getName());
    }

    @Test
    void everyAnnotationFieldRoundTripsThroughTheReader() throws Exception {
        org.cytostorm.engine.model.Annotation full = org.cytostorm.engine.model.Annotation.EMPTY
                .withDisplayName("IL-6 \"production\" <rate> & more").withNotes("two\n\n  lines & <tags>\ttab")
                .withEvidence("single-source").withSboTerm("SBO:0000027")
                .withReference(new org.cytostorm.engine.model.Reference("hypernym", "http://identifiers.org/go/GO:1"))
                .withReference(new org.cytostorm.engine.model.Reference("hypernym", "urn:miriam:go:GO%3A2"))
                .withReference(new org.cytostorm.engine.model.Reference("taxon", "https://identifiers.org/taxonomy:9606"))
                .withReference(new org.cytostorm.engine.model.Reference("madeUpQualifier", "http://x"))
                .withProperty("distribution", "lognormal(0, 0.5)").withProperty("a.b-c_d", "é ü \u2265 \"q\"");
        Model model = new ModelBuilder().id("m").addParameter(Parameter.of("k", 1).withAnnotation(full)).build();
        SBMLDocument doc = readBack(SbmlExporter.write(model));
        assertEquals(full, CytostormAnnotations.annotation(doc.getModel().getParameter("k")));
        assertConsistent(doc, "annotations");
    }

    @Test
    void shortReferenceFormsBecomeIdentifiersOrgUris() {
        assertEquals("https://identifiers.org/pubmed:16584750",
                org.cytostorm.sbml.write.MiriamUris.toUri("PMID:16584750"));
        assertEquals("https://identifiers.org/pubmed:16584750",
                org.cytostorm.sbml.write.MiriamUris.toUri("pubmed:16584750"));
        assertEquals("https://identifiers.org/doi:10.1016/j.jtbi.2006.02.016",
                org.cytostorm.sbml.write.MiriamUris.toUri("DOI:10.1016/j.jtbi.2006.02.016"));
        assertEquals("https://identifiers.org/doi:10.1/x", org.cytostorm.sbml.write.MiriamUris.toUri("doi:10.1/x"));
        assertEquals("https://identifiers.org/CHEBI:17234", org.cytostorm.sbml.write.MiriamUris.toUri("CHEBI:17234"));
        assertEquals("http://identifiers.org/pubmed/1", org.cytostorm.sbml.write.MiriamUris.toUri(
                "http://identifiers.org/pubmed/1"));
        assertEquals("urn:miriam:pubmed:1", org.cytostorm.sbml.write.MiriamUris.toUri("urn:miriam:pubmed:1"));
        assertEquals(null, org.cytostorm.sbml.write.MiriamUris.toUri("Smith et al., 2006"));
        assertEquals(null, org.cytostorm.sbml.write.MiriamUris.toUri("PMID: 1"));
    }

    @Test
    void metaIdsAreUniqueAndOnlyWhereNeeded() throws Exception {
        org.sbml.jsbml.Model m = readBack(SbmlExporter.write(KitchenSink.model())).getModel();
        assertTrue(m.getSpecies("IL6").isSetMetaId());
        assertFalse(m.getSpecies("M").isSetMetaId());
        List<String> ids = new ArrayList<>();
        collectMetaIds(m, ids);
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
    }

    private static void collectMetaIds(javax.swing.tree.TreeNode node, List<String> out) {
        if (node instanceof SBase s && s.isSetMetaId()) {
            out.add(s.getMetaId());
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collectMetaIds(node.getChildAt(i), out);
        }
    }

    // ---- identifiers and failures -------------------------------------------------------------

    @Test
    void anIdThatIsNoSIdFailsNamingIt() {
        Model bad = new ModelBuilder().id("m").addParameter(Parameter.of("k-1", 1)).build();
        SbmlException e = assertThrows(SbmlException.class, () -> SbmlExporter.write(bad));
        assertTrue(e.getMessage().contains("'k-1'") && e.getMessage().contains("parameter k-1"), e.getMessage());
        Model badRef = new ModelBuilder().id("m").addParameter(Parameter.of("x", 1).withConstant(false))
                .addRule(new AssignmentRule("x", new Sym("a b"))).build();
        SbmlException e2 = assertThrows(SbmlException.class, () -> SbmlExporter.write(badRef));
        assertTrue(e2.getMessage().contains("'a b'"), e2.getMessage());
        Model badModel = new ModelBuilder().id("1model").build();
        assertTrue(assertThrows(SbmlException.class, () -> SbmlExporter.write(badModel)).getMessage()
                .contains("'1model'"));
    }

    @Test
    void aUnitPartThatIsNoBaseUnitFails() {
        Model bad = new ModelBuilder().id("m").addUnit(new org.cytostorm.engine.model.UnitDefinition("u",
                List.of(new org.cytostorm.engine.model.UnitDefinition.Part("furlong", 1, 0, 1)),
                org.cytostorm.engine.model.Annotation.EMPTY)).build();
        SbmlException e = assertThrows(SbmlException.class, () -> SbmlExporter.write(bad));
        assertTrue(e.getMessage().contains("furlong") && e.getMessage().contains("unit u"), e.getMessage());
    }

    @Test
    void functionsThatReadModelVariablesTakeThemAsArguments() throws Exception {
        Model model = AntimonyParser.parse("function f(x)\n  x*k + time\nend\nfunction g(y)\n  f(y) + 1\nend\n"
                + "model m()\n  k = 2\n  r := g(3)\nend\n", "closure.ant");
        SBMLDocument doc = readBack(SbmlExporter.write(model));
        assertConsistent(doc, "closures");
        org.sbml.jsbml.Model m = doc.getModel();
        assertEquals(3, m.getFunctionDefinition("f").getArgumentCount(), "x, k, time");
        assertEquals(3, m.getFunctionDefinition("g").getArgumentCount(), "y, k, time");
        ASTNode call = ruleMath(m, "r");
        assertEquals("g", call.getName());
        assertEquals(3, call.getChildCount());
        assertEquals(Type.NAME_TIME, call.getChild(2).getType());
    }

    @Test
    void writesFilesWholeOrNotAtAll() throws Exception {
        Path file = dir.resolve("m.xml");
        SbmlExporter.write(KitchenSink.model(), file);
        assertTrue(Files.readString(file).contains("<sbml"));
        Files.writeString(file, "previous");
        Model bad = new ModelBuilder().id("m").addParameter(Parameter.of("k-1", 1)).build();
        assertThrows(SbmlException.class, () -> SbmlExporter.write(bad, file));
        assertEquals("previous", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
