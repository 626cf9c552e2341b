package org.cytostorm.physiology.treat;

import java.math.BigDecimal;

/** Numbers as people write them in dosing records: no trailing zeros, no exponent for everyday sizes. */
final class Format {
    private Format() {
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
