package org.cytostorm.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.InitialAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.RateRule;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.SpeciesReference;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.junit.jupiter.api.Test;

/** SBML-only constructs are written in an equivalent form: the text simulates the same. */
class TextEquivalentsTest {

    private static final String BASE = "model m()\n  compartment c = 2\n  species A in c, B in c\n"
            + "  J1: A -> 2 B; k*A*c\n  k = 0.3\n  A = 1; B = 0\nend\n";

    private static Model base() {
        return AntimonyParser.parse(BASE, "base.ant");
    }

    private static Reaction j1(Model m) {
        return m.reaction("J1").orElseThrow();
    }

    private static Reaction withRate(Reaction r, Expr rate, List<Parameter> locals) {
        return new Reaction(r.id(), r.reactants(), r.products(), r.modifiers(), rate, locals, r.reversible(),
                r.annotation());
    }

    private static Solution simulate(Model m) {
        return CompiledModel.compile(m).problem().withUniformTimes(0, 10, 21)
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-11, 1e-14)).solve().orThrow();
    }

    /** Writes the model, reads the text back and compares the two runs column by column. */
    private static String assertSimulatesTheSame(Model original) {
        String text = AntimonyWriter.write(original);
        Model back;
        try {
            back = AntimonyParser.parse(text, "written.ant");
        } catch (ModelParseException e) {
            throw new AssertionError(e.getMessage() + "\n" + text, e);
        }
        Solution a = simulate(original);
        Solution b = simulate(back);
        for (String column : a.names()) {
            for (int r = 0; r < a.rows(); r++) {
                double x = a.value(column, r);
                assertEquals(x, b.value(column, r), 1e-9 * Math.abs(x) + 1e-12,
                        column + " at t = " + a.time(r) + "\n" + text);
            }
        }
        assertEquals(text, AntimonyWriter.write(back), "the written form is stable");
        return text;
    }

    @Test
    void localParametersBecomeGlobalParametersNamedAfterTheReaction() {
        Model m = base();
        Model local = m.toBuilder().putReaction(withRate(j1(m), j1(m).rate(), List.of(Parameter.of("k", 0.7))))
                .build();
        String text = assertSimulatesTheSame(local);
        assertTrue(text.contains("J1: A -> 2 B; J1_k*A*c;"), text);
        assertTrue(text.contains("J1_k = 0.7;") && text.contains("k = 0.3;"), text);
    }

    @Test
    void localParameterNamesStayUnique() {
        Model m = base().toBuilder().addParameter(Parameter.of("J1_k", 5)).build();
        Model local = m.toBuilder().putReaction(withRate(j1(m), j1(m).rate(), List.of(Parameter.of("k", 0.7))))
                .build();
        String text = assertSimulatesTheSame(local);
        assertTrue(text.contains("J1_k_2 = 0.7;"), text);
    }

    @Test
    void aConstantConversionFactorIsFoldedIntoTheStoichiometries() {
        Model m = base().toBuilder().addParameter(Parameter.of("cf", 2.5)).addParameter(Parameter.of("mcf", 4))
                .putSpecies(base().species("B").orElseThrow().withConversionFactor("cf"))
                .conversionFactor("mcf").build();
        String text = assertSimulatesTheSame(m);
        assertTrue(text.contains("J1: 4 A -> 5 B;"), text);
    }

    @Test
    void aVariableConversionFactorBecomesARateRule() {
        Model m = base().toBuilder().addParameter(Parameter.of("cf", 1).withConstant(false))
                .addRule(new RateRule("cf", new Num(0.1)))
                .putSpecies(base().species("B").orElseThrow().withConversionFactor("cf")).build();
        String text = assertSimulatesTheSame(m);
        assertTrue(text.contains("B' = cf*2*J1/c;") || text.contains("B' = cf*(2*J1)/c;"), text);
        assertTrue(text.contains("$B in c"), text);
    }

    @Test
    void aVariableConversionFactorOnAnAmountSpecies() {
        Model b = base();
        Model m = b.toBuilder().addParameter(Parameter.of("cf", 1).withConstant(false))
                .addEvent(Event.of("E", new Call(Fn.GT, List.of(new Sym("time"), new Num(4))),
                        List.of(new EventAssignment("cf", new Num(3)))))
                .putSpecies(b.species("A").orElseThrow().withHasOnlySubstanceUnits(true).withInitialAmount(2)
                        .withConversionFactor("cf")).build();
        assertSimulatesTheSame(m);
    }

    @Test
    void aVariableConversionFactorInAChangingCompartmentIsRefused() {
        Model b = base();
        Model m = b.toBuilder().putCompartment(b.compartment("c").orElseThrow().withConstant(false))
                .addRule(new RateRule("c", new Num(0.1)))
                .addParameter(Parameter.of("cf", 1).withConstant(false)).addRule(new RateRule("cf", new Num(0.1)))
                .putSpecies(b.species("B").orElseThrow().withConversionFactor("cf")).build();
        ModelException e = assertThrows(ModelException.class, () -> AntimonyWriter.write(m));
        assertEquals("B", e.elementId());
        assertEquals(ModelException.Problem.UNSUPPORTED, e.problem());
    }

    @Test
    void aNamedConstantStoichiometryBecomesAParameterWhenUsed() {
        Model b = base();
        Reaction r = j1(b);
        Model m = b.toBuilder().putReaction(new Reaction(r.id(), r.reactants(),
                        List.of(new SpeciesReference("B", 2, "sB", true)), r.modifiers(), r.rate(), List.of(), true,
                        Annotation.EMPTY))
                .addParameter(Parameter.of("x", Double.NaN).withConstant(false))
                .addRule(new org.cytostorm.engine.model.AssignmentRule("x", new Call(Fn.MUL,
                        List.of(new Sym("sB"), new Sym("B"))))).build();
        String text = assertSimulatesTheSame(m);
        assertTrue(text.contains("J1: A -> 2 B;") && text.contains("sB = 2;"), text);
    }

    @Test
    void aVariableStoichiometryMovesToAReactionOfItsOwn() {
        Model b = base();
        Reaction r = j1(b);
        Model m = b.toBuilder().putReaction(new Reaction(r.id(), r.reactants(),
                        List.of(new SpeciesReference("B", 2, "sB", false)), r.modifiers(), r.rate(), List.of(), true,
                        Annotation.EMPTY))
                .addEvent(Event.of("E", new Call(Fn.GT, List.of(new Sym("time"), new Num(5))),
                        List.of(new EventAssignment("sB", new Num(7))))).build();
        String text = assertSimulatesTheSame(m);
        assertTrue(text.contains("J1: A -> ;") && text.contains("J1_B:  -> B; sB*J1;"), text);
    }

    @Test
    void anInitiallyAssignedStoichiometryMovesToAReactionOfItsOwn() {
        Model b = base();
        Reaction r = j1(b);
        Model m = b.toBuilder().putReaction(new Reaction(r.id(),
                        List.of(new SpeciesReference("A", Double.NaN, "sA", true)), r.products(), r.modifiers(),
                        r.rate(), List.of(), false, Annotation.EMPTY))
                .addInitialAssignment(new InitialAssignment("sA", new Call(Fn.MUL, List.of(new Num(3),
                        new Sym("k"))))).build();
        assertSimulatesTheSame(m);
    }

    @Test
    void aNegativeStoichiometryMovesToTheOtherSide() {
        Model b = base();
        Reaction r = j1(b);
        Model m = b.toBuilder().putReaction(new Reaction(r.id(), r.reactants(),
                List.of(SpeciesReference.of("B", -1.5)), r.modifiers(), r.rate(), List.of(), true, Annotation.EMPTY))
                .build();
        String text = assertSimulatesTheSame(m);
        assertTrue(text.contains("J1: A + 1.5 B -> ;"), text);
    }

    @Test
    void anEventWithoutAssignmentsGetsOneThatChangesNothing() {
        Model m = base().toBuilder().addEvent(new Event("E", new Call(Fn.GT, List.of(new Sym("time"), new Num(3))),
                null, null, false, true, true, List.of(), Annotation.EMPTY.withDisplayName("nothing"))).build();
        String text = assertSimulatesTheSame(m);
        assertTrue(text.contains("E: at time > 3, t0 = false: E_noop = E_noop;"), text);
    }

    @Test
    void reservedNamesGetATrailingUnderscore() {
        // as an SBML import gives them: a parameter named time (the time csymbol is then @time),
        // a function argument LT, a unit named time used as the model's time unit
        Model m = new org.cytostorm.engine.model.ModelBuilder().id("m")
                .addFunction(new org.cytostorm.engine.model.FunctionDefinition("f", List.of("LT"),
                        new Call(Fn.MUL, List.of(new Sym("LT"), new Num(2))), Annotation.EMPTY))
                .addUnit(new org.cytostorm.engine.model.UnitDefinition("time",
                        List.of(new org.cytostorm.engine.model.UnitDefinition.Part("second", 1, 0, 3600)),
                        Annotation.EMPTY))
                .units(new org.cytostorm.engine.model.ModelUnits("time", null, null, null, null, null))
                .addParameter(Parameter.of("time", 2).withUnits("time"))
                .addParameter(Parameter.of("x", 0).withConstant(false))
                .addRule(new RateRule("x", new Call(Fn.ADD, List.of(new org.cytostorm.engine.expr.Apply("f",
                        List.of(new Sym("time"))), new Sym(Sym.TIME_CSYMBOL)))))
                .build();
        String text = assertSimulatesTheSame(m);
        assertTrue(text.contains("function f(LT_)\n  LT_*2;"), text);
        assertTrue(text.contains("x' = f(time_) + time;"), text);
        assertTrue(text.contains("time_ = 2;") && text.contains("time_ is \"time\""), text);
        assertTrue(text.contains("unit time__2 = 3600 second;") && text.contains("time_ has time__2"), text);
    }

    @Test
    void aModelWithoutSuchConstructsIsUnchanged() {
        Model m = base();
        assertTrue(TextEquivalents.rewrite(m) == m);
    }
}
