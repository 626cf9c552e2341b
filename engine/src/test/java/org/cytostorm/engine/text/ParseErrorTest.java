package org.cytostorm.engine.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cytostorm.engine.text.ModelParseException.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every error names the line and column of the offending text, what was found and what was expected. */
class ParseErrorTest {

    private static ModelParseException error(String text) {
        return assertThrows(ModelParseException.class, () -> AntimonyParser.parse(text, "test.ant"));
    }

    private static void assertError(String text, Kind kind, int line, int column, String found) {
        ModelParseException e = error(text);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(found, e.offendingText(), e.getMessage());
        assertEquals("test.ant", e.sourceName());
        assertTrue(e.getMessage().startsWith("test.ant:" + line + ":" + column + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(": found '" + found + "', expected " + e.expected()), e.getMessage());
    }

    @Nested
    class Syntax {

        @Test
        void missingSemicolonBetweenStatementsOnOneLine() {
            ModelParseException e = error("k2 = 1\nk1 = k2 k3 = 1\n");
            assertEquals("test.ant:2:9: missing ';' or line break between statements: found 'k3', expected ';' or"
                    + " end of line", e.getMessage());
            assertEquals(Kind.SYNTAX, e.kind());
            assertEquals("';' or end of line", e.expected());
        }

        @Test
        void unclosedParenthesis() {
            ModelParseException e = error("k2 = 1\nk1 = (k2 + 1\nk3 = 2\n");
            assertEquals(2, e.line());
            assertEquals(13, e.column());
            assertEquals("end of line", e.offendingText());
            assertTrue(e.reason().contains("'(' at line 2, column 6"), e.getMessage());
        }

        @Test
        void unmatchedClosingParenthesis() {
            assertError("k1 = (1 + 2))\n", Kind.SYNTAX, 1, 13, ")");
        }

        @Test
        void reactionWithoutProductsIsFineButARateWithoutSemicolonIsNot() {
            assertDoesNotThrow(() -> AntimonyParser.parse("J1: A -> ; k\nk = 1\n", "test.ant"));
            ModelParseException e = error("k = 1\nJ1: A -> B k\n");
            assertEquals(2, e.line());
            assertEquals(12, e.column());
            assertEquals("k", e.offendingText());
            assertEquals("'+' or ';'", e.expected());
        }

        @Test
        void missingOperand() {
            assertError("k = 1 +\n", Kind.SYNTAX, 1, 8, "end of line");
        }

        @Test
        void unterminatedStringAndComment() {
            assertError("k = 1\nk is \"rate\n", Kind.SYNTAX, 2, 6, "\"");
            assertError("k = 1\n/* never closed\n", Kind.SYNTAX, 2, 1, "/*");
        }

        @Test
        void unexpectedCharacter() {
            assertError("k = 1 & 2\n", Kind.SYNTAX, 1, 7, "&");
        }

        @Test
        void missingEndOfModel() {
            assertError("model m()\n  k = 1\n", Kind.SYNTAX, 3, 1, "end of file");
        }

        @Test
        void unknownAnnotationQualifierAndEventAttribute() {
            assertError("k = 1\nk resembles \"http://x\"\n", Kind.SYNTAX, 2, 3, "resembles");
            assertError("x = 0\nat time > 1, delay = 2: x = 1\n", Kind.SYNTAX, 2, 14, "delay");
        }

        @Test
        void malformedAnnotationLine() {
            assertError("k = 1\n//@ k evidence\n", Kind.SYNTAX, 2, 15, "end of line");
        }
    }

    @Nested
    class Semantics {

        @Test
        void unknownSymbolAtItsFirstUse() {
            ModelParseException e = error("J1: A -> B; k1*A\nx := k1 + 1\n");
            assertEquals(Kind.UNKNOWN_SYMBOL, e.kind());
            assertEquals(1, e.line());
            assertEquals(13, e.column());
            assertEquals("k1", e.offendingText());
            assertTrue(e.reason().contains("never declared nor given a value"), e.getMessage());
        }

        @Test
        void unknownSymbolInAFunctionBody() {
            assertError("function f(x)\n  x*y\nend\nk := f(1)\n", Kind.UNKNOWN_SYMBOL, 2, 5, "y");
        }

        @Test
        void unknownFunctionAndWrongArgumentCount() {
            assertError("x := foo(1)\n", Kind.UNKNOWN_SYMBOL, 1, 6, "foo");
            assertError("function f(a, b) a + b end\nx := 2*f(1)\n", Kind.INVALID, 2, 8, "f");
        }

        @Test
        void twoReactionsWithTheSameName() {
            ModelParseException e = error("J1: A -> B; k\nJ1: B -> A; k\nk = 1\n");
            assertEquals(Kind.DUPLICATE_DEFINITION, e.kind());
            assertEquals(2, e.line());
            assertEquals(1, e.column());
            assertTrue(e.reason().contains("two reactions are named 'J1'"), e.getMessage());
        }

        @Test
        void twoAssignmentRulesForOneVariable() {
            assertError("x := 1\ny = 2\nx := y\n", Kind.DUPLICATE_DEFINITION, 3, 1, "x");
            assertError("x := 1\nx' = 2\n", Kind.DUPLICATE_DEFINITION, 2, 1, "x");
        }

        @Test
        void aNameDeclaredAsSpeciesAndAsCompartment() {
            ModelParseException e = error("species A\ncompartment A\n");
            assertEquals(Kind.DUPLICATE_DEFINITION, e.kind());
            assertEquals(2, e.line());
            assertEquals(13, e.column());
            assertTrue(e.reason().contains("already a species"), e.getMessage());
        }

        @Test
        void aParameterUsedAsAReactionParticipant() {
            assertError("formula k\nk -> B; 1\n", Kind.DUPLICATE_DEFINITION, 2, 1, "k");
        }

        @Test
        void aFunctionDefinedTwice() {
            assertError("function f(x) x end\nfunction f(y) y end\nk := f(1)\n", Kind.DUPLICATE_DEFINITION, 2, 10, "f");
        }

        @Test
        void aFunctionAndAnElementWithTheSameName() {
            assertError("function f(x) x end\nf = 2\n", Kind.DUPLICATE_DEFINITION, 2, 1, "f");
        }

        @Test
        void ruleCycleNamesBothVariables() {
            ModelParseException e = error("a := b + 1; b := a * 2\n");
            assertEquals(Kind.RULE_CYCLE, e.kind());
            assertEquals(1, e.line());
            assertEquals(1, e.column());
            assertEquals("a", e.offendingText());
            assertTrue(e.reason().contains("a -> b -> a"), e.getMessage());
        }

        @Test
        void ruleOnAConstant() {
            assertError("const k\nk = 1\nk := 2\n", Kind.INVALID, 3, 1, "k");
        }

        @Test
        void reservedNames() {
            assertError("exp = 3\n", Kind.INVALID, 1, 1, "exp");
            assertError("k = 1\nTime = 2\n", Kind.INVALID, 2, 1, "Time");
        }

        @Test
        void annotationOfAnUnknownName() {
            assertError("k = 1\nq is \"what\"\n", Kind.UNKNOWN_SYMBOL, 2, 1, "q");
        }

        @Test
        void boundaryMarkOnAParameter() {
            assertError("compartment $c = 1\n", Kind.INVALID, 1, 14, "c");
        }

        @Test
        void twoRateLawsForOneReaction() {
            assertError("J1: A -> B; k*A\nJ1 = 2*k\nk = 1\n", Kind.DUPLICATE_DEFINITION, 2, 1, "J1");
        }
    }

    @Nested
    class Unsupported {

        @Test
        void constructsOutsideTheSubset() {
            assertError("import \"other.txt\"\n", Kind.UNSUPPORTED, 1, 1, "import");
            assertError("model m()\n  A: Sub()\nend\n", Kind.UNSUPPORTED, 2, 6, "Sub");
            assertError("Sub()\n", Kind.UNSUPPORTED, 1, 1, "Sub");
            assertError("J0: S1 -> S2; k\nS2 -| J0\n", Kind.UNSUPPORTED, 2, 4, "-|");
            assertError("J0: S1 -> S2; k\ni2: S3 -o J0\n", Kind.UNSUPPORTED, 2, 8, "-");
            assertError("delete A.x\n", Kind.UNSUPPORTED, 1, 1, "delete");
            assertError("x = 0\n@(x > 1): x = 0\n", Kind.UNSUPPORTED, 2, 1, "@");
            assertError("--P1--G1--\n", Kind.UNSUPPORTED, 1, 1, "-");
            assertError("gene g1\n", Kind.UNSUPPORTED, 1, 1, "gene");
            assertError("A.x = 3\n", Kind.UNSUPPORTED, 1, 2, ".");
            assertError("A is B\n", Kind.UNSUPPORTED, 1, 6, "B");
            assertError("x := delay(y, 1)\ny = 1\n", Kind.UNSUPPORTED, 1, 6, "delay");
            assertError("0 = x - 1\n", Kind.UNSUPPORTED, 1, 1, "0");
            assertError("compartment c1 in c2\n", Kind.UNSUPPORTED, 1, 16, "in");
            assertError("k = 1\nk has mole / litre\n", Kind.UNSUPPORTED, 2, 12, "/");
        }

        @Test
        void statementsOutsideTheModelBlockOfAFileWithModels() {
            assertError("model m()\n  k = 1\nend\nx = 2\n", Kind.UNSUPPORTED, 4, 1, "x");
        }
    }
}
