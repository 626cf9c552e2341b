package org.cytostorm.tissue.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cytostorm.tissue.cells.CellType;
import org.cytostorm.tissue.rules.BehaviourKind;
import org.cytostorm.tissue.rules.Behaviours;
import org.cytostorm.tissue.rules.Direction;
import org.cytostorm.tissue.rules.Rule;
import org.cytostorm.tissue.rules.Signal;

/**
 * Reads the rules table. Each rule is one line in PhysiCell's column order,
 * {@code cell type, signal, direction, behaviour, value, half-max, Hill power[, mechanism]}, or a
 * mapping {@code {rule: "...", source: "..."}} when the rule cites its source. A {@code requires}
 * rule needs only the first five columns (the value is the threshold).
 */
final class RuleReader {
    private RuleReader() {
    }

    static List<Rule> read(ConfigNode n, List<String> fields, List<String> typeNames, List<CellType> types,
            Behaviours behaviours, Switches switches) {
        List<Rule> rules = new ArrayList<>();
        for (ConfigNode item : n.items()) {
            String text;
            String source = "";
            ConfigNode at = item;
            if (isScalar(item)) {
                // text() consults --set rules[i]=... so a rule can be replaced from the command line
                text = item.text(null);
            } else {
                item.allowOnly(List.of("rule", "source"));
                at = item.child("rule");
                text = at.text(null);
                source = item.child("source").text("");
            }
            rules.add(parse(at, text, source, fields, typeNames, types, behaviours, switches));
        }
        return rules;
    }

    private static boolean isScalar(ConfigNode item) {
        try {
            item.scalarText();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Rule parse(ConfigNode at, String text, String source, List<String> fields, List<String> typeNames,
            List<CellType> types, Behaviours behaviours, Switches switches) {
        String[] c = Arrays.stream(text.split(",")).map(String::trim).toArray(String[]::new);
        if (c.length < 5 || c.length > 8) {
            throw at.errorAtValue("a rule has 5 to 8 comma-separated columns (cell type, signal, direction, behaviour, "
                    + "value[, half-max, Hill power[, mechanism]]), found " + c.length + " in '" + text + "'");
        }
        int type = typeNames.indexOf(c[0]);
        if (type < 0) {
            throw at.errorAtValue("unknown cell type '" + c[0] + "'; types are: " + String.join(", ", typeNames));
        }
        Signal signal = signal(at, c[1], fields);
        Direction direction = Arrays.stream(Direction.values()).filter(d -> d.word().equals(c[2].toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> at.errorAtValue("unknown direction '" + c[2]
                        + "'; write increases, decreases or requires"));
        int behaviour = behaviours.parse(c[3]).orElseThrow(() -> at.errorAtValue("unknown behaviour '" + c[3]
                + "'; behaviours are: " + String.join(", ", behaviours.names())));
        BehaviourKind kind = behaviours.kind(behaviour);
        try {
            TissueConfigReader.checkKindAllows(at, types.get(type).kind(), kind);
        } catch (RuntimeException e) {
            throw at.errorAtValue("behaviour '" + c[3] + "' does not exist for " + c[0] + " ("
                    + types.get(type).kind().configName() + " cells)");
        }
        double value = number(at, c[4], "value");
        double half = 1;
        double hill = 1;
        if (direction != Direction.REQUIRES) {
            if (c.length < 7) {
                throw at.errorAtValue("an '" + direction.word() + "' rule needs a half-max and a Hill power after the value");
            }
            half = number(at, c[5], "half-max");
            hill = number(at, c[6], "Hill power");
            if (!(half > 0) || !(hill > 0)) {
                throw at.errorAtValue("half-max and Hill power must be positive, got " + c[5] + " and " + c[6]);
            }
        }
        if (kind == BehaviourKind.CHEMOTAXIS && value > 1) {
            throw at.errorAtValue("chemotaxis is a bias between 0 and 1, got " + c[4]);
        }
        String mechanism = c.length == 8 ? c[7] : (c.length == 6 && direction == Direction.REQUIRES ? c[5] : "");
        if (!mechanism.isEmpty() && !switches.on().containsKey(mechanism)) {
            throw at.errorAtValue("unknown mechanism '" + mechanism + "'; declare it under mechanisms: (known: "
                    + String.join(", ", switches.names()) + ")");
        }
        return new Rule(type, signal, direction, behaviour, value, half, hill, mechanism, source, at.line());
    }

    private static double number(ConfigNode at, String text, String what) {
        try {
            double v = Double.parseDouble(text);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw at.errorAtValue(what + " must be a non-negative number, got " + text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw at.errorAtValue(what + " must be a number, got '" + text + "'");
        }
    }

    static Signal signal(ConfigNode at, String text, List<String> fields) {
        int star = text.indexOf('*');
        if (star >= 0) {
            return new Signal.Product(signal(at, text.substring(0, star).trim(), fields),
                    signal(at, text.substring(star + 1).trim(), fields));
        }
        String t = text.trim();
        String[] words = t.split("\\s+");
        if (words.length == 2 && (words[0].equals("internal") || words[0].equals("plasma"))) {
            int f = fields.indexOf(words[1]);
            if (f < 0) {
                throw at.errorAtValue("unknown signal '" + t + "': no field '" + words[1] + "'; fields are: "
                        + String.join(", ", fields));
            }
            return words[0].equals("internal") ? new Signal.Internal(f, words[1]) : new Signal.Plasma(f, words[1]);
        }
        int f = fields.indexOf(t);
        if (f < 0) {
            throw at.errorAtValue("unknown signal '" + t + "'; signals are fields (" + String.join(", ", fields)
                    + "), 'internal FIELD', 'plasma FIELD' or a product 'A*B'");
        }
        return new Signal.Field(f, t);
    }
}
