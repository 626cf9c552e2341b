package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.text.ModelParseException.Kind;
import org.cytostorm.engine.text.Token.Type;

/**
 * Splits model text into tokens. Line breaks are tokens (they end statements); a backslash at the
 * end of a line continues the statement on the next. Comments ({@code //}, {@code #} to the end of
 * the line, and {@code /* ... *}{@code /}) are skipped, except a line whose first characters are
 * {@code //@}, which becomes one {@link Type#ANNOTATION} token.
 */
final class Lexer {

    private final String src;
    private final String sourceName;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    /** True while only blanks have been seen on the current line. */
    private boolean atLineStart = true;

    private Lexer(String src, String sourceName) {
        this.src = src;
        this.sourceName = sourceName;
    }

    /** The tokens of a text, ending with {@link Type#EOF}. */
    static List<Token> tokenize(String text, String sourceName) {
        Lexer lexer = new Lexer(text, sourceName);
        lexer.run();
        return lexer.tokens;
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\u00a0' || c == '\ufeff') {
                pos++;
            } else if (c == '\n' || c == '\r') {
                newline();
            } else if (c == '\\' && continuesLine()) {
                continue;
            } else if (c == '/' && peek(1) == '/') {
                lineComment();
            } else if (c == '#') {
                skipToLineEnd();
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else {
                atLineStart = false;
                token(c);
            }
        }
        tokens.add(new Token(Type.EOF, "", line, column()));
    }

    private void newline() {
        tokens.add(new Token(Type.NEWLINE, "\n", line, column()));
        if (src.charAt(pos) == '\r' && peek(1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
        atLineStart = true;
    }

    /** A backslash followed by blanks and a line break joins the next line to this one. */
    private boolean continuesLine() {
        int i = pos + 1;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        if (i < src.length() && (src.charAt(i) == '\n' || src.charAt(i) == '\r')) {
            if (src.charAt(i) == '\r' && i + 1 < src.length() && src.charAt(i + 1) == '\n') {
                i++;
            }
            pos = i + 1;
            line++;
            lineStart = pos;
            return true;
        }
        return false;
    }

    private void lineComment() {
        if (atLineStart && peek(2) == '@') {
            int startColumn = column() + 3;
            int startLine = line;
            pos += 3;
            int begin = pos;
            skipToLineEnd();
            tokens.add(new Token(Type.ANNOTATION, src.substring(begin, pos), startLine, startColumn));
            return;
        }
        skipToLineEnd();
    }

    private void skipToLineEnd() {
        while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
            pos++;
        }
    }

    private void blockComment() {
        int startLine = line;
        int startColumn = column();
        boolean sawNewline = false;
        int newlineLine = 0;
        int newlineColumn = 0;
        pos += 2;
        while (pos < src.length() && !(src.charAt(pos) == '*' && peek(1) == '/')) {
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                if (!sawNewline) {
                    sawNewline = true;
                    newlineLine = line;
                    newlineColumn = column();
                }
                if (c == '\r' && peek(1) == '\n') {
                    pos++;
                }
                pos++;
                line++;
                lineStart = pos;
            } else {
                pos++;
            }
        }
        if (pos >= src.length()) {
            throw new SourcePosition(startLine, startColumn, "/*").error(Kind.SYNTAX, sourceName,
                    "unterminated comment", "'*/' to close the comment");
        }
        pos += 2;
        if (sawNewline) {
            // a comment spanning lines ends the statement like the line break it contains
            tokens.add(new Token(Type.NEWLINE, "\n", newlineLine, newlineColumn));
            atLineStart = false;
        }
    }

    private void token(char c) {
        int col = column();
        if (Character.isLetter(c) && c < 128 || c == '_') {
            int begin = pos;
            while (pos < src.length() && isIdentChar(src.charAt(pos))) {
                pos++;
            }
            tokens.add(new Token(Type.IDENT, src.substring(begin, pos), line, col));
        } else if (isDigit(c) || c == '.' && isDigit(peek(1))) {
            number(col);
        } else if (c == '"') {
            string(col);
        } else {
            operator(c, col);
        }
    }

    private static boolean isIdentChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void number(int col) {
        int begin = pos;
        while (isDigit(peek(0))) {
            pos++;
        }
        if (peek(0) == '.' && peek(1) != '.') {
            pos++;
            while (isDigit(peek(0))) {
                pos++;
            }
        }
        char e = peek(0);
        if (e == 'e' || e == 'E') {
            int signed = peek(1) == '+' || peek(1) == '-' ? 1 : 0;
            if (isDigit(peek(1 + signed))) {
                pos += 1 + signed;
                while (isDigit(peek(0))) {
                    pos++;
                }
            }
        }
        tokens.add(new Token(Type.NUMBER, src.substring(begin, pos), line, col));
    }

    private void string(int col) {
        int begin = pos + 1;
        int i = begin;
        while (i < src.length() && src.charAt(i) != '"' && src.charAt(i) != '\n' && src.charAt(i) != '\r') {
            i++;
        }
        if (i >= src.length() || src.charAt(i) != '"') {
            throw new SourcePosition(line, col, "\"").error(Kind.SYNTAX, sourceName,
                    "unterminated text string (strings end on the line they start)", "a closing '\"'");
        }
        tokens.add(new Token(Type.STRING, src.substring(begin, i), line, col));
        pos = i + 1;
    }

    private void operator(char c, int col) {
        char n = peek(1);
        Type type;
        int length = 1;
        switch (c) {
            case '+': type = Type.PLUS; break;
            case '*': type = Type.STAR; break;
            case '/': type = Type.SLASH; break;
            case '^': type = Type.CARET; break;
            case '%': type = Type.PERCENT; break;
            case '(': type = Type.LPAREN; break;
            case ')': type = Type.RPAREN; break;
            case '{': type = Type.LBRACE; break;
            case '}': type = Type.RBRACE; break;
            case ',': type = Type.COMMA; break;
            case ';': type = Type.SEMI; break;
            case '\'': type = Type.PRIME; break;
            case '$': type = Type.DOLLAR; break;
            case '.': type = Type.DOT; break;
            case '@': type = Type.AT_SIGN; break;
            case '-':
                if (n == '>') {
                    type = Type.ARROW;
                    length = 2;
                } else if (n == '|') {
                    type = Type.INHIBITS;
                    length = 2;
                } else {
                    type = Type.MINUS;
                }
                break;
            case ':':
                if (n == '=') {
                    type = Type.ASSIGN_RULE;
                    length = 2;
                } else {
                    type = Type.COLON;
                }
                break;
            case '=':
                if (n == '=') {
                    type = Type.EQ;
                    length = 2;
                } else if (n == '>') {
                    type = Type.IRREVERSIBLE_ARROW;
                    length = 2;
                } else {
                    type = Type.EQUALS;
                }
                break;
            case '!':
                if (n == '=') {
                    type = Type.NEQ;
                    length = 2;
                } else {
                    type = Type.NOT;
                }
                break;
            case '<':
                if (n == '=') {
                    type = Type.LE;
                    length = 2;
                } else {
                    type = Type.LT;
                }
                break;
            case '>':
                if (n == '=') {
                    type = Type.GE;
                    length = 2;
                } else {
                    type = Type.GT;
                }
                break;
            case '&':
                if (n != '&') {
                    throw unexpected(c, col, "'&&'");
                }
                type = Type.AND;
                length = 2;
                break;
            case '|':
                if (n != '|') {
                    throw unexpected(c, col, "'||'");
                }
                type = Type.OR;
                length = 2;
                break;
            default:
                throw unexpected(c, col, "a name, a number, an operator or a punctuation mark");
        }
        tokens.add(new Token(type, src.substring(pos, pos + length), line, col));
        pos += length;
    }

    private ModelParseException unexpected(char c, int col, String expected) {
        String shown = Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        return new SourcePosition(line, col, shown).error(Kind.SYNTAX, sourceName, "unexpected character",
                expected);
    }
}
