package org.cytostorm.engine.text;

import java.util.List;
import org.cytostorm.engine.text.ModelParseException.Kind;
import org.cytostorm.engine.text.Token.Type;

/** A cursor over the tokens of one text, with lookahead and error helpers shared by the parsers. */
final class TokenStream {

    private final List<Token> tokens;
    private final String sourceName;
    private int index;

    TokenStream(List<Token> tokens, String sourceName) {
        this.tokens = tokens;
        this.sourceName = sourceName;
    }

    String sourceName() {
        return sourceName;
    }

    Token peek() {
        return tokens.get(index);
    }

    /** The token {@code ahead} places after the current one (EOF past the end). */
    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(index);
        if (t.type() != Type.EOF) {
            index++;
        }
        return t;
    }

    boolean at(Type type) {
        return peek().type() == type;
    }

    boolean atWord(String word) {
        return peek().isWord(word);
    }

    /** Consumes the current token when it has this type. */
    boolean accept(Type type) {
        if (at(type)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(Type type, String reason, String expected) {
        if (!at(type)) {
            throw syntax(peek(), reason, expected);
        }
        return next();
    }

    void skipNewlines() {
        while (at(Type.NEWLINE)) {
            next();
        }
    }

    /** True at the end of a statement: ';', a line break, the end of the text or 'end'. */
    boolean atStatementEnd() {
        Type t = peek().type();
        return t == Type.SEMI || t == Type.NEWLINE || t == Type.EOF || atWord("end");
    }

    ModelParseException syntax(Token at, String reason, String expected) {
        return at.position().error(Kind.SYNTAX, sourceName, reason, expected);
    }

    ModelParseException unsupported(Token at, String construct) {
        return unsupported(at.position(), construct);
    }

    ModelParseException unsupported(SourcePosition at, String construct) {
        return unsupported(sourceName, at, construct);
    }

    /** The error for an Antimony construct outside the subset. */
    static ModelParseException unsupported(String sourceName, SourcePosition at, String construct) {
        return at.error(Kind.UNSUPPORTED, sourceName,
                construct + " is not supported (it is outside cytostorm's subset of Antimony)",
                "a statement of the subset described in docs/model-format.md");
    }

    ModelParseException error(SourcePosition at, Kind kind, String reason, String expected) {
        return at.error(kind, sourceName, reason, expected);
    }
}
