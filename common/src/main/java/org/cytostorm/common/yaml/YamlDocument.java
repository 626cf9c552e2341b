package org.cytostorm.common.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cytostorm.common.input.InputException;

/**
 * Reads YAML text into a Jackson tree while streaming, keeping each node's line ({@link YamlNode}).
 * Syntax errors, duplicate keys (naming both lines), aliases, several documents in one file and
 * texts too large ({@link YamlSize}) are reported as {@link InputException}s naming file and line.
 */
public final class YamlDocument {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final String file;

    private YamlDocument(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /**
     * The document's root, or empty when the text holds no document (blank or only comments). A text
     * above the limits of {@link YamlSize} is refused before parsing.
     */
    public static Optional<YamlNode> parse(String text, String file) {
        YamlSize.requireWithinLimits(text, file);
        try (JsonParser p = FACTORY.createParser(text)) {
            YamlDocument doc = new YamlDocument(p, file);
            if (p.nextToken() == null) {
                return Optional.empty();
            }
            int line = doc.line();
            YamlNode root = doc.node("", line);
            if (p.nextToken() != null) {
                throw new InputException(file, doc.line(), "", "a second YAML document; write one document per file");
            }
            return Optional.of(root);
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InputException(file, Math.max(line, 0), "", "YAML syntax error"
                    + (column > 0 ? " at line " + line + ", column " + column : "") + ": " + problem(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SnakeYAML's explanation without its copies of the source text and positions. */
    private static String problem(StreamReadException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .collect(Collectors.joining("; "));
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    /** Reads the value starting at the current token. */
    private YamlNode node(String path, int keyLine) throws IOException {
        int line = line();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return mapping(path, line, keyLine);
        }
        if (token == JsonToken.START_ARRAY) {
            return sequence(path, line, keyLine);
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new InputException(file, line, path, "aliases (*" + parser.getText()
                    + ") are not supported; write the value out");
        }
        String text = parser.getText();
        return new YamlNode(scalar(token), file, path, line, keyLine, text, Map.of(), List.of());
    }

    private YamlNode mapping(String path, int line, int keyLine) throws IOException {
        ObjectNode json = NODES.objectNode();
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int childKeyLine = line();
            String childPath = path.isEmpty() ? key : path + "." + key;
            YamlNode first = fields.get(key);
            if (first != null) {
                throw new InputException(file, childKeyLine, childPath, "duplicate key '" + key
                        + "' (first at line " + first.keyLine() + "); write each key once");
            }
            parser.nextToken();
            YamlNode child = node(childPath, childKeyLine);
            fields.put(key, child);
            json.set(key, child.json());
        }
        return new YamlNode(json, file, path, line, keyLine, "mapping", fields, List.of());
    }

    private YamlNode sequence(String path, int line, int keyLine) throws IOException {
        ArrayNode json = NODES.arrayNode();
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            YamlNode item = node(path + "[" + items.size() + "]", line());
            items.add(item);
            json.add(item.json());
        }
        return new YamlNode(json, file, path, line, keyLine, "list", Map.of(), items);
    }

    /** YAML's .nan and .inf, which Jackson cannot convert, are kept so range checks can report them. */
    private double floating(String text) throws IOException {
        switch (text.toLowerCase(Locale.ROOT)) {
            case ".nan":
                return Double.NaN;
            case ".inf":
            case "+.inf":
                return Double.POSITIVE_INFINITY;
            case "-.inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return parser.getDoubleValue();
        }
    }

    private JsonNode scalar(JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                Number n = parser.getNumberValue();
                return n instanceof BigInteger b ? NODES.numberNode(b) : NODES.numberNode(n.longValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(floating(parser.getText()));
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(parser.getText());
        }
    }
}
