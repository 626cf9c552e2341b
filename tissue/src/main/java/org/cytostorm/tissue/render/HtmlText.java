package org.cytostorm.tissue.render;

import java.nio.charset.StandardCharsets;

/**
 * A page being built: markup as is, text escaped (titles, settings and notes are user text and may
 * hold {@code <} or {@code &}). Mirrors the patient report's builder, which is not public.
 */
final class HtmlText {

    private final StringBuilder page = new StringBuilder(1 << 16);

    HtmlText raw(String markup) {
        page.append(markup);
        return this;
    }

    /** Escapes text for element content and double-quoted attributes; null is written as nothing. */
    HtmlText text(String text) {
        if (text == null) {
            return this;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> page.append("&amp;");
                case '<' -> page.append("&lt;");
                case '>' -> page.append("&gt;");
                case '"' -> page.append("&quot;");
                case '\'' -> page.append("&#39;");
                default -> page.append(ch);
            }
        }
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
                page.append((char) c);
            } else {
                page.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
