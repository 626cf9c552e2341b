package org.cytostorm.common.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.common.input.InputException;

/**
 * The CSV files cytostorm writes and reads (RFC 4180: comma, double quotes where a field needs
 * them, {@code \n} line ends), through Jackson's CSV module rather than by hand.
 *
 * <p>Numbers are written with {@link Double#toString(double)}, whose text parses back to exactly the
 * same double: a reader gets the simulated values bit for bit.
 */
public final class Csv {

    private static final CsvMapper MAPPER = new CsvMapper();

    private Csv() {
    }

    /**
     * A writer of rows after the given header. The caller closes it; closing does not close
     * {@code out} (an {@link AtomicFiles} writer is closed, then renamed, by its owner).
     */
    public static RowWriter writer(Writer out, List<String> header) throws IOException {
        CsvGenerator g = (CsvGenerator) MAPPER.getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // quote only what RFC 4180 needs quoted (by default Jackson quotes every long string)
        g.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        g.setSchema(CsvSchema.emptySchema().withLineSeparator("\n"));
        RowWriter w = new RowWriter(g);
        w.start();
        for (String h : header) {
            w.text(h);
        }
        w.end();
        return w;
    }

    /** Writes one row at a time: {@link #start()}, cells, {@link #end()}; or {@link #row(double...)}. */
    public static final class RowWriter implements AutoCloseable {
        private final CsvGenerator generator;

        private RowWriter(CsvGenerator generator) {
            this.generator = generator;
        }

        public RowWriter start() throws IOException {
            generator.writeStartArray();
            return this;
        }

        public RowWriter number(double v) throws IOException {
            generator.writeNumber(v);
            return this;
        }

        /** A text cell, quoted when it holds a comma, quote or line break. */
        public RowWriter text(String s) throws IOException {
            generator.writeString(s);
            return this;
        }

        public RowWriter bool(boolean b) throws IOException {
            generator.writeString(Boolean.toString(b));
            return this;
        }

        public RowWriter end() throws IOException {
            generator.writeEndArray();
            return this;
        }

        /** A row of numbers. */
        public RowWriter row(double... values) throws IOException {
            start();
            for (double v : values) {
                generator.writeNumber(v);
            }
            return end();
        }

        @Override
        public void close() throws IOException {
            generator.close();
        }
    }

    /**
     * One record of a CSV text.
     *
     * @param line  the 1-based line the record starts on
     * @param cells its fields, unquoted
     */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public int size() {
            return cells.size();
        }

        public String cell(int i) {
            return cells.get(i);
        }
    }

    /**
     * Every record of {@code text}, blank lines skipped; the header, if any, is the first record.
     *
     * @param source names the text in messages
     * @throws InputException naming the source and line of malformed CSV (an unclosed quote, say)
     */
    public static List<Row> read(String text, String source) {
        List<Row> rows = new ArrayList<>();
        try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(text)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            // [ [a, b], [c, d], ... ]: the outer array holds one array per record
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return rows;
            }
            while (p.nextToken() == JsonToken.START_ARRAY) {
                List<String> cells = new ArrayList<>();
                int line = 0;
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        // where the record's first cell starts is where the record starts
                        line = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getText());
                }
                if (!(cells.isEmpty() || (cells.size() == 1 && cells.get(0).isEmpty()))) {
                    rows.add(new Row(line, cells)); // a blank line reads as one empty cell: skipped
                }
            }
        } catch (JsonProcessingException e) {
            // the parser's own message quotes the text; a message never echoes a file's content
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InputException(source, line, "", "not valid CSV (an unclosed quote or a character after a"
                    + " closing quote)");
        } catch (IOException | RuntimeException e) {
            throw new InputException(source, 0, "", "not valid CSV");
        }
        return rows;
    }
}
