package org.cytostorm.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    static ParsedExpr parseExpr(String text) {
        TokenStream ts = new TokenStream(Lexer.tokenize(text, "expr"), "expr");
        ParsedExpr e = new ExpressionParser(ts).parse();
        assertTrue(ts.at(Token.Type.EOF), "the whole text is one expression: " + text);
        return e;
    }

    static Expr expr(String text) {
        return parseExpr(text).expr();
    }

    private static Expr sym(String n) {
        return new Sym(n);
    }

    private static Expr num(double v) {
        return new Num(v);
    }

    private static Expr call(Fn fn, Expr... args) {
        return new Call(fn, List.of(args));
    }

    // ---- precedence (libSBML L3 infix) -----------------------------------------------------------

    @Test
    void powerIsRightAssociativeAndBindsTighterThanUnaryMinus() {
        assertEquals(call(Fn.POW, sym("a"), call(Fn.POW, sym("b"), sym("c"))), expr("a^b^c"));
        assertEquals(call(Fn.NEG, call(Fn.POW, sym("x"), num(2))), expr("-x^2"));
        // -2^2 is -(2^2) = -4, not (-2)^2
        assertEquals(call(Fn.NEG, call(Fn.POW, num(2), num(2))), expr("-2^2"));
        assertEquals(call(Fn.POW, num(2), num(-3)), expr("2^-3"));
    }

    @Test
    void productsBindTighterThanSumsAndChainsAreNary() {
        assertEquals(call(Fn.ADD, sym("a"), call(Fn.MUL, sym("b"), sym("c")), sym("d")), expr("a + b*c + d"));
        assertEquals(call(Fn.SUB, call(Fn.ADD, sym("a"), sym("b")), sym("c")), expr("a + b - c"));
        assertEquals(call(Fn.ADD, call(Fn.SUB, sym("a"), sym("b")), sym("c")), expr("a - b + c"));
        assertEquals(call(Fn.DIV, call(Fn.MUL, sym("a"), sym("b")), sym("c")), expr("a*b/c"));
        assertEquals(call(Fn.DIV, call(Fn.DIV, sym("a"), sym("b")), sym("c")), expr("a/b/c"));
        assertEquals(call(Fn.REM, sym("a"), sym("b")), expr("a % b"));
        // parentheses keep a nested sum a separate node
        assertEquals(call(Fn.ADD, call(Fn.ADD, sym("a"), sym("b")), sym("c")), expr("(a + b) + c"));
    }

    @Test
    void relationalThenAndThenOr() {
        assertEquals(call(Fn.OR, call(Fn.LT, sym("a"), sym("b")),
                call(Fn.AND, call(Fn.GE, sym("c"), num(1)), call(Fn.NEQ, sym("d"), sym("e")))),
                expr("a < b || c >= 1 && d != e"));
        assertEquals(call(Fn.AND, sym("a"), sym("b"), sym("c")), expr("a && b && c"));
        assertEquals(call(Fn.LT, call(Fn.LT, sym("a"), sym("b")), sym("c")), expr("a < b < c"));
        assertEquals(call(Fn.EQ, call(Fn.ADD, sym("a"), num(1)), sym("b")), expr("a + 1 == b"));
        assertEquals(call(Fn.LE, sym("a"), sym("b")), expr("a <= b"));
        assertEquals(call(Fn.GT, sym("a"), sym("b")), expr("a > b"));
    }

    @Test
    void notIsUnary() {
        assertEquals(call(Fn.AND, call(Fn.NOT, sym("a")), sym("b")), expr("!a && b"));
        assertEquals(call(Fn.NOT, call(Fn.LT, sym("a"), sym("b"))), expr("!(a < b)"));
        assertEquals(call(Fn.NOT, sym("a")), expr("not(a)"));
    }

    // ---- numbers and constants -------------------------------------------------------------------

    @Test
    void numberForms() {
        assertEquals(num(1), expr("1"));
        assertEquals(num(1.5), expr("1.5"));
        assertEquals(num(0.5), expr(".5"));
        assertEquals(num(1e-3), expr("1e-3"));
        assertEquals(num(2e4), expr("2E+4"));
        assertEquals(num(-7.25), expr("-7.25"));
        assertEquals(call(Fn.NEG, num(7)), expr("-(7)"));
        assertEquals(num(0.1), expr("0.1"));
    }

    @Test
    void constantsAreNumbersAndTimeStaysASymbol() {
        assertEquals(num(Math.PI), expr("pi"));
        assertEquals(num(Math.E), expr("exponentiale"));
        assertEquals(num(1), expr("true"));
        assertEquals(num(0), expr("false"));
        for (String inf : new String[] {"INF", "inf", "infinity"}) {
            assertEquals(num(Double.POSITIVE_INFINITY), expr(inf));
        }
        assertEquals(num(Double.NEGATIVE_INFINITY), expr("-inf"));
        assertEquals(num(Double.NaN), expr("NaN"));
        assertEquals(num(Double.NaN), expr("nan"));
        assertEquals(sym("time"), expr("time"));
        assertEquals(sym("avogadro"), expr("avogadro"));
    }

    @Test
    void aNumberWithAUnitKeepsTheUnitWhenItIsTheWholeExpression() {
        ParsedExpr e = parseExpr("0.3 per_hour");
        assertEquals(num(0.3), e.expr());
        assertTrue(e.number());
        assertEquals("per_hour", e.unit());
        ParsedExpr negative = parseExpr("-2 mole");
        assertEquals(num(-2), negative.expr());
        assertEquals("mole", negative.unit());
        ParsedExpr inside = parseExpr("40 foo/3 seconds");
        assertEquals(call(Fn.DIV, num(40), num(3)), inside.expr());
        assertFalse(inside.number());
        assertFalse(parseExpr("(5)").number());
        assertTrue(parseExpr("-5").number());
    }

    // ---- functions -------------------------------------------------------------------------------

    @Test
    void oneArgumentLogIsTheNaturalLogarithmAsInAntimony() {
        // libAntimony parses formulas with L3P_PARSE_LOG_AS_LN
        assertEquals(call(Fn.LN, sym("x")), expr("log(x)"));
        assertEquals(call(Fn.LOG, num(2), sym("x")), expr("log(2, x)"));
        assertEquals(call(Fn.LOG10, sym("x")), expr("log10(x)"));
        assertEquals(call(Fn.LN, sym("x")), expr("ln(x)"));
    }

    @Test
    void builtInFunctions() {
        assertEquals(call(Fn.PIECEWISE, num(1), call(Fn.GT, sym("time"), num(5)), num(0)),
                expr("piecewise(1, time > 5, 0)"));
        assertEquals(call(Fn.AND, sym("a"), sym("b")), expr("and(a, b)"));
        assertEquals(call(Fn.OR, sym("a"), sym("b"), sym("c")), expr("or(a, b, c)"));
        assertEquals(call(Fn.XOR, sym("a"), sym("b")), expr("xor(a, b)"));
        assertEquals(call(Fn.POW, sym("a"), sym("b")), expr("pow(a, b)"));
        assertEquals(call(Fn.POW, sym("a"), sym("b")), expr("power(a, b)"));
        assertEquals(call(Fn.MIN, sym("a"), sym("b"), sym("c")), expr("min(a, b, c)"));
        assertEquals(call(Fn.MAX, sym("a"), sym("b")), expr("max(a, b)"));
        assertEquals(call(Fn.CEIL, sym("a")), expr("ceil(a)"));
        assertEquals(call(Fn.CEIL, sym("a")), expr("ceiling(a)"));
        assertEquals(call(Fn.FLOOR, sym("a")), expr("floor(a)"));
        assertEquals(call(Fn.ABS, sym("a")), expr("abs(a)"));
        assertEquals(call(Fn.SQRT, sym("a")), expr("sqrt(a)"));
        assertEquals(call(Fn.EXP, sym("a")), expr("exp(a)"));
        assertEquals(call(Fn.SIN, sym("a")), expr("sin(a)"));
        assertEquals(call(Fn.COSH, sym("a")), expr("cosh(a)"));
        assertEquals(call(Fn.ATAN, sym("a")), expr("arctan(a)"));
        assertEquals(call(Fn.ASIN, sym("a")), expr("asin(a)"));
        assertEquals(call(Fn.RATE_OF, sym("a")), expr("rateOf(a)"));
        assertEquals(call(Fn.POW, sym("a"), num(2)), expr("sqr(a)"));
        assertEquals(call(Fn.SQRT, sym("a")), expr("root(a)"));
        assertEquals(call(Fn.ROOT, num(3), sym("a")), expr("root(3, a)"));
        assertEquals(call(Fn.NEG, sym("a")), expr("minus(a)"));
        assertEquals(call(Fn.EXP, sym("a")), expr("EXP(a)"));
    }

    @Test
    void otherCallsAreUserFunctions() {
        ParsedExpr e = parseExpr("hill(S, 2) + k");
        assertEquals(call(Fn.ADD, new Apply("hill", List.of(sym("S"), num(2))), sym("k")), e.expr());
        ParsedExpr.NameUse call = e.uses().stream().filter(ParsedExpr.NameUse::call).findFirst().orElseThrow();
        assertEquals("hill", call.name());
        assertEquals(2, call.argumentCount());
        assertEquals(1, call.position().column());
    }

    @Test
    void wrongNumberOfArgumentsToABuiltIn() {
        ModelParseException e = assertThrows(ModelParseException.class, () -> expr("exp(a, b)"));
        assertEquals(1, e.line());
        assertEquals(1, e.column());
        assertEquals("exp", e.offendingText());
    }

    // ---- printing then parsing gives the same tree -------------------------------------------------

    @Test
    void printedTreesParseBackToTheSameTree() {
        List<Expr> trees = List.of(
                call(Fn.POW, call(Fn.NEG, sym("x")), num(2)),
                call(Fn.NEG, call(Fn.POW, sym("x"), num(2))),
                call(Fn.POW, sym("a"), call(Fn.POW, sym("b"), sym("c"))),
                call(Fn.POW, call(Fn.POW, sym("a"), sym("b")), sym("c")),
                call(Fn.NEG, num(3)),
                call(Fn.NEG, num(-3)),
                call(Fn.NEG, call(Fn.NEG, sym("x"))),
                num(-3),
                num(-0.0),
                call(Fn.POW, num(-2), num(2)),
                call(Fn.POW, num(2), num(-0.5)),
                call(Fn.ADD, call(Fn.ADD, sym("a"), sym("b")), sym("c")),
                call(Fn.ADD, sym("a"), call(Fn.ADD, sym("b"), sym("c"))),
                call(Fn.ADD, sym("a"), call(Fn.SUB, sym("b"), sym("c"))),
                call(Fn.ADD, call(Fn.SUB, sym("a"), sym("b")), sym("c")),
                call(Fn.SUB, sym("a"), call(Fn.SUB, sym("b"), sym("c"))),
                call(Fn.MUL, sym("a"), call(Fn.DIV, sym("b"), sym("c"))),
                call(Fn.DIV, sym("a"), call(Fn.MUL, sym("b"), sym("c"))),
                call(Fn.MUL, call(Fn.MUL, sym("a"), sym("b")), sym("c")),
                call(Fn.ADD),
                call(Fn.ADD, sym("a")),
                call(Fn.MUL),
                call(Fn.MUL, sym("a")),
                call(Fn.AND, call(Fn.OR, sym("a"), sym("b")), sym("c")),
                call(Fn.OR, call(Fn.AND, sym("a"), sym("b")), sym("c")),
                call(Fn.AND, call(Fn.AND, sym("a"), sym("b")), sym("c")),
                call(Fn.AND, sym("a")),
                call(Fn.AND),
                call(Fn.ADD, call(Fn.NOT, sym("a")), sym("b")),
                call(Fn.NOT, call(Fn.ADD, sym("a"), sym("b"))),
                call(Fn.LT, call(Fn.NOT, sym("a")), sym("b")),
                call(Fn.LT, call(Fn.LT, sym("a"), sym("b")), sym("c")),
                call(Fn.LT, sym("a"), sym("b"), sym("c")),
                call(Fn.EQ, sym("a"), sym("b"), sym("c")),
                call(Fn.MUL, num(-1), sym("x")),
                call(Fn.SUB, sym("x"), num(-1)),
                call(Fn.REM, sym("a"), sym("b")),
                call(Fn.LOG, num(2), sym("x")),
                call(Fn.PIECEWISE, num(1), call(Fn.GT, sym("time"), num(5)), num(0)),
                new Apply("f", List.of(call(Fn.ADD, sym("a"), sym("b")), num(1e-300))),
                num(Double.POSITIVE_INFINITY),
                num(Double.NEGATIVE_INFINITY),
                num(Double.NaN),
                call(Fn.POW, num(1e-7), num(2)),
                call(Fn.MUL, num(Double.NEGATIVE_INFINITY), sym("x")));
        for (Expr e : trees) {
            assertRoundTrip(e);
        }
    }

    @Test
    void randomTreesRoundTrip() {
        Random random = new Random(20060401L);
        for (int i = 0; i < 3000; i++) {
            assertRoundTrip(randomTree(random, 4));
        }
    }

    @Test
    void numbersRoundTripExactly() {
        Random random = new Random(7L);
        List<Double> values = new ArrayList<>(List.of(0.1, 1.0 / 3, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE,
                -Double.MIN_NORMAL, 1e15, 1e15 - 1, 123456789.123456789, 2.5e-8, 48.0, -0.0, 0.0));
        for (int i = 0; i < 2000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
        }
        for (double v : values) {
            assertEquals(new Num(v), expr(ExprPrinter.number(v)), () -> "number " + v);
        }
    }

    private static void assertRoundTrip(Expr e) {
        String text = ExprPrinter.print(e);
        assertEquals(e, expr(text), () -> "printed as " + text);
    }

    private static final Fn[] OPERATORS = {Fn.ADD, Fn.SUB, Fn.MUL, Fn.DIV, Fn.POW, Fn.NEG, Fn.NOT, Fn.AND, Fn.OR,
        Fn.LT, Fn.GE, Fn.EQ, Fn.NEQ, Fn.REM, Fn.EXP, Fn.PIECEWISE, Fn.MAX};

    private static Expr randomTree(Random r, int depth) {
        if (depth <= 0 || r.nextInt(4) == 0) {
            switch (r.nextInt(4)) {
                case 0:
                    return sym("x" + r.nextInt(3));
                case 1:
                    return num(r.nextInt(7) - 3);
                case 2:
                    return num((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30) - 15));
                default:
                    return r.nextBoolean() ? sym("time") : new Apply("f", List.of(randomTree(r, depth - 1)));
            }
        }
        Fn fn = OPERATORS[r.nextInt(OPERATORS.length)];
        int n;
        switch (fn) {
            case ADD:
            case MUL:
            case AND:
            case OR:
            case PIECEWISE:
            case MAX:
                n = 1 + r.nextInt(4);
                break;
            case NEG:
            case NOT:
            case EXP:
                n = 1;
                break;
            default:
                n = 2;
        }
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            args.add(randomTree(r, depth - 1));
        }
        return new Call(fn, args);
    }
}
