package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.ModelLimits;
import org.cytostorm.engine.text.ModelParseException.Kind;
import org.cytostorm.engine.text.Token.Type;

/**
 * Parses infix expressions (the libSBML Level 3 infix syntax that Antimony uses) into {@link Expr}
 * trees, building nodes as written so that printing and parsing again gives the same tree.
 *
 * <p>Precedence, tightest first: function calls and parentheses; {@code ^} (right-associative);
 * unary {@code -}, {@code +} and {@code !}; {@code * / %}; {@code + -}; the relational operators
 * {@code < <= > >= == !=} (left-associative); {@code &&}; {@code ||}. An unparenthesised chain of
 * {@code +}, {@code *}, {@code &&} or {@code ||} becomes one n-ary node; a minus sign written
 * directly before a number becomes part of the number ({@code -2} is the number -2, {@code -(2)}
 * and {@code -2^2} are negations). A name written directly after a number is the number's unit.
 */
final class ExpressionParser {

    private final TokenStream ts;
    private List<ParsedExpr.NameUse> uses;
    /** The last number literal read and its unit; cleared when it ends up inside parentheses. */
    private Num literal;
    private String unit;
    /** How deep the recursive descent is: every nesting (parentheses, calls, unary operators) passes parseUnary. */
    private int depth;

    ExpressionParser(TokenStream ts) {
        this.ts = ts;
    }

    /** True when the token can start an expression. */
    static boolean startsExpression(Token t) {
        switch (t.type()) {
            case NUMBER:
            case LPAREN:
            case MINUS:
            case PLUS:
            case NOT:
                return true;
            case IDENT:
                return !Names.isKeyword(t.text());
            default:
                return false;
        }
    }

    /** Parses one expression starting at the current token; stops before the first token that cannot continue it. */
    ParsedExpr parse() {
        uses = new ArrayList<>();
        literal = null;
        unit = null;
        Token start = ts.peek();
        if (!startsExpression(start)) {
            throw ts.syntax(start, "missing expression", "an expression");
        }
        Expr e = parseOr();
        boolean number = literal != null && e == literal;
        return new ParsedExpr(e, start.position(), List.copyOf(uses), number, number ? unit : null);
    }

    private Expr parseOr() {
        return logicalChain(Type.OR, Fn.OR);
    }

    private Expr parseAnd() {
        return logicalChain(Type.AND, Fn.AND);
    }

    private Expr logicalChain(Type op, Fn fn) {
        Expr first = op == Type.OR ? parseAnd() : parseRelational();
        if (!ts.at(op)) {
            return first;
        }
        List<Expr> args = new ArrayList<>();
        args.add(first);
        while (ts.accept(op)) {
            args.add(op == Type.OR ? parseAnd() : parseRelational());
        }
        return new Call(fn, args);
    }

    private Expr parseRelational() {
        Expr left = parseAdditive();
        while (true) {
            Fn fn = relational(ts.peek().type());
            if (fn == null) {
                return left;
            }
            ts.next();
            left = new Call(fn, List.of(left, parseAdditive()));
        }
    }

    private static Fn relational(Type t) {
        switch (t) {
            case LT: return Fn.LT;
            case LE: return Fn.LE;
            case GT: return Fn.GT;
            case GE: return Fn.GE;
            case EQ: return Fn.EQ;
            case NEQ: return Fn.NEQ;
            default: return null;
        }
    }

    private Expr parseAdditive() {
        Expr left = parseMultiplicative();
        List<Expr> sum = null;
        while (ts.at(Type.PLUS) || ts.at(Type.MINUS)) {
            boolean plus = ts.next().type() == Type.PLUS;
            Expr right = parseMultiplicative();
            if (plus) {
                if (sum == null) {
                    sum = new ArrayList<>();
                    sum.add(left);
                }
                sum.add(right);
            } else {
                left = sum != null ? new Call(Fn.ADD, sum) : left;
                sum = null;
                left = new Call(Fn.SUB, List.of(left, right));
            }
        }
        return sum != null ? new Call(Fn.ADD, sum) : left;
    }

    private Expr parseMultiplicative() {
        Expr left = parseUnary();
        List<Expr> product = null;
        while (ts.at(Type.STAR) || ts.at(Type.SLASH) || ts.at(Type.PERCENT)) {
            Type op = ts.next().type();
            Expr right = parseUnary();
            if (op == Type.STAR) {
                if (product == null) {
                    product = new ArrayList<>();
                    product.add(left);
                }
                product.add(right);
            } else {
                left = product != null ? new Call(Fn.MUL, product) : left;
                product = null;
                left = new Call(op == Type.SLASH ? Fn.DIV : Fn.REM, List.of(left, right));
            }
        }
        return product != null ? new Call(Fn.MUL, product) : left;
    }

    private Expr parseUnary() {
        if (++depth > ModelLimits.MAX_EXPRESSION_DEPTH) {
            throw ts.syntax(ts.peek(), "the expression is nested more than " + ModelLimits.MAX_EXPRESSION_DEPTH
                    + " levels deep (the limit); write parts of it as assignment rules or functions",
                    "a less deeply nested expression");
        }
        try {
            return unary();
        } finally {
            depth--;
        }
    }

    private Expr unary() {
        if (ts.accept(Type.PLUS)) {
            return parseUnary();
        }
        if (ts.accept(Type.NOT)) {
            return new Call(Fn.NOT, List.of(parseUnary()));
        }
        if (ts.accept(Type.MINUS)) {
            if (isLiteral(ts.peek(), ts.peek(1))) {
                Num number = (Num) parsePrimary();
                if (ts.at(Type.CARET)) {
                    return new Call(Fn.NEG, List.of(powerRest(number)));
                }
                Num negated = new Num(-number.value());
                if (number == literal) {
                    literal = negated;
                }
                return negated;
            }
            return new Call(Fn.NEG, List.of(parseUnary()));
        }
        return powerRest(parsePrimary());
    }

    private static boolean isLiteral(Token t, Token after) {
        return t.is(Type.NUMBER)
                || t.is(Type.IDENT) && Names.CONSTANTS.containsKey(t.text()) && !after.is(Type.LPAREN);
    }

    private Expr powerRest(Expr base) {
        if (ts.accept(Type.CARET)) {
            return new Call(Fn.POW, List.of(base, parseUnary()));
        }
        return base;
    }

    private Expr parsePrimary() {
        Token t = ts.peek();
        switch (t.type()) {
            case NUMBER:
                ts.next();
                return number(t);
            case LPAREN:
                ts.next();
                Expr inner = parseOr();
                closeParen(t);
                literal = null;
                return inner;
            case IDENT:
                return name(t);
            case DOLLAR:
                throw ts.syntax(t, "'$' marks boundary species only in declarations, reactions and assignments",
                        "a number, a name, '(' or a function call");
            default:
                throw ts.syntax(t, "missing operand", "a number, a name, '(' or a function call");
        }
    }

    private Expr number(Token t) {
        double value = Double.parseDouble(t.text());
        if (Double.isInfinite(value)) {
            throw ts.syntax(t, "the number " + t.text() + " is beyond the largest double (about 1.8e308)",
                    "a finite number");
        }
        Num n = new Num(value);
        literal = n;
        unit = null;
        Token next = ts.peek();
        if (next.is(Type.IDENT) && isUnitName(next.text()) && !ts.peek(1).is(Type.LPAREN)
                && !ts.peek(1).is(Type.DOT)) {
            ts.next();
            unit = next.text();
        }
        return n;
    }

    private static boolean isUnitName(String word) {
        return !Names.isKeyword(word) && !Names.CONSTANTS.containsKey(word)
                && !Names.PREDEFINED_SYMBOLS.contains(word);
    }

    private void closeParen(Token open) {
        if (!ts.at(Type.RPAREN)) {
            throw ts.syntax(ts.peek(), "missing ')' to close the '(' at " + open.position().describe(),
                    "')' or an operator");
        }
        ts.next();
    }

    private Expr name(Token t) {
        String word = t.text();
        if (Names.isKeyword(word)) {
            throw ts.syntax(t, "'" + word + "' is a keyword and cannot appear in an expression",
                    "a number, a name, '(' or a function call");
        }
        ts.next();
        if (ts.at(Type.LPAREN)) {
            return call(t);
        }
        if (ts.at(Type.DOT)) {
            throw ts.unsupported(ts.peek(), "a dotted name (an element of a submodel or an element property)");
        }
        Double constant = Names.CONSTANTS.get(word);
        if (constant != null) {
            Num n = new Num(constant);
            literal = n;
            unit = null;
            return n;
        }
        uses.add(new ParsedExpr.NameUse(word, t.position(), false, 0));
        return new Sym(word);
    }

    private Expr call(Token nameToken) {
        Token open = ts.next();
        List<Expr> args = new ArrayList<>();
        if (!ts.at(Type.RPAREN)) {
            args.add(parseOr());
            while (ts.accept(Type.COMMA)) {
                args.add(parseOr());
            }
        }
        closeParen(open);
        return function(nameToken, args);
    }

    private Expr function(Token nameToken, List<Expr> args) {
        String name = nameToken.text();
        String lower = name.toLowerCase(Locale.ROOT);
        int n = args.size();
        switch (lower) {
            case "delay":
                throw ts.unsupported(nameToken, "delay() (the SBML delay function)");
            case "implies":
                throw ts.unsupported(nameToken, "implies()");
            case "log":
                if (n == 1) {
                    return new Call(Fn.LN, args);
                }
                return builtin(nameToken, Fn.LOG, args);
            case "root":
                return n == 1 ? new Call(Fn.SQRT, args) : builtin(nameToken, Fn.ROOT, args);
            case "sqr":
                if (n != 1) {
                    throw arity(nameToken, "1", n);
                }
                return new Call(Fn.POW, List.of(args.get(0), new Num(2)));
            case "minus":
                return n == 1 ? new Call(Fn.NEG, args) : builtin(nameToken, Fn.SUB, args);
            case "equals":
                return builtin(nameToken, Fn.EQ, args);
            default:
                break;
        }
        Optional<Fn> fn = Fn.byName(name);
        if (fn.isPresent()) {
            return builtin(nameToken, fn.get(), args);
        }
        uses.add(new ParsedExpr.NameUse(name, nameToken.position(), true, n));
        return new Apply(name, args);
    }

    private Expr builtin(Token nameToken, Fn fn, List<Expr> args) {
        if (!fn.accepts(args.size())) {
            String arity = nameToken.text().equalsIgnoreCase("log") ? "1 or 2" : fn.arityText();
            throw arity(nameToken, arity, args.size());
        }
        return new Call(fn, args);
    }

    private ModelParseException arity(Token nameToken, String arity, int n) {
        return ts.error(nameToken.position(), Kind.INVALID,
                nameToken.text() + "() takes " + arity + " argument(s), not " + n, arity + " argument(s)");
    }
}
