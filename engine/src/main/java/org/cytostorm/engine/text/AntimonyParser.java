package org.cytostorm.engine.text;

import java.nio.file.Path;
import org.cytostorm.common.input.InputFiles;
import org.cytostorm.common.input.InputLimits;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.model.Model;

/**
 * Reads cytostorm's model text format, a documented subset of Antimony (the language of
 * tellurium and libAntimony), into a validated {@link Model}. The grammar, the meaning of every
 * construct and what is left out of Antimony are described in {@code docs/model-format.md}.
 *
 * <p>Parsing is a pipeline of small steps: {@link Lexer} (tokens), {@link StatementParser} and
 * {@link ExpressionParser} (statements and expressions by recursive descent), then
 * {@link ModelAssembler} (names, values, rules, annotations, checks). Every problem is reported as
 * a {@link ModelParseException} naming the source, line and column. Thread-safe: no shared state.
 */
public final class AntimonyParser {

    private AntimonyParser() {
    }

    /**
     * Parses model text.
     *
     * @param text       the model text
     * @param sourceName the name used in error messages (a file name, usually)
     * @return the model, validated by {@link org.cytostorm.engine.model.ModelValidator}
     * @throws ModelParseException when the text is not a valid model of the supported subset
     */
    public static Model parse(String text, String sourceName) {
        Statement.ParsedFile file = StatementParser.parse(text, sourceName);
        return new ModelAssembler(sourceName, file).assemble();
    }

    /**
     * Parses one infix expression (a rule's condition, say), written as in model text:
     * {@code crs_grade >= 2 && MAP < 65}. Names stay unresolved ({@link org.cytostorm.engine.expr.Sym}).
     *
     * @throws ModelParseException when the text is not one complete expression
     */
    public static Expr parseExpression(String text, String sourceName) {
        TokenStream ts = new TokenStream(Lexer.tokenize(text, sourceName), sourceName);
        while (ts.at(Token.Type.NEWLINE)) {
            ts.next();
        }
        if (!ExpressionParser.startsExpression(ts.peek())) {
            throw ts.syntax(ts.peek(), "not an expression", "a number, a name or '('");
        }
        Expr e = new ExpressionParser(ts).parse().expr();
        while (ts.at(Token.Type.NEWLINE)) {
            ts.next();
        }
        ts.expect(Token.Type.EOF, "unexpected text after the expression", "an operator or the end");
        return e;
    }

    /**
     * Parses a model file (UTF-8); error messages name the file as given.
     *
     * @throws org.cytostorm.common.input.InputException when the file cannot be read or is too large
     * @throws ModelParseException  when the text is not a valid model of the supported subset
     */
    public static Model parse(Path file) {
        return parse(InputFiles.read(file, InputLimits.TEXT_MODEL), file.toString());
    }
}
