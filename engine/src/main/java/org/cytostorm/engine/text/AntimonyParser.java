package org.cytostorm.engine.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * Parses a model file (UTF-8); error messages name the file as given.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws ModelParseException  when the text is not a valid model of the supported subset
     */
    public static Model parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }
}
