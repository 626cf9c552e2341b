package org.cytostorm.sbml.read;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cytostorm.common.input.InputException;

/**
 * One streaming pass over an SBML document before JSBML builds its tree, refusing with the line
 * what JSBML would accept silently or choke on: nesting deeper than {@value #MAX_DEPTH} elements
 * (JSBML and the importer recurse over MathML), more than {@value #MAX_ELEMENTS} elements, a
 * numeric or boolean attribute that is not one ({@code value="fast"} becomes NaN in JSBML, and the
 * simulation fails far from the cause), and an identifier defined twice (JSBML logs an error, drops
 * the second element's id and carries on). DTDs and external entities are refused outright.
 *
 * <p>Why a separate pass rather than JSBML's validator: the validator needs the tree JSBML has
 * already built (too late for depth and size), and its consistency checks run on libSBML's
 * web service, which cytostorm must not depend on.
 */
public final class SbmlPreflight {

    /** The deepest element nesting accepted; MathML expressions are bounded more tightly by the engine. */
    public static final int MAX_DEPTH = 512;
    /** The most elements accepted in one document. */
    public static final int MAX_ELEMENTS = 5_000_000;

    private static final Map<String, Set<String>> NUMERIC = Map.of(
            "compartment", Set.of("size", "volume", "spatialDimensions"),
            "species", Set.of("initialAmount", "initialConcentration"),
            "parameter", Set.of("value"),
            "localParameter", Set.of("value"),
            "speciesReference", Set.of("stoichiometry"),
            "unit", Set.of("exponent", "multiplier", "scale"));
    private static final Set<String> BOOLEAN = Set.of("constant", "boundaryCondition", "hasOnlySubstanceUnits",
            "reversible", "fast", "useValuesFromTriggerTime", "persistent", "initialValue");
    /** Elements whose ids live outside the model's SId namespace, or in a namespace of their own. */
    private static final Set<String> OWN_ID_SPACE = Set.of("sbml", "model", "unitDefinition", "unit", "localParameter");
    /** Subtrees that hold no SBML elements: free XML, XHTML and MathML. */
    private static final Set<String> OPAQUE = Set.of("annotation", "notes", "math");

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String source;
    private final Map<String, Integer> ids = new HashMap<>();

    private SbmlPreflight(String source) {
        this.source = source;
    }

    /** Checks a document given as bytes; the XML declaration's encoding is honoured. */
    public static void check(InputStream xml, String source) {
        SbmlPreflight p = new SbmlPreflight(source);
        try {
            p.scan(factory().createXMLStreamReader(xml));
        } catch (XMLStreamException e) {
            throw p.notXml(e);
        }
    }

    /** Checks a document given as text. */
    public static void check(Reader xml, String source) {
        SbmlPreflight p = new SbmlPreflight(source);
        try {
            p.scan(factory().createXMLStreamReader(xml));
        } catch (XMLStreamException e) {
            throw p.notXml(e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private void scan(XMLStreamReader r) throws XMLStreamException {
        Deque<String> path = new ArrayDeque<>();
        int opaqueDepth = 0;
        long elements = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw error(r, "", "a DOCTYPE (DTD) is not allowed in SBML");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (opaqueDepth > 0) {
                    opaqueDepth--;
                }
                path.pop();
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            elements++;
            if (elements > MAX_ELEMENTS) {
                throw error(r, "", "more than " + MAX_ELEMENTS + " XML elements (the limit)");
            }
            if (path.size() >= MAX_DEPTH) {
                throw error(r, r.getLocalName(), "elements nested more than " + MAX_DEPTH + " deep (the limit)");
            }
            String name = r.getLocalName();
            String parent = path.peek();
            path.push(name);
            if (opaqueDepth > 0 || !isCore(r.getNamespaceURI())) {
                opaqueDepth += opaqueDepth > 0 || OPAQUE.contains(name) ? 1 : 0;
                continue;
            }
            if (OPAQUE.contains(name)) {
                opaqueDepth = 1;
                continue;
            }
            attributes(r, name, parent, path);
        }
    }

    private static boolean isCore(String namespace) {
        return namespace != null && namespace.startsWith("http://www.sbml.org/sbml/level");
    }

    private void attributes(XMLStreamReader r, String name, String parent, Deque<String> path) {
        String id = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if (ns != null && !ns.isEmpty()) {
                continue;
            }
            String attribute = r.getAttributeLocalName(i);
            String value = r.getAttributeValue(i).strip();
            if (attribute.equals("id")) {
                if (value.isEmpty()) {
                    throw error(r, name + ": id", "an id cannot be empty");
                }
                id = value;
            }
            if (NUMERIC.getOrDefault(name, Set.of()).contains(attribute) && !isNumber(value)) {
                throw error(r, field(name, r, attribute), "'" + shorten(value) + "' is not a number");
            }
            if (BOOLEAN.contains(attribute) && !isBoolean(value)) {
                throw error(r, field(name, r, attribute), "'" + shorten(value) + "' is not true or false");
            }
        }
        boolean local = name.equals("parameter") && path.contains("kineticLaw");
        if (id == null || OWN_ID_SPACE.contains(name) || local) {
            return;
        }
        Integer first = ids.putIfAbsent(id, r.getLocation().getLineNumber());
        if (first != null) {
            throw error(r, name + " " + id, "the id '" + id + "' is already used on line " + first
                    + "; every id in a model must be different");
        }
    }

    private static String field(String element, XMLStreamReader r, String attribute) {
        String id = r.getAttributeValue(null, "id");
        return element + (id == null ? "" : " " + id) + ": " + attribute;
    }

    /** An XML Schema double (SBML's type for these attributes): a decimal or INF, -INF, NaN. */
    private static boolean isNumber(String v) {
        if (v.equals("INF") || v.equals("-INF") || v.equals("NaN")) {
            return true;
        }
        return DECIMAL.matcher(v).matches();
    }

    private static boolean isBoolean(String v) {
        return v.equals("true") || v.equals("false") || v.equals("1") || v.equals("0");
    }

    private static String shorten(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }

    private InputException error(XMLStreamReader r, String field, String message) {
        return new InputException(source, r.getLocation().getLineNumber(), field, message);
    }

    private InputException notXml(XMLStreamException e) {
        Location at = e.getLocation();
        String m = e.getMessage() == null ? "" : e.getMessage();
        // StAX messages start with a location prefix and may quote content; keep the reason only
        int reason = m.lastIndexOf("Message: ");
        String why = (reason >= 0 ? m.substring(reason + 9) : m).lines().findFirst().orElse("").strip();
        if (why.length() > 160) {
            why = why.substring(0, 160) + "...";
        }
        return new InputException(source, at == null ? 0 : Math.max(0, at.getLineNumber()), "",
                "not well-formed XML" + (why.isEmpty() ? "" : ": " + why.toLowerCase(Locale.ROOT).charAt(0)
                        + why.substring(1)));
    }
}
