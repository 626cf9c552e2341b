package org.cytostorm.engine.text;

import java.util.Comparator;

/**
 * Where something stands in the model text: 1-based line and column and the text found there (as
 * shown in messages). Positions in one text order as the text reads.
 */
record SourcePosition(int line, int column, String text) implements Comparable<SourcePosition> {

    private static final Comparator<SourcePosition> ORDER =
            Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);

    /** The same place, showing a different text (a name within a longer token, for instance). */
    SourcePosition withText(String newText) {
        return new SourcePosition(line, column, newText);
    }

    /** A place further along the same line. */
    SourcePosition shifted(int columns, String newText) {
        return new SourcePosition(line, column + columns, newText);
    }

    boolean isBefore(SourcePosition other) {
        return compareTo(other) < 0;
    }

    ModelParseException error(ModelParseException.Kind kind, String sourceName, String reason, String expected) {
        return new ModelParseException(kind, sourceName, line, column, text, reason, expected);
    }

    /** "line 3, column 7", for messages that refer to another place. */
    String describe() {
        return "line " + line + ", column " + column;
    }

    @Override
    public int compareTo(SourcePosition o) {
        return ORDER.compare(this, o);
    }
}
