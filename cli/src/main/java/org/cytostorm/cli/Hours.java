package org.cytostorm.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/** Hours for messages: six significant digits, no trailing zeros ({@code 672}, {@code 1.5}). */
final class Hours {

    private Hours() {
    }

    static String format(double h) {
        return new BigDecimal(h).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
