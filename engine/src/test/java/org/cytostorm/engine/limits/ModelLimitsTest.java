package org.cytostorm.engine.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.ModelLimits;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.testing.Models;
import org.cytostorm.engine.text.AntimonyParser;
import org.cytostorm.engine.text.ModelParseException;
import org.junit.jupiter.api.Test;

/**
 * Models beyond the engine's limits are refused before any work, naming the limit and the figure;
 * models at the limits compile and give the values their algebra says (issue 13's table: deep
 * parentheses, chained functions, empty models, negative sizes, huge literals).
 */
class ModelLimitsTest {

    private static String nested(int depth, String inner) {
        return "(".repeat(depth) + inner + ")".repeat(depth);
    }

    @Test
    void thousandNestedParenthesesAreRefusedWithTheLineAndTheLimit() {
        String text = "model p()\n  S = 1;\n  J0: S -> ; " + nested(1000, "S") + ";\nend\n";
        ModelParseException e = assertThrows(ModelParseException.class, () -> AntimonyParser.parse(text, "p.ant"));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("more than " + ModelLimits.MAX_EXPRESSION_DEPTH), e.getMessage());
    }

    @Test
    void fiveThousandNestedParenthesesAreRefusedLikeAThousand() {
        String text = "model p()\n  S = 1;\n  J0: S -> ; " + nested(5000, "S") + ";\nend\n";
        assertThrows(ModelParseException.class, () -> AntimonyParser.parse(text, "p.ant"));
    }

    @Test
    void nestingJustBelowTheLimitParsesAndKeepsItsValue() {
        // 61 negations of (k): an odd number, so the rate is -k and S falls by k per unit time
        // (each "-(" is two levels of nesting: the sign and the parenthesis)
        String body = "-(".repeat(61) + "k" + ")".repeat(61);
        CompiledModel m = Models.compile("model p()\n  S = 1;\n  k = 0.25;\n  S' = " + body + ";\nend\n");
        Solution s = m.problem().withUniformTimes(0, 2, 3).solve().orThrow();
        assertEquals(1 - 0.25 * 2, s.last("S"), 1e-9);
    }

    @Test
    void twentyThousandChainedFunctionsAreRefusedByTheExpandedDepth() {
        StringBuilder text = new StringBuilder("function f0(x)\n  x;\nend\n");
        for (int i = 1; i < 20_000; i++) {
            text.append("function f").append(i).append("(x)\n  f").append(i - 1).append("(x);\nend\n");
        }
        text.append("model f()\n  S = 1;\n  J0: S -> ; f19999(S);\nend\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> Models.compile(text.toString()));
        assertTrue(e instanceof ModelParseException || e instanceof ModelException, e.toString());
        assertTrue(e.getMessage().contains("limit of " + ModelLimits.MAX_EXPANDED_DEPTH), e.getMessage());
        assertTrue(e.getMessage().contains("20001"), e.getMessage());
    }

    @Test
    void functionsThatDoubleAtEachLevelAreRefusedByTheExpandedSize() {
        // f_i(x) = f_{i-1}(x) + f_{i-1}(x): 2^40 nodes once inlined, though the text is tiny
        StringBuilder text = new StringBuilder("function f0(x)\n  x;\nend\n");
        for (int i = 1; i <= 40; i++) {
            text.append("function f").append(i).append("(x)\n  f").append(i - 1).append("(x) + f").append(i - 1)
                    .append("(x);\nend\n");
        }
        text.append("model f()\n  S = 1;\n  J0: S -> ; f40(S);\nend\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> Models.compile(text.toString()));
        assertTrue(e.getMessage().contains("nodes"), e.getMessage());
    }

    @Test
    void aChainOfFunctionsWithinTheLimitInlinesToTheRightValue() {
        // 300 functions each adding 1: the rate is S + 300 at any S
        StringBuilder text = new StringBuilder("function f0(x)\n  x;\nend\n");
        for (int i = 1; i <= 300; i++) {
            text.append("function f").append(i).append("(x)\n  f").append(i - 1).append("(x) + 1;\nend\n");
        }
        text.append("model f()\n  S = 0;\n  k = 0;\n  S' = f300(k);\nend\n");
        Solution s = Models.compile(text.toString()).problem().withUniformTimes(0, 1, 2).solve().orThrow();
        assertEquals(300, s.last("S"), 1e-9);
    }

    @Test
    void anEmptyFileAndAnEmptyModelAreBadInput() {
        assertTrue(assertThrows(ModelParseException.class, () -> Models.compile("")).getMessage()
                .contains("the model is empty"));
        assertTrue(assertThrows(ModelParseException.class, () -> Models.compile("model e()\nend\n")).getMessage()
                .contains("the model is empty"));
    }

    @Test
    void aNegativeCompartmentSizeIsBadInput() {
        ModelParseException e = assertThrows(ModelParseException.class,
                () -> Models.compile("model e()\n  compartment c = -1;\n  species S in c = 1;\n  J0: S -> ; S;\nend\n"));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be negative"), e.getMessage());
    }

    @Test
    void aLiteralBeyondTheLargestDoubleIsBadInputNotAFailedRun() {
        ModelParseException e = assertThrows(ModelParseException.class,
                () -> Models.compile("model e()\n  S = 1;\n  k = 1e400;\n  S' = -k*S;\nend\n"));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("1e400"), e.getMessage());
    }

    @Test
    void tooManyStatesAreRefusedBeforeTheModelIsLowered() {
        int n = ModelLimits.MAX_STATES + 1;
        StringBuilder text = new StringBuilder("model big()\n");
        for (int i = 0; i < n; i++) {
            text.append("  S").append(i).append(" = 1;\n  S").append(i).append("' = -S").append(i).append(";\n");
        }
        text.append("end\n");
        // counted before lowering: the text reader reports it at the model's line
        ModelParseException e = assertThrows(ModelParseException.class, () -> Models.compile(text.toString()));
        assertTrue(e.getMessage().contains(n + " state variables, more than the limit of " + ModelLimits.MAX_STATES),
                e.getMessage());
    }

    @Test
    void aJacobianWithMoreThanAMillionEntriesIsRefused() {
        // 1001 states each driven by the total of all: 1001 x 1001 = 1,002,001 structural nonzeros
        int n = 1001;
        StringBuilder text = new StringBuilder("model dense()\n");
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("  S").append(i).append(" = 1;\n  S").append(i).append("' = -1e-3*total;\n");
            sum.append(i == 0 ? "" : " + ").append('S').append(i);
        }
        text.append("  total := ").append(sum).append(";\nend\n");
        ModelException e = assertThrows(ModelException.class, () -> Models.compile(text.toString()));
        assertTrue(e.getMessage().contains("1002001 structurally nonzero entries, more than the limit of "
                + ModelLimits.MAX_JACOBIAN_ENTRIES), e.getMessage());
    }
}
