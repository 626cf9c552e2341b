package org.cytostorm.common.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import org.cytostorm.common.input.InputException;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void numbersAreWrittenAsDoubleToStringAndReadBackBitForBit() throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.longBitsToDouble(r.nextLong()); // every exponent, subnormals, NaN and infinities
        }
        values[0] = -0.0;
        values[1] = Double.MIN_VALUE;
        values[2] = 1.0 / 3;
        StringWriter out = new StringWriter();
        try (Csv.RowWriter w = Csv.writer(out, List.of("a", "b"))) {
            for (int i = 0; i < values.length; i += 2) {
                w.row(values[i], values[i + 1]);
            }
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals("a,b", lines.get(0));
        // the text is what Double.toString writes: nothing lost, nothing reformatted
        assertEquals(Double.toString(values[0]) + "," + Double.toString(values[1]), lines.get(1));
        List<Csv.Row> rows = Csv.read(out.toString(), "test");
        assertEquals(values.length / 2 + 1, rows.size());
        for (int i = 0; i < values.length; i++) {
            double back = Double.parseDouble(rows.get(1 + i / 2).cell(i % 2));
            assertEquals(Double.doubleToRawLongBits(Double.isNaN(values[i]) ? Double.NaN : values[i]),
                    Double.doubleToRawLongBits(Double.isNaN(back) ? Double.NaN : back), "value " + i);
        }
    }

    @Test
    void textIsQuotedOnlyWhereRfc4180NeedsItAndLinesAreCounted() throws IOException {
        StringWriter out = new StringWriter();
        try (Csv.RowWriter w = Csv.writer(out, List.of("case", "reason"))) {
            w.start().text("00001").text("plain").end();
            w.start().text("00002").text("a, b and \"c\"\nsecond line").end();
            w.start().text("00003").text("").end();
            w.start().text("00004").text("malformed case: 00004-settings.txt: no such file").end();
        }
        String text = out.toString();
        assertEquals("case,reason\n00001,plain\n00002,\"a, b and \"\"c\"\"\nsecond line\"\n00003,\n"
                + "00004,malformed case: 00004-settings.txt: no such file\n", text);
        List<Csv.Row> rows = Csv.read(text, "test");
        assertEquals(List.of("00002", "a, b and \"c\"\nsecond line"), rows.get(2).cells());
        // the record after a quoted line break starts two lines later
        assertEquals(List.of(1, 2, 3, 5, 6), rows.stream().map(Csv.Row::line).toList());
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayThoseOfTheFile() {
        List<Csv.Row> rows = Csv.read("x,y\n\n1,2\r\n\n3,4\n", "f.csv");
        assertEquals(List.of(1, 3, 5), rows.stream().map(Csv.Row::line).toList());
        assertEquals(List.of("3", "4"), rows.get(2).cells());
    }

    @Test
    void anUnclosedQuoteNamesTheSource() {
        InputException e = assertThrows(InputException.class, () -> Csv.read("a,b\n1,\"open\n2,3\n", "bad.csv"));
        assertEquals("bad.csv", e.file());
        assertTrue(e.getMessage().startsWith("bad.csv"), e.getMessage());
    }
}
