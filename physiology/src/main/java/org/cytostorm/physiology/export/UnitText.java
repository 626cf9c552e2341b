package org.cytostorm.physiology.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytostorm.engine.model.UnitDefinition;

/**
 * A unit as the parameter table and the model text write it ({@code 1/h}, {@code pg/mL/h},
 * {@code 1e9 cells}, {@code ug/kg/min per mmHg per h}), read as SBML base units with scale,
 * multiplier and exponent.
 *
 * <p>Grammar, loosest binding first: {@code per} divides by everything after it up to the next
 * {@code per}; {@code /} and {@code *} combine left to right; a space multiplies and binds tightest,
 * so {@code 1/1e6 CFU} is one per million CFU and {@code mg/L FEU} is mg per litre FEU. Parentheses
 * group; {@code ^} with a whole number raises. A number is a factor ({@code 1e9 cells}); {@code 1}
 * alone is dimensionless.
 *
 * <p>Words and what they become ({@link #WORDS}): time in hours, minutes, seconds and days;
 * mass from pg to kg (gram with a scale); volume from uL to L (litre); mol and mmol; counts of
 * {@code cells} and {@code CFU} as {@code item}; {@code mmHg} as pascal × 133.322387415;
 * {@code degC} as a kelvin (a degree Celsius has the kelvin's size; SBML Level 3 has no unit with an
 * offset, so a temperature is labelled, not converted); {@code %} as dimensionless × 0.01; and as
 * dimensionless, units that have no SI equivalent: clinical score {@code points}, assay units
 * {@code U} (used both for AST activity and for sCD25 assay units), and the qualifiers {@code FEU}
 * (fibrinogen-equivalent units of D-dimer) and {@code DAMP unit} (the model's normalised DAMP
 * level). Thread-safe; no state.
 *
 * <p>Why not the engine's unit resolver (the {@code unit} statements of the model text)? That one
 * reads SBML's own vocabulary (base units with explicit scale and multiplier); the parameter table
 * writes units the way papers and labels do ({@code pg/mL/h per 1e6 cells/kg}, {@code mmHg},
 * {@code 1e9 cells}), which needs this grammar and vocabulary.
 */
public final class UnitText {

    /** One word of the vocabulary: an SBML base unit with a scale and multiplier, and what it means. */
    record Word(String kind, int scale, double multiplier, String meaning) {
    }

    /** The words a unit text may use, in the order the docs list them. */
    static final Map<String, Word> WORDS = words();

    private static Map<String, Word> words() {
        Map<String, Word> w = new LinkedHashMap<>();
        w.put("s", new Word("second", 0, 1, "second"));
        w.put("min", new Word("second", 0, 60, "minute"));
        w.put("h", new Word("second", 0, 3600, "hour (the model's time unit)"));
        w.put("d", new Word("second", 0, 86400, "day"));
        w.put("pg", new Word("gram", -12, 1, "picogram"));
        w.put("ng", new Word("gram", -9, 1, "nanogram"));
        w.put("ug", new Word("gram", -6, 1, "microgram"));
        w.put("mg", new Word("gram", -3, 1, "milligram"));
        w.put("g", new Word("gram", 0, 1, "gram"));
        w.put("kg", new Word("gram", 3, 1, "kilogram"));
        w.put("uL", new Word("litre", -6, 1, "microlitre"));
        w.put("mL", new Word("litre", -3, 1, "millilitre"));
        w.put("dL", new Word("litre", -1, 1, "decilitre"));
        w.put("L", new Word("litre", 0, 1, "litre"));
        w.put("mmol", new Word("mole", -3, 1, "millimole"));
        w.put("mol", new Word("mole", 0, 1, "mole"));
        w.put("cells", new Word("item", 0, 1, "cells, counted"));
        w.put("CFU", new Word("item", 0, 1, "colony-forming units, counted"));
        w.put("mmHg", new Word("pascal", 0, 133.322387415, "millimetre of mercury (133.322387415 Pa)"));
        w.put("degC", new Word("kelvin", 0, 1, "degree Celsius, as a kelvin: the same size; SBML Level 3 has no"
                + " offset units, so values are labelled, not converted"));
        w.put("%", new Word("dimensionless", -2, 1, "percent"));
        w.put("points", new Word("dimensionless", 0, 1, "points of a clinical score (no SI equivalent)"));
        w.put("U", new Word("dimensionless", 0, 1, "assay units (AST activity, sCD25 units): the table uses U for"
                + " both, so no one SI equivalent (katal for enzyme activity) applies"));
        w.put("FEU", new Word("dimensionless", 0, 1, "fibrinogen-equivalent units: a qualifier of D-dimer, no unit"));
        w.put("DAMP", new Word("dimensionless", 0, 1, "the model's normalised DAMP level (with 'unit')"));
        w.put("unit", new Word("dimensionless", 0, 1, "an arbitrary unit of a normalised quantity"));
        return w;
    }

    private UnitText() {
    }

    /**
     * The SBML parts of a unit text: one part per word, in the order written (a word that appears
     * twice gives two parts; SBML multiplies them, so nothing is lost), the powers of ten and other
     * factors folded into the first part's scale and multiplier; a text of numbers only ({@code 1},
     * {@code %}) is one {@code dimensionless} part.
     *
     * @throws IllegalArgumentException naming the text and what is wrong: an unknown word, a
     *                                  missing operand, an unbalanced parenthesis
     */
    public static List<UnitDefinition.Part> parse(String text) {
        Parser p = new Parser(text);
        Product u = p.text();
        p.expectEnd();
        return u.parts();
    }

    /**
     * An SBML identifier for a unit text: {@code 1/h} → {@code per_h}, {@code pg/mL/h} →
     * {@code pg_per_mL_per_h}, {@code 1e9 cells} → {@code u1e9_cells}, {@code %} →
     * {@code percent}. Distinct texts of the table give distinct identifiers; callers still check.
     */
    public static String id(String text) {
        String t = text.strip();
        if (t.startsWith("1/")) {
            t = "per " + t.substring(2);
        }
        StringBuilder sb = new StringBuilder();
        for (String token : t.replace("/", " per ").replace("*", " ").replace("%", " percent ")
                .replace("^", " pow ").replace("(", " ").replace(")", " ").replace("-", "minus").replace('.', '_')
                .replace('+', '_').strip().split("\\s+")) {
            if (!sb.isEmpty()) {
                sb.append('_');
            }
            sb.append(token);
        }
        String id = sb.toString().replaceAll("[^A-Za-z0-9_]", "_");
        if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
            id = "u" + id;
        }
        return id;
    }

    // ---- the value: base-unit parts and a factor --------------------------------------------------

    /**
     * Parts as written (one per word, so {@code ug/kg/min} keeps its microgram, kilogram and minute)
     * times a factor from the numbers, a power of ten and a multiplier.
     */
    private record Product(List<UnitDefinition.Part> factors, int tens, double multiplier) {

        static Product number(double v) {
            // whole powers of ten go to a scale: 1e9 cells -> item with scale 9
            long e = Math.round(Math.log10(v));
            if (Double.parseDouble("1e" + e) == v) {
                return new Product(List.of(), (int) e, 1);
            }
            return new Product(List.of(), 0, v);
        }

        static Product of(Word w) {
            if (w.kind().equals("dimensionless") && w.scale() == 0 && w.multiplier() == 1) {
                return new Product(List.of(), 0, 1); // points, U, FEU: nothing to multiply
            }
            return new Product(List.of(new UnitDefinition.Part(w.kind(), 1, w.scale(), w.multiplier())), 0, 1);
        }

        Product times(Product o) {
            List<UnitDefinition.Part> all = new ArrayList<>(factors);
            all.addAll(o.factors);
            return new Product(all, tens + o.tens, multiplier * o.multiplier);
        }

        /** A number written just before a unit is that unit's factor: {@code 1e6 cells} is one part, item with scale 6. */
        Product juxtapose(Product o) {
            if (o.factors.size() == 1 && o.factors.get(0).exponent() == 1 && o.tens == 0 && o.multiplier == 1) {
                UnitDefinition.Part p = o.factors.get(0);
                List<UnitDefinition.Part> all = new ArrayList<>(factors);
                all.add(new UnitDefinition.Part(p.kind(), 1, p.scale() + tens, p.multiplier() * multiplier));
                return new Product(all, 0, 1);
            }
            return times(o);
        }

        Product power(int n) {
            List<UnitDefinition.Part> all = new ArrayList<>();
            for (UnitDefinition.Part p : factors) {
                all.add(new UnitDefinition.Part(p.kind(), p.exponent() * n, p.scale(), p.multiplier()));
            }
            return new Product(all, tens * n, n == -1 ? 1 / multiplier : Math.pow(multiplier, n));
        }

        Product inverse() {
            return power(-1);
        }

        /**
         * The SBML parts. The numbers' factor goes to the first part, {@code (m 10^s kind)^e}: its
         * power of ten to the scale when the exponent divides it, the rest to the multiplier; with
         * no part, one {@code dimensionless} part carries it.
         */
        List<UnitDefinition.Part> parts() {
            if (factors.isEmpty()) {
                return List.of(new UnitDefinition.Part("dimensionless", 1, tens, multiplier));
            }
            List<UnitDefinition.Part> out = new ArrayList<>(factors);
            if (tens == 0 && multiplier == 1) {
                return List.copyOf(out);
            }
            UnitDefinition.Part first = out.get(0);
            double e = first.exponent();
            int scale = first.scale();
            double m = first.multiplier();
            if (e == Math.rint(e) && tens % (int) e == 0) {
                scale += tens / (int) e;
                m *= e == 1 ? multiplier : e == -1 ? 1 / multiplier : Math.pow(multiplier, 1 / e);
            } else {
                m *= Math.pow(multiplier * Math.pow(10, tens), 1 / e);
            }
            out.set(0, new UnitDefinition.Part(first.kind(), e, scale, m));
            return List.copyOf(out);
        }
    }

    // ---- the parser --------------------------------------------------------------------------------

    private static final class Parser {
        private final String text;
        private final List<String> tokens = new ArrayList<>();
        private int at;

        Parser(String text) {
            this.text = text;
            tokenize();
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("cannot read the unit '" + text + "': " + what);
        }

        private void tokenize() {
            String s = text.strip();
            if (s.isEmpty()) {
                throw error("it is empty (write 1 for a dimensionless quantity)");
            }
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    // a space between two operands multiplies; elsewhere it is only a separator
                    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                        i++;
                    }
                    tokens.add(" ");
                    continue;
                }
                if ("/*()^".indexOf(c) >= 0) {
                    tokens.add(String.valueOf(c));
                    i++;
                    continue;
                }
                int start = i;
                if (Character.isDigit(c) || c == '.' || c == '-') {
                    i++;
                    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.'
                            || (s.charAt(i) == 'e' || s.charAt(i) == 'E') && i + 1 < s.length()
                            && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+')
                            || (s.charAt(i) == '-' || s.charAt(i) == '+') && (s.charAt(i - 1) == 'e'
                            || s.charAt(i - 1) == 'E'))) {
                        i++;
                    }
                } else if (Character.isLetter(c) || c == '%') {
                    i++;
                    while (c != '%' && i < s.length() && Character.isLetter(s.charAt(i))) {
                        i++;
                    }
                } else {
                    throw error("unexpected character '" + c + "'");
                }
                tokens.add(s.substring(start, i));
            }
            // spaces next to an operator or a parenthesis separate nothing
            List<String> cleaned = new ArrayList<>();
            for (int k = 0; k < tokens.size(); k++) {
                String t = tokens.get(k);
                if (t.equals(" ")) {
                    String before = cleaned.isEmpty() ? null : cleaned.get(cleaned.size() - 1);
                    String after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
                    if (before == null || after == null || isOperator(before) || before.equals("(")
                            || isOperator(after) || after.equals(")") || after.equals("per") || before.equals("per")) {
                        continue;
                    }
                }
                cleaned.add(t);
            }
            tokens.clear();
            tokens.addAll(cleaned);
        }

        private static boolean isOperator(String t) {
            return t.equals("/") || t.equals("*") || t.equals("^");
        }

        private String peek() {
            return at < tokens.size() ? tokens.get(at) : null;
        }

        /** text := group { "per" group } */
        Product text() {
            Product u = group();
            while ("per".equals(peek())) {
                at++;
                u = u.times(group().inverse());
            }
            return u;
        }

        /** group := term { ("/" | "*") term } */
        private Product group() {
            Product u = term();
            while ("/".equals(peek()) || "*".equals(peek())) {
                boolean divide = tokens.get(at++).equals("/");
                Product t = term();
                u = u.times(divide ? t.inverse() : t);
            }
            return u;
        }

        /** term := power { " " power } */
        private Product term() {
            Product u = power();
            while (" ".equals(peek())) {
                at++;
                u = u.juxtapose(power());
            }
            return u;
        }

        /** power := atom [ "^" integer ] */
        private Product power() {
            Product u = atom();
            if ("^".equals(peek())) {
                at++;
                String n = peek();
                if (n == null || !n.matches("-?[0-9]+")) {
                    throw error("'^' needs a whole number after it");
                }
                at++;
                u = u.power(Integer.parseInt(n));
            }
            return u;
        }

        private Product atom() {
            String t = peek();
            if (t == null) {
                throw error("it ends where a unit or number should follow");
            }
            at++;
            if (t.equals("(")) {
                Product u = text();
                if (!")".equals(peek())) {
                    throw error("a '(' is not closed");
                }
                at++;
                return u;
            }
            if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.' || t.charAt(0) == '-') {
                double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw error("'" + t + "' is not a number");
                }
                if (!(v > 0) || Double.isInfinite(v)) {
                    throw error("the factor " + t + " is not a positive number");
                }
                return Product.number(v);
            }
            Word w = WORDS.get(t);
            if (w == null) {
                throw error("unknown unit '" + t + "'" + suggestion(t) + "; known: "
                        + String.join(", ", WORDS.keySet()) + ", a number, and 'per'");
            }
            return Product.of(w);
        }

        private static String suggestion(String t) {
            for (String k : WORDS.keySet()) {
                if (k.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                    return " (did you mean '" + k + "'?)";
                }
            }
            return "";
        }

        void expectEnd() {
            if (at < tokens.size()) {
                throw error("unexpected '" + tokens.get(at) + "'");
            }
        }
    }
}
