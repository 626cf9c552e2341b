package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.text.ModelParseException.Kind;
import org.cytostorm.engine.text.Statement.AnnotationLine;
import org.cytostorm.engine.text.Statement.Name;

/**
 * Reads a cytostorm annotation line, {@code //@ target key="value" key=value ...}: a name, then one
 * or more {@code key=value} pairs. A value is either a double-quoted string, in which {@code \"},
 * {@code \\}, {@code \n}, {@code \t} and {@code \r} are escapes, or a run of characters without
 * blanks.
 */
final class AnnotationLineParser {

    private final Token token;
    private final String text;
    private final String sourceName;
    private int i;

    private AnnotationLineParser(Token token, String sourceName) {
        this.token = token;
        this.text = token.text();
        this.sourceName = sourceName;
    }

    static AnnotationLine parse(Token token, String sourceName) {
        return new AnnotationLineParser(token, sourceName).run();
    }

    private SourcePosition at(int index, String shown) {
        return new SourcePosition(token.line(), token.column() + index, shown);
    }

    private ModelParseException error(int index, String shown, String reason, String expected) {
        return at(index, shown).error(Kind.SYNTAX, sourceName, reason, expected);
    }

    private void skipBlanks() {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
    }

    private String shownAt(int index) {
        if (index >= text.length()) {
            return "end of line";
        }
        int end = index;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(index, end);
    }

    private AnnotationLine run() {
        skipBlanks();
        int targetStart = i;
        while (i < text.length() && isNameChar(text.charAt(i), i == targetStart)) {
            i++;
        }
        if (i == targetStart) {
            throw error(targetStart, shownAt(targetStart),
                    "a //@ annotation line must start with the name it annotates",
                    "an element name or 'model'");
        }
        Name target = new Name(text.substring(targetStart, i), at(targetStart, text.substring(targetStart, i)));
        List<AnnotationLine.Entry> entries = new ArrayList<>();
        skipBlanks();
        while (i < text.length()) {
            entries.add(entry());
            skipBlanks();
        }
        if (entries.isEmpty()) {
            throw error(i, "end of line", "a //@ annotation line needs at least one key=value pair",
                    "key=\"value\"");
        }
        return new AnnotationLine(at(targetStart, target.id()), target, entries);
    }

    private static boolean isNameChar(char c, boolean first) {
        return c < 128 && (Character.isLetter(c) || c == '_' || !first && Character.isDigit(c));
    }

    private static boolean isKeyChar(char c, boolean first) {
        return isNameChar(c, first) || !first && (c == '.' || c == '-');
    }

    private AnnotationLine.Entry entry() {
        int keyStart = i;
        while (i < text.length() && isKeyChar(text.charAt(i), i == keyStart)) {
            i++;
        }
        if (i == keyStart) {
            throw error(keyStart, shownAt(keyStart), "malformed //@ annotation", "key=\"value\"");
        }
        String key = text.substring(keyStart, i);
        if (i >= text.length() || text.charAt(i) != '=') {
            throw error(i, shownAt(i), "missing '=' after the annotation key '" + key + "'", "'='");
        }
        i++;
        String value = i < text.length() && text.charAt(i) == '"' ? quoted() : bare();
        return new AnnotationLine.Entry(new Name(key, at(keyStart, key)), value);
    }

    private String bare() {
        int start = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            throw error(start, shownAt(start), "missing annotation value", "a value or a \"quoted value\"");
        }
        return text.substring(start, i);
    }

    private String quoted() {
        int open = i;
        i++;
        StringBuilder sb = new StringBuilder();
        while (i < text.length() && text.charAt(i) != '"') {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 >= text.length()) {
                    break;
                }
                char e = text.charAt(i + 1);
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': sb.append('\r'); break;
                    default:
                        throw error(i, "\\" + e, "unknown escape in an annotation value",
                                "\\\", \\\\, \\n, \\t or \\r");
                }
                i += 2;
            } else {
                sb.append(c);
                i++;
            }
        }
        if (i >= text.length()) {
            throw error(open, "\"", "unterminated annotation value", "a closing '\"' on the same line");
        }
        i++;
        return sb.toString();
    }
}
