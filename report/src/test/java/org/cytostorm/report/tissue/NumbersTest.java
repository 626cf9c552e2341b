package org.cytostorm.report.tissue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void threeSignificantDigitsForLabels() {
        assertEquals("1230", Numbers.compact(1234.5));
        assertEquals("12.3", Numbers.compact(12.34));
        assertEquals("0.05", Numbers.compact(0.05));
        assertEquals("400", Numbers.compact(400));
        assertEquals("1000", Numbers.compact(999.9), "rounding carries into a new digit");
        assertEquals("0", Numbers.compact(0));
        assertEquals("-2.5", Numbers.compact(-2.5));
    }

    @Test
    void scientificWherePlainWouldBeAStringOfZeros() {
        assertEquals("1.5e+06", Numbers.compact(1.5e6));
        assertEquals("2e-05", Numbers.compact(2e-5));
        assertEquals("1.23e+09", Numbers.compact(1.234e9));
        assertEquals("NaN", Numbers.compact(Double.NaN));
    }

    @Test
    void tablesKeepCountsWhole() {
        assertEquals("12345", Numbers.significant(12345, 6));
        assertEquals("0.333333", Numbers.significant(1.0 / 3, 6));
    }
}
