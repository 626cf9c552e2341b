package org.cytostorm.report.html;

/** A page being built: markup as is, text escaped (scenario names and descriptions are user text). */
public final class Html {

    private final StringBuilder page = new StringBuilder(1 << 16);

    public Html raw(String markup) {
        page.append(markup);
        return this;
    }

    /** Escapes text for element content and double-quoted attributes; null is written as nothing. */
    public Html text(String text) {
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

    @Override
    public String toString() {
        return page.toString();
    }
}
