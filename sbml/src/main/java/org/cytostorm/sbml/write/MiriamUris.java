package org.cytostorm.sbml.write;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the short forms that model text uses for references into the identifiers.org URIs that
 * MIRIAM annotations require: {@code PMID:16584750} and {@code pubmed:16584750} become
 * {@code https://identifiers.org/pubmed:16584750}, {@code DOI:10.1000/xyz} becomes
 * {@code https://identifiers.org/doi:10.1000/xyz}, any other compact identifier
 * {@code prefix:accession} becomes {@code https://identifiers.org/prefix:accession}; URLs and URNs are
 * kept as they are. Text that is neither (a free citation such as "Smith et al., 2006") is not a URI.
 */
public final class MiriamUris {

    private static final String IDENTIFIERS_ORG = "https://identifiers.org/";
    private static final Pattern COMPACT = Pattern.compile("([A-Za-z][A-Za-z0-9._-]*):(\\S+)");
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:(//)?\\S+");
    /** Prefixes spelled differently in text than in the identifiers.org registry. */
    private static final Map<String, String> PREFIXES = Map.of("pmid", "pubmed", "pubmed", "pubmed", "doi", "doi");

    private MiriamUris() {
    }

    /** True for text already in URI form: a URL ({@code scheme://...}) or a URN. */
    public static boolean isUri(String text) {
        return text.contains("://") && URI.matcher(text).matches()
                || text.startsWith("urn:") && !containsSpace(text);
    }

    /**
     * The URI to write for a reference, or null when the text is neither a URI nor a compact
     * identifier (it is then kept in cytostorm's own annotation).
     */
    public static String toUri(String text) {
        String t = text.trim();
        if (!t.equals(text) || t.isEmpty()) {
            return null;
        }
        if (isUri(t)) {
            return t;
        }
        Matcher m = COMPACT.matcher(t);
        if (!m.matches() || t.contains("//")) {
            return null;
        }
        String prefix = m.group(1);
        String known = PREFIXES.get(prefix.toLowerCase(Locale.ROOT));
        return IDENTIFIERS_ORG + (known != null ? known : prefix) + ":" + m.group(2);
    }

    private static boolean containsSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
