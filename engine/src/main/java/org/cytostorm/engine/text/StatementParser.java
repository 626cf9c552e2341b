package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.text.ModelParseException.Kind;
import org.cytostorm.engine.text.Statement.AssignmentKind;
import org.cytostorm.engine.text.Statement.Constness;
import org.cytostorm.engine.text.Statement.DeclaredKind;
import org.cytostorm.engine.text.Statement.Name;
import org.cytostorm.engine.text.Token.Type;

/**
 * Reads the statements of a model text into {@link Statement}s (recursive descent over the
 * tokens). Knows the grammar only: what names mean is decided later by {@link ModelAssembler}.
 */
final class StatementParser {

    private static final Set<String> DECLARATION_WORDS =
            Set.of("const", "var", "ext", "substanceOnly", "species", "compartment", "formula");

    private final TokenStream ts;
    private final ExpressionParser exprs;

    private StatementParser(TokenStream ts) {
        this.ts = ts;
        this.exprs = new ExpressionParser(ts);
    }

    static Statement.ParsedFile parse(String text, String sourceName) {
        return new StatementParser(new TokenStream(Lexer.tokenize(text, sourceName), sourceName)).file();
    }

    // ---- file and blocks ----------------------------------------------------------------------

    private Statement.ParsedFile file() {
        List<Statement.FunctionDecl> functions = new ArrayList<>();
        List<Statement.ModelDecl> models = new ArrayList<>();
        List<Statement> topLevel = new ArrayList<>();
        while (true) {
            skipSeparators();
            Token t = ts.peek();
            if (t.is(Type.EOF)) {
                break;
            }
            if (t.isWord("function")) {
                functions.add(function());
            } else if (t.isWord("model") || t.isWord("module")) {
                models.add(model());
            } else if (t.isWord("end")) {
                throw ts.syntax(t, "'end' without a model or function to close", "a statement");
            } else {
                statement(topLevel);
                statementEnd();
            }
        }
        return new Statement.ParsedFile(functions, models, topLevel);
    }

    private void skipSeparators() {
        while (ts.at(Type.NEWLINE) || ts.at(Type.SEMI)) {
            ts.next();
        }
    }

    private void statementEnd() {
        if (ts.at(Type.SEMI) || ts.at(Type.NEWLINE)) {
            ts.next();
        } else if (ts.at(Type.RPAREN)) {
            throw ts.syntax(ts.peek(), "unbalanced parenthesis: ')' without a matching '('", "';' or end of line");
        } else if (!ts.at(Type.EOF) && !ts.atWord("end")) {
            throw ts.syntax(ts.peek(), "missing ';' or line break between statements", "';' or end of line");
        }
    }

    private Name name(String what) {
        Token t = ts.peek();
        if (!t.is(Type.IDENT)) {
            throw ts.syntax(t, "missing " + what, "a name");
        }
        if (Names.isKeyword(t.text())) {
            throw ts.syntax(t, "'" + t.text() + "' is a keyword and cannot be used as " + what, "a name");
        }
        ts.next();
        return new Name(t.text(), t.position());
    }

    private Statement.FunctionDecl function() {
        Token keyword = ts.next();
        Name id = name("a function name");
        Token open = ts.expect(Type.LPAREN, "missing the argument list of function " + id.id(), "'('");
        List<Name> args = new ArrayList<>();
        if (!ts.at(Type.RPAREN)) {
            args.add(name("an argument name"));
            while (ts.accept(Type.COMMA)) {
                args.add(name("an argument name"));
            }
        }
        if (!ts.at(Type.RPAREN)) {
            throw ts.syntax(ts.peek(), "missing ')' to close the '(' at " + open.position().describe(),
                    "',' or ')'");
        }
        ts.next();
        skipSeparators();
        if (ts.atWord("end")) {
            throw ts.syntax(ts.peek(), "function " + id.id() + " has no body", "an expression");
        }
        ParsedExpr body = exprs.parse();
        skipSeparators();
        if (!ts.atWord("end")) {
            throw ts.syntax(ts.peek(), "missing 'end' of function " + id.id() + " (started at "
                    + keyword.position().describe() + "); a function body is one expression", "'end'");
        }
        ts.next();
        return new Statement.FunctionDecl(keyword.position(), id, args, body);
    }

    private Statement.ModelDecl model() {
        Token keyword = ts.next();
        boolean main = ts.accept(Type.STAR);
        Name id = name("a model name");
        if (ts.at(Type.LPAREN)) {
            Token open = ts.next();
            // the exported names of a module matter only for submodels, which are not supported
            if (!ts.at(Type.RPAREN)) {
                name("an exported name");
                while (ts.accept(Type.COMMA)) {
                    name("an exported name");
                }
            }
            if (!ts.at(Type.RPAREN)) {
                throw ts.syntax(ts.peek(), "missing ')' to close the '(' at " + open.position().describe(),
                        "',' or ')'");
            }
            ts.next();
        }
        List<Statement> body = new ArrayList<>();
        while (true) {
            skipSeparators();
            Token t = ts.peek();
            if (t.isWord("end")) {
                ts.next();
                break;
            }
            if (t.is(Type.EOF)) {
                throw ts.syntax(t, "missing 'end' of model " + id.id() + " (started at "
                        + keyword.position().describe() + ")", "'end'");
            }
            if (t.isWord("function")) {
                throw ts.syntax(t, "functions must be defined outside model blocks", "a statement or 'end'");
            }
            statement(body);
            statementEnd();
        }
        return new Statement.ModelDecl(keyword.position(), id, main, body);
    }

    // ---- statements ---------------------------------------------------------------------------

    private void statement(List<Statement> out) {
        Token t = ts.peek();
        switch (t.type()) {
            case ANNOTATION:
                ts.next();
                out.add(AnnotationLineParser.parse(t, ts.sourceName()));
                return;
            case IDENT:
                wordStatement(t, out);
                return;
            case NUMBER:
                if (relationalOrEquals(ts.peek(1))) {
                    throw ts.unsupported(t, ts.peek(1).is(Type.EQUALS) ? "an algebraic rule (0 = ...)"
                            : "a constraint");
                }
                out.add(reaction(null, t.position()));
                return;
            case ARROW:
            case IRREVERSIBLE_ARROW:
                out.add(reaction(null, t.position()));
                return;
            case DOLLAR:
                nameStatement(out, true);
                return;
            case AT_SIGN:
                throw ts.unsupported(t, "'@' (write events with 'at')");
            case MINUS:
                if (ts.peek(1).is(Type.MINUS)) {
                    throw ts.unsupported(t, "a DNA strand (--)");
                }
                throw ts.unsupported(t, "a constraint");
            default:
                throw ts.syntax(t, "unexpected " + (t.is(Type.STRING) ? "text string" : "'" + t.display() + "'"),
                        "a statement");
        }
    }

    private static boolean relationalOrEquals(Token t) {
        switch (t.type()) {
            case LT: case LE: case GT: case GE: case EQ: case NEQ: case EQUALS:
                return true;
            default:
                return false;
        }
    }

    private void wordStatement(Token t, List<Statement> out) {
        String word = t.text();
        if (DECLARATION_WORDS.contains(word)) {
            out.add(declaration());
            return;
        }
        switch (word) {
            case "unit":
                out.add(unitStatement());
                return;
            case "at":
                out.add(event(null, t.position()));
                return;
            case "model":
            case "module":
                modelAnnotation(out);
                return;
            case "import":
                throw ts.unsupported(t, "'import'");
            case "delete":
                throw ts.unsupported(t, "'delete' (submodel deletions)");
            case "DNA":
            case "gene":
            case "operator":
                throw ts.unsupported(t, "'" + word + "' (DNA strands)");
            case "reaction":
                throw ts.unsupported(t, "declaring reactions with 'reaction'");
            case "event":
                throw ts.unsupported(t, "declaring events with 'event' (write events with 'at')");
            case "constraint":
                throw ts.unsupported(t, "a constraint");
            case "maximize":
            case "minimize":
                throw ts.unsupported(t, "a flux-balance objective");
            default:
                break;
        }
        if (Names.isKeyword(word)) {
            throw ts.syntax(t, "a statement cannot start with '" + word + "'", "a statement");
        }
        nameStatement(out, false);
    }

    /** Inside a model block, {@code model} followed by a qualifier or {@code is} annotates the model itself. */
    private void modelAnnotation(List<Statement> out) {
        Token keyword = ts.peek();
        Token next = ts.peek(1);
        boolean annotation = next.is(Type.IDENT) && (next.isWord("is") || ts.peek(2).is(Type.STRING));
        if (!annotation) {
            throw ts.unsupported(keyword, "a model defined inside another model (submodels)");
        }
        ts.next();
        Name target = new Name(Names.MODEL_KEYWORD, keyword.position());
        if (ts.atWord("is")) {
            out.add(displayName(target));
        } else {
            out.add(cvTerm(target));
        }
    }

    /** A statement starting with a name, optionally after '$'. */
    private void nameStatement(List<Statement> out, boolean dollar) {
        int k = dollar ? 1 : 0;
        Token first = ts.peek();
        Token nameToken = ts.peek(k);
        if (!nameToken.is(Type.IDENT) || Names.isKeyword(nameToken.text())) {
            throw ts.syntax(nameToken, "'$' must be followed by a species name", "a name");
        }
        Token after = ts.peek(k + 1);
        switch (after.type()) {
            case PLUS:
            case ARROW:
            case IRREVERSIBLE_ARROW:
            case INHIBITS:
                out.add(reaction(null, first.position()));
                return;
            case MINUS:
                if (ts.peek(k + 2).isWord("o") || ts.peek(k + 2).is(Type.LPAREN)) {
                    throw ts.unsupported(after, "an interaction (-o, -|, -()");
                }
                break;
            case EQUALS:
            case ASSIGN_RULE:
            case PRIME: {
                ts.accept(Type.DOLLAR);
                Name target = name("a name");
                out.add(assignment(target, dollar));
                return;
            }
            case COLON:
                if (!dollar) {
                    Name label = name("a name");
                    ts.next();
                    labeled(label, out);
                    return;
                }
                break;
            case LPAREN:
                if (!dollar) {
                    throw ts.unsupported(nameToken, "a submodel instantiation");
                }
                break;
            case DOT:
                if (!dollar) {
                    out.add(dotted());
                    return;
                }
                break;
            case IDENT:
                if (after.isWord("in")) {
                    ts.accept(Type.DOLLAR);
                    Name target = name("a name");
                    Statement.Declared item = itemRest(target, dollar, null);
                    out.add(new Statement.Declaration(first.position(), Constness.DEFAULT, false, null,
                            List.of(item)));
                    return;
                }
                if (!dollar && after.isWord("is")) {
                    out.add(displayName(name("a name")));
                    return;
                }
                if (!dollar && after.isWord("has")) {
                    Name target = name("a name");
                    ts.next();
                    Name unit = unitName();
                    out.add(new Statement.HasUnit(target.position(), target, unit));
                    return;
                }
                if (!dollar && ts.peek(k + 2).is(Type.STRING)) {
                    out.add(cvTerm(name("a name")));
                    return;
                }
                break;
            case LT: case LE: case GT: case GE: case EQ: case NEQ:
                throw ts.unsupported(after, "a constraint");
            default:
                break;
        }
        throw ts.syntax(after, "'" + nameToken.text() + "' must be followed by what it is or does",
                "'=', ':=', ''=', ':', 'in', 'is', 'has', '+', '->' or '=>'");
    }

    private void labeled(Name label, List<Statement> out) {
        Token t = ts.peek();
        if (t.isWord("at")) {
            out.add(event(label, label.position()));
        } else if (t.is(Type.IDENT) && ts.peek(1).is(Type.LPAREN)) {
            throw ts.unsupported(t, "a submodel instantiation");
        } else if (t.isWord("constraint") || t.isWord("maximize") || t.isWord("minimize")) {
            throw ts.unsupported(t, t.isWord("constraint") ? "a constraint" : "a flux-balance objective");
        } else if (t.is(Type.MINUS) && ts.peek(1).is(Type.MINUS)) {
            throw ts.unsupported(t, "a DNA strand (--)");
        } else if (t.is(Type.NUMBER) && relationalOrEquals(ts.peek(1))) {
            throw ts.unsupported(t, ts.peek(1).is(Type.EQUALS) ? "an algebraic rule (0 = ...)" : "a constraint");
        } else {
            out.add(reaction(label, label.position()));
        }
    }

    private Statement.Assignment assignment(Name target, boolean dollar) {
        Token op = ts.next();
        AssignmentKind kind;
        if (op.is(Type.EQUALS)) {
            kind = AssignmentKind.VALUE;
        } else if (op.is(Type.ASSIGN_RULE)) {
            kind = AssignmentKind.RULE;
        } else {
            ts.expect(Type.EQUALS, "missing '=' after ''' in the rate rule of " + target.id(), "'='");
            kind = AssignmentKind.RATE;
        }
        ParsedExpr value = exprs.parse();
        return new Statement.Assignment(target.position(), target, dollar, kind, value);
    }

    // ---- declarations -------------------------------------------------------------------------

    private Statement.Declaration declaration() {
        Token start = ts.peek();
        Constness constness = Constness.DEFAULT;
        if (ts.atWord("const") || ts.atWord("ext")) {
            ts.next();
            constness = Constness.CONST;
        } else if (ts.atWord("var")) {
            ts.next();
            constness = Constness.VAR;
        }
        boolean substanceOnly = false;
        if (ts.atWord("substanceOnly")) {
            ts.next();
            substanceOnly = true;
        }
        DeclaredKind kind = null;
        Token kindToken = ts.peek();
        if (ts.atWord("species")) {
            ts.next();
            kind = DeclaredKind.SPECIES;
            if (ts.atWord("substanceOnly")) {
                ts.next();
                substanceOnly = true;
            }
        } else if (ts.atWord("compartment")) {
            ts.next();
            kind = DeclaredKind.COMPARTMENT;
        } else if (ts.atWord("formula")) {
            ts.next();
            kind = DeclaredKind.PARAMETER;
        } else if (ts.atWord("reaction") || ts.atWord("DNA") || ts.atWord("gene") || ts.atWord("operator")) {
            throw ts.unsupported(kindToken, "declaring a '" + kindToken.text() + "'");
        }
        if (substanceOnly) {
            if (kind == null) {
                kind = DeclaredKind.SPECIES;
            } else if (kind != DeclaredKind.SPECIES) {
                throw ts.syntax(kindToken, "'substanceOnly' applies to species only", "'species'");
            }
        }
        List<Statement.Declared> items = new ArrayList<>();
        items.add(item(kind));
        while (ts.accept(Type.COMMA)) {
            items.add(item(kind));
        }
        return new Statement.Declaration(start.position(), constness, substanceOnly, kind, items);
    }

    private Statement.Declared item(DeclaredKind kind) {
        boolean dollar = ts.accept(Type.DOLLAR);
        Name n = name("a name to declare");
        return itemRest(n, dollar, kind);
    }

    private Statement.Declared itemRest(Name n, boolean dollar, DeclaredKind kind) {
        Name compartment = null;
        if (ts.atWord("in")) {
            Token in = ts.next();
            if (kind == DeclaredKind.COMPARTMENT) {
                throw ts.unsupported(in, "a compartment inside another compartment");
            }
            compartment = name("a compartment name");
            if (ts.at(Type.COLON)) {
                throw ts.unsupported(in, "placing a reaction or event in a compartment");
            }
        }
        Statement.Assignment assignment = null;
        Name unit = null;
        if (ts.at(Type.EQUALS) || ts.at(Type.ASSIGN_RULE) || ts.at(Type.PRIME)) {
            assignment = assignment(n, dollar);
        } else if (ts.atWord("has")) {
            ts.next();
            unit = unitName();
        }
        return new Statement.Declared(n, dollar, compartment, assignment, unit);
    }

    private Name unitName() {
        Name unit = name("a unit name");
        if (ts.at(Type.STAR) || ts.at(Type.SLASH) || ts.at(Type.CARET)) {
            throw ts.unsupported(ts.peek(), "a unit expression after 'has' (define it with 'unit' and use its name)");
        }
        return unit;
    }

    // ---- reactions ----------------------------------------------------------------------------

    private Statement.ReactionStatement reaction(Name label, SourcePosition start) {
        List<Statement.Participant> reactants = side();
        Token arrow = ts.peek();
        boolean reversible;
        if (arrow.is(Type.ARROW)) {
            reversible = true;
        } else if (arrow.is(Type.IRREVERSIBLE_ARROW)) {
            reversible = false;
        } else if (arrow.is(Type.INHIBITS)
                || arrow.is(Type.MINUS) && (ts.peek(1).isWord("o") || ts.peek(1).is(Type.LPAREN))) {
            throw ts.unsupported(arrow, "an interaction (-o, -|, -()");
        } else {
            throw ts.syntax(arrow, reactants.isEmpty() ? "missing reaction arrow" : "malformed reaction",
                    "'+', '->' or '=>'");
        }
        ts.next();
        List<Statement.Participant> products = side();
        ParsedExpr rate = null;
        if (ts.accept(Type.SEMI)) {
            if (!ts.atStatementEnd()) {
                rate = exprs.parse();
            }
        } else if (!ts.atStatementEnd()) {
            throw ts.syntax(ts.peek(), "malformed reaction: the products must be followed by ';' and the rate law",
                    products.isEmpty() ? "a species name or ';'" : "'+' or ';'");
        }
        if (ts.atWord("in")) {
            throw ts.unsupported(ts.peek(), "placing a reaction in a compartment");
        }
        return new Statement.ReactionStatement(start, label, reactants, products, reversible, rate);
    }

    private List<Statement.Participant> side() {
        List<Statement.Participant> out = new ArrayList<>();
        if (ts.at(Type.ARROW) || ts.at(Type.IRREVERSIBLE_ARROW) || ts.at(Type.INHIBITS) || ts.atStatementEnd()) {
            return out;
        }
        out.add(participant());
        while (ts.accept(Type.PLUS)) {
            out.add(participant());
        }
        return out;
    }

    private Statement.Participant participant() {
        double stoichiometry = 1;
        if (ts.at(Type.NUMBER)) {
            stoichiometry = Double.parseDouble(ts.next().text());
        }
        boolean boundary = ts.accept(Type.DOLLAR);
        Token t = ts.peek();
        if (!t.is(Type.IDENT) || Names.isKeyword(t.text())) {
            throw ts.syntax(t, "missing species name in the reaction", "a species name");
        }
        Name species = name("a species name");
        if (ts.at(Type.DOT)) {
            throw ts.unsupported(ts.peek(), "a dotted name (an element of a submodel)");
        }
        return new Statement.Participant(species, boundary, stoichiometry);
    }

    // ---- events -------------------------------------------------------------------------------

    private Statement.EventStatement event(Name label, SourcePosition start) {
        ts.next(); // 'at'
        ParsedExpr first = exprs.parse();
        ParsedExpr delay = null;
        ParsedExpr trigger = first;
        if (ts.atWord("after")) {
            ts.next();
            delay = first;
            trigger = exprs.parse();
        }
        ParsedExpr priority = null;
        Boolean t0 = null;
        Boolean persistent = null;
        Boolean fromTrigger = null;
        while (ts.accept(Type.COMMA)) {
            Name attribute = name("an event attribute");
            ts.expect(Type.EQUALS, "missing '=' after the event attribute " + attribute.id(), "'='");
            ParsedExpr value = exprs.parse();
            switch (attribute.id().toLowerCase(Locale.ROOT)) {
                case "priority":
                    checkOnce(priority, attribute);
                    priority = value;
                    break;
                case "t0":
                    checkOnce(t0, attribute);
                    t0 = flag(attribute, value);
                    break;
                case "persistent":
                    checkOnce(persistent, attribute);
                    persistent = flag(attribute, value);
                    break;
                case "fromtrigger":
                    checkOnce(fromTrigger, attribute);
                    fromTrigger = flag(attribute, value);
                    break;
                default:
                    throw ts.error(attribute.position(), Kind.SYNTAX, "unknown event attribute",
                            "priority, t0, persistent or fromTrigger");
            }
        }
        ts.expect(Type.COLON, "missing ':' between the event trigger and its assignments",
                delay == null && t0 == null && priority == null ? "'after', ',' or ':'" : "',' or ':'");
        ts.skipNewlines();
        List<Statement.EventAssignment> assignments = new ArrayList<>();
        while (true) {
            Name target = name("the name of a variable the event assigns");
            if (ts.at(Type.DOT)) {
                throw ts.unsupported(ts.peek(), "a dotted name (an element of a submodel)");
            }
            ts.expect(Type.EQUALS, "missing '=' in the event assignment to " + target.id(), "'='");
            assignments.add(new Statement.EventAssignment(target, exprs.parse()));
            if (ts.accept(Type.COMMA) || ts.accept(Type.COLON)) {
                ts.skipNewlines();
            } else {
                break;
            }
        }
        return new Statement.EventStatement(start, label, delay, trigger, priority, t0, persistent, fromTrigger,
                assignments);
    }

    private void checkOnce(Object previous, Name attribute) {
        if (previous != null) {
            throw ts.error(attribute.position(), Kind.DUPLICATE_DEFINITION,
                    "the event attribute " + attribute.id() + " is given twice", "each attribute at most once");
        }
    }

    private Boolean flag(Name attribute, ParsedExpr value) {
        if (value.expr() instanceof Num n && (n.value() == 0 || n.value() == 1)) {
            return n.value() == 1;
        }
        throw ts.error(value.position(), Kind.SYNTAX,
                "the event attribute " + attribute.id() + " must be true or false", "true or false");
    }

    // ---- units --------------------------------------------------------------------------------

    private Statement.UnitStatement unitStatement() {
        Token keyword = ts.next();
        Name id = name("a unit name");
        if (!ts.accept(Type.EQUALS)) {
            return new Statement.UnitStatement(keyword.position(), id, List.of());
        }
        return new Statement.UnitStatement(keyword.position(), id, unitProduct());
    }

    private List<Statement.UnitFactor> unitProduct() {
        List<Statement.UnitFactor> factors = new ArrayList<>(unitPower());
        while (ts.at(Type.STAR) || ts.at(Type.SLASH)) {
            boolean divide = ts.next().is(Type.SLASH);
            for (Statement.UnitFactor f : unitPower()) {
                factors.add(divide ? new Statement.UnitFactor(f.multiplier(), f.unit(), -f.exponent()) : f);
            }
        }
        return factors;
    }

    private List<Statement.UnitFactor> unitPower() {
        List<Statement.UnitFactor> base = unitBase();
        if (!ts.accept(Type.CARET)) {
            return base;
        }
        double exponent = signedNumber();
        List<Statement.UnitFactor> raised = new ArrayList<>();
        for (Statement.UnitFactor f : base) {
            raised.add(new Statement.UnitFactor(f.multiplier(), f.unit(), f.exponent() * exponent));
        }
        return raised;
    }

    private List<Statement.UnitFactor> unitBase() {
        Token t = ts.peek();
        if (ts.accept(Type.LPAREN)) {
            List<Statement.UnitFactor> inner = unitProduct();
            if (!ts.accept(Type.RPAREN)) {
                throw ts.syntax(ts.peek(), "missing ')' to close the '(' at " + t.position().describe(), "')'");
            }
            return inner;
        }
        if (t.is(Type.NUMBER) || t.is(Type.MINUS) && ts.peek(1).is(Type.NUMBER)) {
            double m = signedNumber();
            if (ts.at(Type.IDENT) && !Names.isKeyword(ts.peek().text())) {
                return List.of(new Statement.UnitFactor(m, name("a unit name"), 1));
            }
            return List.of(new Statement.UnitFactor(m, null, 1));
        }
        if (t.is(Type.IDENT) && !Names.isKeyword(t.text())) {
            return List.of(new Statement.UnitFactor(1, name("a unit name"), 1));
        }
        throw ts.syntax(t, "malformed unit definition", "a unit name, a number or '('");
    }

    private double signedNumber() {
        if (ts.at(Type.LPAREN)) {
            Token open = ts.next();
            double v = signedNumber();
            if (!ts.accept(Type.RPAREN)) {
                throw ts.syntax(ts.peek(), "missing ')' to close the '(' at " + open.position().describe(), "')'");
            }
            return v;
        }
        double sign = 1;
        if (ts.accept(Type.MINUS)) {
            sign = -1;
        } else {
            ts.accept(Type.PLUS);
        }
        Token n = ts.expect(Type.NUMBER, "malformed unit definition", "a number");
        return sign * Double.parseDouble(n.text());
    }

    // ---- annotations --------------------------------------------------------------------------

    private Statement.DisplayName displayName(Name target) {
        ts.next(); // 'is'
        Token t = ts.peek();
        if (t.is(Type.IDENT)) {
            throw ts.unsupported(t, "'is' between two names (synonyms and submodel links)");
        }
        Token s = ts.expect(Type.STRING, "missing display name after 'is'", "a display name in double quotes");
        return new Statement.DisplayName(target.position(), target, s.text());
    }

    private Statement.CvTerm cvTerm(Name target) {
        Token q = ts.next();
        if (!Qualifiers.isKnown(q.text())) {
            throw ts.error(q.position(), Kind.SYNTAX, "unknown annotation qualifier",
                    "one of " + Qualifiers.allNames());
        }
        List<String> values = new ArrayList<>();
        values.add(ts.expect(Type.STRING, "missing annotation text", "a text in double quotes").text());
        while (ts.accept(Type.COMMA)) {
            ts.skipNewlines();
            values.add(ts.expect(Type.STRING, "missing annotation text after ','", "a text in double quotes").text());
        }
        return new Statement.CvTerm(target.position(), target, new Name(q.text(), q.position()), values);
    }

    /** {@code X.sboTerm = 236} (or {@code SBO:0000236}); other dotted names are not supported. */
    private Statement.SboTerm dotted() {
        Name target = name("a name");
        Token dot = ts.next();
        Token property = ts.peek();
        if (!property.isWord("sboTerm") || !ts.peek(1).is(Type.EQUALS)) {
            throw ts.unsupported(dot, "a dotted name (an element of a submodel or an element property other than"
                    + " sboTerm)");
        }
        ts.next();
        ts.next();
        Token value = ts.peek();
        String digits;
        if (value.is(Type.NUMBER)) {
            digits = ts.next().text();
        } else if (value.is(Type.IDENT) && value.text().equalsIgnoreCase("SBO") && ts.peek(1).is(Type.COLON)
                && ts.peek(2).is(Type.NUMBER)) {
            ts.next();
            ts.next();
            digits = ts.next().text();
        } else {
            throw ts.syntax(value, "malformed SBO term", "a number such as 236 or SBO:0000236");
        }
        if (!digits.matches("[0-9]{1,7}")) {
            throw ts.error(value.position(), Kind.SYNTAX, "malformed SBO term", "a number such as 236 or SBO:0000236");
        }
        return new Statement.SboTerm(target.position(), target, String.format("SBO:%07d", Integer.parseInt(digits)));
    }
}
