package org.cytostorm.engine.text;

/**
 * A lexical token of the model text. Keywords are {@link Type#IDENT} tokens; the parsers tell them
 * apart by their text ({@link Names}).
 *
 * @param type   what kind of token
 * @param text   the characters as written (for {@link Type#STRING} the content between the quotes,
 *               for {@link Type#ANNOTATION} the rest of the line after {@code //@})
 * @param line   1-based line of the first character
 * @param column 1-based column of the first character
 */
record Token(Type type, String text, int line, int column) {

    /** Token kinds. */
    enum Type {
        IDENT, NUMBER, STRING,
        /** A line starting with {@code //@}: a cytostorm annotation (a comment to Antimony). */
        ANNOTATION,
        PLUS, MINUS, STAR, SLASH, CARET, PERCENT,
        LPAREN, RPAREN, LBRACE, RBRACE, COMMA, SEMI, COLON,
        /** {@code :=} */
        ASSIGN_RULE,
        /** {@code '} (as in {@code x' = ...}) */
        PRIME,
        /** {@code =} */
        EQUALS,
        EQ, NEQ, LT, LE, GT, GE, AND, OR, NOT,
        /** {@code ->} */
        ARROW,
        /** {@code =>} */
        IRREVERSIBLE_ARROW,
        /** {@code -|} (an Antimony interaction, not supported) */
        INHIBITS,
        DOLLAR, DOT, AT_SIGN, NEWLINE, EOF
    }

    boolean is(Type t) {
        return type == t;
    }

    /** An identifier token with exactly this text (keywords are matched this way). */
    boolean isWord(String word) {
        return type == Type.IDENT && text.equals(word);
    }

    /** The token as shown in messages. */
    String display() {
        switch (type) {
            case NEWLINE:
                return "end of line";
            case EOF:
                return "end of file";
            case STRING:
                return "\"" + text + "\"";
            case ANNOTATION:
                return "//@" + text;
            default:
                return text;
        }
    }

    SourcePosition position() {
        return new SourcePosition(line, column, display());
    }
}
