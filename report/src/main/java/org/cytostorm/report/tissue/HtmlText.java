package org.cytostorm.report.tissue;

import java.nio.charset.StandardCharsets;
import org.cytostorm.report.html.Html;

/**
 * A page being built: markup as is, text escaped (titles, settings and notes are user text and may
 * hold {@code <} or {@code &}). Escaping is the patient report's {@link Html}.
 */
final class HtmlText {

    private final Html page;

    HtmlText(Html page) {
        this.page = page;
    }

    HtmlText() {
        this(new Html());
    }

    /** The page builder underneath. */
    Html html() {
        return page;
    }

    HtmlText raw(String markup) {
        page.raw(markup);
        return this;
    }

    /** Escapes text for element content and double-quoted attributes; null is written as nothing. */
    HtmlText text(String text) {
        page.text(text);
        return this;
    }

    /**
     * A relative file name as a URL in a double-quoted attribute: '/' separates directories (a
     * Windows '\' is made one), and every byte outside letters, digits and {@code -._~/} is
     * percent-encoded, so a space, '#' or '?' in a file name does not cut the URL short.
     */
    HtmlText path(String file) {
        for (byte b : file.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                page.raw(String.valueOf((char) c));
            } else {
                page.raw("%" + Character.toUpperCase(Character.forDigit(c >> 4, 16))
                        + Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
