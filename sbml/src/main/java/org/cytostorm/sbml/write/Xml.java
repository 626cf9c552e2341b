package org.cytostorm.sbml.write;

/** Escaping for XML text and attribute values. */
public final class Xml {

    private Xml() {
    }

    /**
     * Text escaped for element content or a double-quoted attribute: markup characters become
     * entities, line breaks and tabs character references (so they survive attribute value
     * normalisation), and characters XML 1.0 cannot hold are dropped.
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (c >= 0x20 || Character.isSurrogate(c)) {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            sb.append(c);
                        }
                    }
                }
            }
        }
        return sb.toString();
    }
}
