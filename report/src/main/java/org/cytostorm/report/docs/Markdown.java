package org.cytostorm.report.docs;

import java.util.List;
import java.util.regex.Pattern;

/** Small helpers for writing GitHub-flavoured Markdown tables. */
final class Markdown {

    private static final Pattern SOURCE_SPLIT = Pattern.compile("\\s*;\\s*");

    private Markdown() {
    }

    /** Text safe in a table cell: {@code |} escaped, line breaks as spaces. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ").strip();
    }

    /** Code in a table cell: {@code `code`}, with {@code |} escaped (GFM unescapes it inside code spans). */
    static String code(String s) {
        String escaped = s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
        String fence = escaped.contains("`") ? "``" : "`";
        return fence + (fence.length() > 1 ? " " + escaped + " " : escaped) + fence;
    }

    /** One table row from cells already escaped. */
    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** Header line and separator; {@code align} per column: 'l' or 'r'. */
    static String header(List<String> names, String align) {
        StringBuilder sb = new StringBuilder(row(names)).append('|');
        for (int i = 0; i < names.size(); i++) {
            sb.append(i < align.length() && align.charAt(i) == 'r' ? "---:|" : "---|");
        }
        return sb.append('\n').toString();
    }

    /** A parameter source ({@code doi:...; pmid:...; ref: ...}) with DOIs and PubMed ids as links. */
    static String source(String source) {
        StringBuilder sb = new StringBuilder();
        for (String part : SOURCE_SPLIT.split(source.strip())) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            if (part.startsWith("doi:") && part.length() > 4 && !part.contains(" ")) {
                sb.append('[').append(cell(part)).append("](https://doi.org/").append(cell(part.substring(4))).append(')');
            } else if (part.startsWith("pmid:") && part.substring(5).strip().matches("\\d+")) {
                sb.append('[').append(cell(part)).append("](https://pubmed.ncbi.nlm.nih.gov/")
                        .append(part.substring(5).strip()).append("/)");
            } else {
                sb.append(cell(part));
            }
        }
        return sb.toString();
    }
}
