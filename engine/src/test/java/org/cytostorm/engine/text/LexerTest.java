package org.cytostorm.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.cytostorm.engine.text.Token.Type;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> tokens(String text) {
        return Lexer.tokenize(text, "lexer");
    }

    private static String types(String text) {
        return tokens(text).stream().map(t -> t.type().name()).collect(Collectors.joining(" "));
    }

    @Test
    void operatorsAndArrows() {
        assertEquals("IDENT COLON IDENT PLUS NUMBER IDENT ARROW IDENT SEMI IDENT STAR IDENT EOF",
                types("J1: A + 2B -> C; k*A"));
        assertEquals("IRREVERSIBLE_ARROW ASSIGN_RULE PRIME EQUALS EQ NEQ LE GE LT GT AND OR NOT INHIBITS DOLLAR"
                + " DOT AT_SIGN PERCENT CARET EOF", types("=> := ' = == != <= >= < > && || ! -| $ . @ % ^"));
    }

    @Test
    void numbersStopBeforeAnExponentWithoutDigits() {
        List<Token> t = tokens("2E 1e-3 2e+4 .5 3.");
        assertEquals(List.of("2", "E", "1e-3", "2e+4", ".5", "3."), t.subList(0, 6).stream().map(Token::text).toList());
        assertEquals(Type.IDENT, t.get(1).type());
    }

    @Test
    void positionsAreOneBasedAndLineBreaksAreTokens() {
        List<Token> t = tokens("k = 1\r\n  x := 2\n");
        assertEquals(Type.NEWLINE, t.get(3).type());
        Token x = t.get(4);
        assertEquals("x", x.text());
        assertEquals(2, x.line());
        assertEquals(3, x.column());
    }

    @Test
    void commentsContinuationsAndAnnotationLines() {
        assertEquals("IDENT EQUALS NUMBER NEWLINE EOF", types("k = 1 // comment\n"));
        assertEquals("IDENT EQUALS NUMBER NEWLINE EOF", types("k = 1 # comment\n"));
        assertEquals("IDENT EQUALS IDENT PLUS IDENT NEWLINE EOF", types("k = a + \\\n  b\n"));
        assertEquals("IDENT NEWLINE IDENT EOF", types("a /* one\n two */ b"));
        List<Token> t = tokens("  //@ k1 evidence=\"strong\"\n");
        assertEquals(Type.ANNOTATION, t.get(0).type());
        assertEquals(" k1 evidence=\"strong\"", t.get(0).text());
        assertEquals(6, t.get(0).column());
    }

    @Test
    void strings() {
        Token s = tokens("X is \"Activated phagocytes (N*)\"").get(2);
        assertEquals(Type.STRING, s.type());
        assertEquals("Activated phagocytes (N*)", s.text());
        assertEquals(6, s.column());
    }
}
