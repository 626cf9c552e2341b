package org.cytostorm.sbml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Reference;
import org.cytostorm.sbml.write.CvQualifiers;
import org.cytostorm.sbml.write.Xml;
import org.sbml.jsbml.AbstractNamedSBase;
import org.sbml.jsbml.CVTerm;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.xml.XMLNode;

/**
 * cytostorm's own SBML annotation: what an element's {@link Annotation} holds that SBML has no
 * place for (evidence grade, free properties, units that are not an SBML unit reference, SBO
 * terms not of the form {@code SBO:nnnnnnn}, references that are not URIs or have no MIRIAM
 * qualifier), kept in one element of the annotation so nothing is lost on export:
 *
 * <pre>{@code
 * <annotation>
 *   <cytostorm:annotation xmlns:cytostorm="https://cytostorm.org/sbml/annotation/1">
 *     <cytostorm:evidence>moderate</cytostorm:evidence>
 *     <cytostorm:property key="range">0.1..1</cytostorm:property>
 *     <cytostorm:units>1/h</cytostorm:units>
 *     <cytostorm:sboTerm>custom</cytostorm:sboTerm>
 *     <cytostorm:reference qualifier="description">Smith et al., 2006</cytostorm:reference>
 *   </cytostorm:annotation>
 *   <rdf:RDF>...MIRIAM CV terms...</rdf:RDF>
 * </annotation>
 * }</pre>
 *
 * <p>The importer reads it back with {@link #read(SBase)}, or reads an element's whole annotation
 * (name, notes, CV terms, SBO term and this element) with {@link #annotation(SBase)}.
 */
public final class CytostormAnnotations {

    /** The namespace of cytostorm's annotation element. */
    public static final String NAMESPACE = "https://cytostorm.org/sbml/annotation/1";
    /** The prefix the exporter declares for it. */
    public static final String PREFIX = "cytostorm";
    /** The top-level element's local name. */
    public static final String ELEMENT = "annotation";

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "table", "pre", "blockquote", "body", "dd", "dt", "dl", "hr");

    private CytostormAnnotations() {
    }

    /**
     * What the cytostorm annotation element holds; every field may be empty.
     *
     * @param evidence   evidence grade, or null
     * @param properties further key-value annotations, sorted by key
     * @param units      units of a compartment, species or parameter that are not an SBML unit
     *                   reference (such as {@code 1/h}), or null
     * @param sboTerm    an SBO term not of the form {@code SBO:nnnnnnn}, or null
     * @param references references that are not MIRIAM CV terms (free citations, unknown qualifiers)
     */
    public record Content(String evidence, Map<String, String> properties, String units, String sboTerm,
                          List<Reference> references) {

        public static final Content EMPTY = new Content(null, Map.of(), null, null, List.of());

        public Content {
            properties = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(properties));
            references = List.copyOf(references);
        }

        public boolean isEmpty() {
            return evidence == null && properties.isEmpty() && units == null && sboTerm == null
                    && references.isEmpty();
        }
    }

    // ---- reading --------------------------------------------------------------------------------

    /** The cytostorm annotation of an element; {@link Content#EMPTY} when it has none. */
    public static Content read(SBase sbase) {
        if (sbase == null || !sbase.isSetAnnotation()) {
            return Content.EMPTY;
        }
        XMLNode top = sbase.getAnnotation().getNonRDFannotation();
        XMLNode own = top == null ? null : findElement(top);
        if (own == null) {
            return Content.EMPTY;
        }
        String evidence = null;
        String units = null;
        String sbo = null;
        Map<String, String> properties = new TreeMap<>();
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < own.getChildCount(); i++) {
            XMLNode child = own.getChild(i);
            if (!child.isElement() || !NAMESPACE.equals(child.getURI())) {
                continue;
            }
            String text = text(child);
            switch (child.getName()) {
                case "evidence" -> evidence = text;
                case "units" -> units = text;
                case "sboTerm" -> sbo = text;
                case "property" -> {
                    String key = attribute(child, "key");
                    if (key != null) {
                        properties.put(key, text);
                    }
                }
                case "reference" -> {
                    String q = attribute(child, "qualifier");
                    references.add(new Reference(q == null ? "description" : q, text));
                }
                default -> {
                    // a later version's element: ignored
                }
            }
        }
        return new Content(evidence, properties, units, sbo, references);
    }

    /**
     * An element's whole annotation as the engine holds it: {@code name} as display name, notes as
     * plain text ({@link #notesText(SBase)}), MIRIAM CV terms as references (qualifier names as in
     * {@link Reference}, URIs as written), the SBO term as {@code SBO:nnnnnnn}, and the cytostorm
     * annotation's evidence, properties, SBO term and references.
     */
    public static Annotation annotation(SBase sbase) {
        Content own = read(sbase);
        String name = sbase instanceof AbstractNamedSBase n && n.isSetName() ? n.getName() : null;
        boolean isModel = sbase instanceof org.sbml.jsbml.Model;
        List<Reference> refs = new ArrayList<>();
        for (CVTerm term : sbase.getCVTerms()) {
            String q = CvQualifiers.fromSbml(term.getQualifier()).orElse(null);
            if (q == null) {
                continue;
            }
            if (isModel && q.equals("identity")) {
                q = "model_entity_is";
            }
            for (String uri : term.getResources()) {
                refs.add(new Reference(q, uri));
            }
        }
        refs.addAll(own.references());
        String sbo = sbase.isSetSBOTerm() ? sbase.getSBOTermID() : own.sboTerm();
        return new Annotation(name, notesText(sbase), refs, own.evidence(), sbo, own.properties());
    }

    /**
     * An element's notes as plain text, or null: the lines of the exporter's one-paragraph-per-line
     * XHTML exactly, other XHTML as its text with one line per block element.
     */
    public static String notesText(SBase sbase) {
        if (sbase == null || !sbase.isSetNotes()) {
            return null;
        }
        XMLNode notes = sbase.getNotes();
        XMLNode body = firstElement(notes, "body");
        if (body != null && onlyParagraphs(body)) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < body.getChildCount(); i++) {
                XMLNode p = body.getChild(i);
                if (p.isElement()) {
                    lines.add(plainText(p));
                }
            }
            return lines.isEmpty() ? null : String.join("\n", lines);
        }
        StringBuilder sb = new StringBuilder();
        blockText(notes, sb);
        String text = sb.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n *", "\n")
                .replaceAll("\n{2,}", "\n").strip();
        return text.isEmpty() ? null : text;
    }

    // ---- writing --------------------------------------------------------------------------------

    /** The cytostorm annotation element as XML text (empty content gives an empty string). */
    public static String toXml(Content c) {
        if (c.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append('<').append(PREFIX).append(':').append(ELEMENT).append(" xmlns:").append(PREFIX).append("=\"")
                .append(NAMESPACE).append("\">");
        if (c.evidence() != null) {
            element(sb, "evidence", null, null, c.evidence());
        }
        c.properties().forEach((k, v) -> element(sb, "property", "key", k, v));
        if (c.units() != null) {
            element(sb, "units", null, null, c.units());
        }
        if (c.sboTerm() != null) {
            element(sb, "sboTerm", null, null, c.sboTerm());
        }
        for (Reference r : c.references()) {
            element(sb, "reference", "qualifier", r.qualifier(), r.uri());
        }
        return sb.append("</").append(PREFIX).append(':').append(ELEMENT).append('>').toString();
    }

    /** Notes text as SBML notes: an XHTML body with one paragraph per line. */
    public static String notesXml(String text) {
        StringBuilder sb = new StringBuilder("<body xmlns=\"").append(XHTML).append("\">");
        for (String line : text.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            sb.append(l.isEmpty() ? "<p/>" : "<p>" + Xml.escape(l) + "</p>");
        }
        return sb.append("</body>").toString();
    }

    private static void element(StringBuilder sb, String name, String attr, String attrValue, String text) {
        sb.append('<').append(PREFIX).append(':').append(name);
        if (attr != null) {
            sb.append(' ').append(attr).append("=\"").append(Xml.escape(attrValue)).append('"');
        }
        sb.append('>').append(Xml.escape(text)).append("</").append(PREFIX).append(':').append(name).append('>');
    }

    // ---- XML helpers ----------------------------------------------------------------------------

    private static XMLNode findElement(XMLNode node) {
        if (node.isElement() && NAMESPACE.equals(node.getURI()) && ELEMENT.equals(node.getName())) {
            return node;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            XMLNode child = node.getChild(i);
            if (child.isElement() && NAMESPACE.equals(child.getURI()) && ELEMENT.equals(child.getName())) {
                return child;
            }
        }
        return null;
    }

    private static String attribute(XMLNode node, String name) {
        int i = node.getAttributes() == null ? -1 : node.getAttrIndex(name);
        return i < 0 ? null : node.getAttrValue(i);
    }

    private static String text(XMLNode node) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < node.getChildCount(); i++) {
            XMLNode child = node.getChild(i);
            if (child.isText()) {
                sb.append(child.getCharacters());
            }
        }
        return sb.toString();
    }

    private static String plainText(XMLNode node) {
        StringBuilder sb = new StringBuilder();
        collectText(node, sb);
        return sb.toString();
    }

    private static void collectText(XMLNode node, StringBuilder sb) {
        if (node.isText()) {
            sb.append(node.getCharacters());
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collectText(node.getChild(i), sb);
        }
    }

    private static void blockText(XMLNode node, StringBuilder sb) {
        if (node.isText()) {
            sb.append(node.getCharacters().replace('\n', ' '));
            return;
        }
        boolean block = node.isElement() && BLOCKS.contains(node.getName().toLowerCase(Locale.ROOT));
        if (block) {
            sb.append('\n');
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            blockText(node.getChild(i), sb);
        }
        if (block) {
            sb.append('\n');
        }
    }

    private static XMLNode firstElement(XMLNode node, String name) {
        if (node == null) {
            return null;
        }
        if (node.isElement() && name.equals(node.getName())) {
            return node;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            XMLNode found = firstElement(node.getChild(i), name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** True when the body holds only {@code <p>} elements with text (and whitespace between them). */
    private static boolean onlyParagraphs(XMLNode body) {
        boolean any = false;
        for (int i = 0; i < body.getChildCount(); i++) {
            XMLNode child = body.getChild(i);
            if (child.isText()) {
                if (!child.getCharacters().isBlank()) {
                    return false;
                }
            } else if (child.isElement()) {
                if (!"p".equals(child.getName())) {
                    return false;
                }
                for (int j = 0; j < child.getChildCount(); j++) {
                    if (!child.getChild(j).isText()) {
                        return false;
                    }
                }
                any = true;
            }
        }
        return any;
    }
}
