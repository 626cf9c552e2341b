package org.cytostorm.engine.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Fn;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.AlgebraicRule;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.Element;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.FunctionDefinition;
import org.cytostorm.engine.model.InitialAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.ModelException.Problem;
import org.cytostorm.engine.model.ModelUnits;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Reference;
import org.cytostorm.engine.model.Rule;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;
import org.cytostorm.engine.model.UnitDefinition;

/**
 * Writes a {@link Model} as model text: standard Antimony that tellurium reads, laid out like
 * libAntimony's output, with cytostorm-only annotations (evidence, sources, notes, properties) on
 * {@code //@} comment lines. {@link AntimonyParser} reads the text back to an equal model when the
 * model came from the parser; numbers round-trip exactly.
 *
 * <p>Elements are introduced in the order of the model's lists (compartments and species by their
 * declarations, parameters by {@code const}/{@code var} lines), so the order survives a round
 * trip. SBML constructs Antimony has no syntax for (local parameters, conversion factors, named or
 * variable stoichiometries, negative stoichiometries, events without assignments) are written in an
 * equivalent form that simulates the same ({@link TextEquivalents}); what cannot be expressed at all
 * is refused with a {@link ModelException} of kind {@link Problem#UNSUPPORTED} (algebraic rules,
 * names Antimony reserves, ...). See docs/model-format.md, "Writing models".
 */
public final class AntimonyWriter {

    private static final Pattern SBO = Pattern.compile("SBO:[0-9]{7}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final Set<String> RESERVED_KEYS =
            Set.of("name", "evidence", AnnotationCollector.SOURCE, "notes", "sbo", "unit");

    private final Model model;
    private final StringBuilder out = new StringBuilder();
    private final String indent;
    private final Set<String> changedByRulesOrEvents = new HashSet<>();
    private final Set<String> withInitialAssignment = new HashSet<>();

    private AntimonyWriter(Model model) {
        this.model = model;
        this.indent = isMain(model) ? "" : "  ";
        for (Rule r : model.rules()) {
            if (r.variable() != null) {
                changedByRulesOrEvents.add(r.variable());
            }
        }
        for (Event e : model.events()) {
            e.assignments().forEach(a -> changedByRulesOrEvents.add(a.variable()));
        }
        model.initialAssignments().forEach(a -> withInitialAssignment.add(a.symbol()));
    }

    /**
     * The model as text.
     *
     * @throws ModelException of kind {@link Problem#UNSUPPORTED} when the model uses something the
     *                        text format cannot express even in an equivalent form, naming the element
     */
    public static String write(Model model) {
        Model equivalent = TextEquivalents.rewrite(model);
        new WritabilityCheck(equivalent).run();
        return new AntimonyWriter(equivalent).run();
    }

    private static boolean isMain(Model m) {
        return m.id().equals(Names.MAIN_MODEL);
    }

    private String run() {
        out.append("// cytostorm model text: Antimony syntax with cytostorm annotations on //@ lines"
                + " (see docs/model-format.md)\n");
        for (FunctionDefinition f : model.functions()) {
            out.append('\n').append("function ").append(f.id()).append('(').append(String.join(", ", f.arguments()))
                    .append(")\n  ").append(ExprPrinter.print(f.body())).append(";\nend\n");
            List<String> notes = annotationLines(f.id(), f.annotation(), null, "");
            notes.forEach(out::append);
        }
        out.append('\n');
        if (!isMain(model)) {
            out.append("model *").append(model.id()).append("()\n");
        }
        declarations();
        rules();
        reactions();
        events();
        initialValues();
        units();
        elementAnnotations();
        if (!isMain(model)) {
            out.append("end\n");
        }
        List<String> modelLines = annotationLines(model.id(), model.annotation(), null, "");
        if (!modelLines.isEmpty()) {
            out.append('\n');
            modelLines.forEach(out::append);
        }
        return out.toString();
    }

    private void section(String title) {
        if (out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
        out.append(indent).append("// ").append(title).append('\n');
    }

    private void line(String statement) {
        out.append(indent).append(statement).append(";\n");
    }

    /** Consecutive items with the same prefix share one statement, so the order of items is kept. */
    private <T> void runs(List<T> items, Function<T, String> prefix, Function<T, String> item) {
        String current = null;
        StringJoiner joined = null;
        for (T t : items) {
            String p = prefix.apply(t);
            if (!p.equals(current)) {
                if (joined != null) {
                    line(current + " " + joined);
                }
                current = p;
                joined = new StringJoiner(", ");
            }
            joined.add(item.apply(t));
        }
        if (joined != null) {
            line(current + " " + joined);
        }
    }

    // ---- sections -------------------------------------------------------------------------------

    private void declarations() {
        if (!model.compartments().isEmpty() || !model.species().isEmpty()) {
            section("Compartments and species:");
            runs(model.compartments(), c -> {
                boolean byDefault = !changedByRulesOrEvents.contains(c.id());
                return c.constant() == byDefault ? "compartment" : (c.constant() ? "const" : "var") + " compartment";
            }, Compartment::id);
            runs(model.species(), s -> s.hasOnlySubstanceUnits() ? "substanceOnly species" : "species",
                    s -> (s.boundaryCondition() || s.constant() ? "$" : "") + s.id() + " in " + s.compartment());
        }
        if (!model.parameters().isEmpty()) {
            section("Parameters (const: fixed; var: changed by rules or events):");
            runs(model.parameters(), p -> p.constant() ? "const" : "var", Parameter::id);
        }
    }

    private void rules() {
        if (model.rules().isEmpty()) {
            return;
        }
        section("Assignment and rate rules:");
        for (Rule r : model.rules()) {
            String op = r instanceof AssignmentRule ? " := " : "' = ";
            line(r.variable() + op + ExprPrinter.print(r.math()));
        }
    }

    private void reactions() {
        if (model.reactions().isEmpty()) {
            return;
        }
        section("Reactions:");
        for (Reaction r : model.reactions()) {
            String rate = r.rate() == null ? "" : " " + ExprPrinter.print(r.rate());
            line(r.id() + ": " + side(r.reactants()) + (r.reversible() ? " -> " : " => ") + side(r.products()) + ";"
                    + rate);
        }
    }

    private static String side(List<SpeciesReference> refs) {
        StringJoiner j = new StringJoiner(" + ");
        for (SpeciesReference ref : refs) {
            j.add(ref.stoichiometry() == 1 ? ref.species() : ExprPrinter.number(ref.stoichiometry()) + " "
                    + ref.species());
        }
        return j.toString();
    }

    private void events() {
        if (model.events().isEmpty()) {
            return;
        }
        section("Events:");
        for (Event e : model.events()) {
            StringBuilder sb = new StringBuilder(e.id()).append(": at ");
            if (e.delay() != null) {
                sb.append(ExprPrinter.print(e.delay())).append(" after ");
            }
            sb.append(ExprPrinter.print(e.trigger()));
            if (e.priority() != null) {
                sb.append(", priority = ").append(ExprPrinter.print(e.priority()));
            }
            if (!e.initialValue()) {
                sb.append(", t0 = false");
            }
            if (!e.persistent()) {
                sb.append(", persistent = false");
            }
            if (!e.useValuesFromTriggerTime()) {
                sb.append(", fromTrigger = false");
            }
            StringJoiner assignments = new StringJoiner(", ");
            for (EventAssignment a : e.assignments()) {
                assignments.add(a.variable() + " = " + ExprPrinter.print(a.math()));
            }
            line(sb.append(": ").append(assignments).toString());
        }
    }

    private void initialValues() {
        List<String> lines = new ArrayList<>();
        for (Species s : model.species()) {
            if (withInitialAssignment.contains(s.id())) {
                continue;
            }
            double own = s.hasOnlySubstanceUnits() ? s.initialAmount() : s.initialConcentration();
            double other = s.hasOnlySubstanceUnits() ? s.initialConcentration() : s.initialAmount();
            if (!Double.isNaN(own)) {
                lines.add(s.id() + " = " + ExprPrinter.number(own));
            } else if (!Double.isNaN(other) && !(model.ruleFor(s.id()).orElse(null) instanceof AssignmentRule)) {
                // (an assignment rule defines the species at all times: its initial value is moot, and
                // the initial assignment written here would clash with the rule)
                // an amount given for a concentration species (or the reverse): the equivalent initial assignment
                Expr c = new Sym(s.compartment());
                Expr value = s.hasOnlySubstanceUnits() ? Exprs.call(Fn.MUL, new Num(other), c)
                        : Exprs.call(Fn.DIV, new Num(other), c);
                lines.add(s.id() + " = " + ExprPrinter.print(value));
            }
        }
        for (Compartment c : model.compartments()) {
            if (!Double.isNaN(c.size()) && !withInitialAssignment.contains(c.id())) {
                lines.add(c.id() + " = " + ExprPrinter.number(c.size()));
            }
        }
        for (Parameter p : model.parameters()) {
            if (!Double.isNaN(p.value()) && !withInitialAssignment.contains(p.id())) {
                lines.add(p.id() + " = " + ExprPrinter.number(p.value()));
            }
        }
        for (InitialAssignment a : model.initialAssignments()) {
            String math = ExprPrinter.print(a.math());
            // a bare number would be read as a value, not an initial assignment
            lines.add(a.symbol() + " = " + (a.math() instanceof Num ? "(" + math + ")" : math));
        }
        if (!lines.isEmpty()) {
            section("Initial values and initial assignments:");
            lines.forEach(this::line);
        }
    }

    private void units() {
        List<String> lines = new ArrayList<>();
        for (UnitDefinition u : model.unitDefinitions()) {
            lines.add(u.parts().isEmpty() ? "unit " + u.id() : "unit " + u.id() + " = " + unitText(u.parts()));
        }
        lines.addAll(modelUnitLines());
        for (Element e : unitBearers()) {
            String units = unitsOf(e);
            if (units != null && Names.isUsableName(units)) {
                lines.add(e.id() + " has " + units);
            }
        }
        if (!lines.isEmpty()) {
            section("Units:");
            lines.forEach(this::line);
        }
    }

    private List<Element> unitBearers() {
        List<Element> out = new ArrayList<>(model.compartments());
        out.addAll(model.species());
        out.addAll(model.parameters());
        return out;
    }

    private static String unitsOf(Element e) {
        if (e instanceof Compartment c) {
            return c.units();
        }
        if (e instanceof Species s) {
            return s.units();
        }
        return e instanceof Parameter p ? p.units() : null;
    }

    /** {@code (m * 10^scale * kind)^exponent} per part, in order: {@code 3600 second}, {@code mole / litre}. */
    static String unitText(List<UnitDefinition.Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            UnitDefinition.Part p = parts.get(i);
            boolean inverse = p.exponent() < 0;
            if (i == 0) {
                sb.append(inverse ? "1 / " : "");
            } else {
                sb.append(inverse ? " / " : " * ");
            }
            double multiplier = p.scale() == 0 ? p.multiplier() : p.multiplier() * Math.pow(10, p.scale());
            if (multiplier != 1) {
                sb.append(ExprPrinter.number(multiplier)).append(' ');
            }
            sb.append(p.kind());
            double e = Math.abs(p.exponent());
            if (e != 1) {
                sb.append('^').append(ExprPrinter.number(e));
            }
        }
        return sb.toString();
    }

    /** Model-wide units other than Antimony's own names (substance, volume, ..., time_unit) become such a unit. */
    private List<String> modelUnitLines() {
        ModelUnits u = model.units();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("substance", u.substance());
        fields.put("volume", u.volume());
        fields.put("area", u.area());
        fields.put("length", u.length());
        fields.put("time_unit", u.time());
        fields.put("extent", u.extent());
        List<String> lines = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (value == null || value.equals(name)) {
                return;
            }
            UnitDefinition def = model.unitDefinitions().stream().filter(d -> d.id().equals(value)).findFirst()
                    .orElse(null);
            lines.add("unit " + name + " = " + (def != null ? unitText(def.parts()) : value));
        });
        return lines;
    }

    private void elementAnnotations() {
        List<String> lines = new ArrayList<>();
        for (Compartment c : model.compartments()) {
            lines.addAll(annotationLines(c.id(), c.annotation(), unitsOf(c), indent));
        }
        for (Species s : model.species()) {
            lines.addAll(annotationLines(s.id(), s.annotation(), s.units(), indent));
        }
        for (Parameter p : model.parameters()) {
            lines.addAll(annotationLines(p.id(), p.annotation(), p.units(), indent));
        }
        for (Reaction r : model.reactions()) {
            lines.addAll(annotationLines(r.id(), r.annotation(), null, indent));
        }
        for (Event e : model.events()) {
            lines.addAll(annotationLines(e.id(), e.annotation(), null, indent));
        }
        for (UnitDefinition u : model.unitDefinitions()) {
            lines.addAll(annotationLines(u.id(), u.annotation(), null, indent));
        }
        if (!lines.isEmpty()) {
            section("Display names, references (CV terms) and cytostorm annotations (//@):");
            lines.forEach(out::append);
        }
    }

    // ---- annotations ----------------------------------------------------------------------------

    /** True when Antimony can hold the text in double quotes (no quote, no line break). */
    private static boolean quotable(String s) {
        return s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }

    private static boolean looksLikeUri(String s) {
        return s.contains("://") || s.startsWith("urn:");
    }

    /** A description reference written as {@code //@ X source="..."} (a PMID, DOI or free citation). */
    static boolean isSource(Reference r) {
        String v = r.uri();
        return r.qualifier().equals("description") && !v.isEmpty() && v.equals(v.trim()) && v.indexOf(',') < 0
                && (!looksLikeUri(v) || !quotable(v));
    }

    /**
     * The annotation lines of one element: display name, references (CV terms, or {@code //@ source}
     * for citations), SBO term, then one {@code //@} line for what Antimony cannot hold.
     */
    private static List<String> annotationLines(String id, Annotation a, String units, String indent) {
        List<String> lines = new ArrayList<>();
        Map<String, String> extra = new LinkedHashMap<>();
        if (a.displayName() != null) {
            if (quotable(a.displayName())) {
                lines.add(indent + id + " is \"" + a.displayName() + "\";\n");
            } else {
                extra.put("name", a.displayName());
            }
        }
        List<Reference> refs = a.references();
        for (int i = 0; i < refs.size(); ) {
            Reference r = refs.get(i);
            int j = i;
            if (isSource(r)) {
                StringBuilder sb = new StringBuilder(indent).append("//@ ").append(id);
                while (j < refs.size() && isSource(refs.get(j))) {
                    sb.append(' ').append(AnnotationCollector.SOURCE).append('=').append(quote(refs.get(j).uri()));
                    j++;
                }
                lines.add(sb.append('\n').toString());
            } else {
                String head = indent + id + " " + r.qualifier() + " ";
                StringBuilder sb = new StringBuilder(head);
                while (j < refs.size() && !isSource(refs.get(j)) && refs.get(j).qualifier().equals(r.qualifier())) {
                    if (j > i) {
                        sb.append(",\n").append(" ".repeat(head.length()));
                    }
                    sb.append('"').append(refs.get(j).uri()).append('"');
                    j++;
                }
                lines.add(sb.append('\n').toString());
            }
            i = j;
        }
        if (a.sboTerm() != null) {
            if (SBO.matcher(a.sboTerm()).matches()) {
                lines.add(indent + id + ".sboTerm = " + Integer.parseInt(a.sboTerm().substring(4)) + ";\n");
            } else {
                extra.put("sbo", a.sboTerm());
            }
        }
        if (a.evidence() != null) {
            extra.put("evidence", a.evidence());
        }
        if (a.notes() != null) {
            extra.put("notes", a.notes());
        }
        if (units != null && !Names.isUsableName(units)) {
            extra.put("unit", units);
        }
        // Annotation.properties() is an immutable map whose iteration order is not fixed: sort
        extra.putAll(new java.util.TreeMap<>(a.properties()));
        if (!extra.isEmpty()) {
            StringBuilder sb = new StringBuilder(indent).append("//@ ").append(id);
            extra.forEach((k, v) -> sb.append(' ').append(k).append('=').append(quote(v)));
            lines.add(sb.append('\n').toString());
        }
        return lines;
    }

    private static String quote(String v) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default: sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    // ---- what can be written --------------------------------------------------------------------

    /** Refuses models the text format cannot express, naming the element. */
    private static final class WritabilityCheck {
        private final Model m;

        WritabilityCheck(Model m) {
            this.m = m;
        }

        private static ModelException unsupported(String id, String what) {
            return new ModelException(Problem.UNSUPPORTED, id, "cannot write " + what + " as model text");
        }

        private static void name(String id, String what) {
            if (!Names.isUsableName(id)) {
                throw unsupported(id, what + " '" + id + "': not a valid Antimony identifier or a reserved word");
            }
        }

        void run() {
            if (!isMain(m)) {
                name(m.id(), "the model id");
            }
            if (m.conversionFactor() != null) {
                throw unsupported(m.id(), "a model-wide conversion factor");
            }
            for (FunctionDefinition f : m.functions()) {
                name(f.id(), "the function");
                f.arguments().forEach(a -> name(a, "the argument of function " + f.id() + ""));
                expr(f.body(), f.id());
                annotation(f.id(), f.annotation());
            }
            for (UnitDefinition u : m.unitDefinitions()) {
                name(u.id(), "the unit");
                for (UnitDefinition.Part p : u.parts()) {
                    if (!Names.isBaseUnit(p.kind()) || !Double.isFinite(p.multiplier())
                            || !Double.isFinite(p.exponent()) || p.multiplier() <= 0) {
                        throw unsupported(u.id(), "unit " + u.id() + " (its part " + p.kind() + " is not an SBML base"
                                + " unit with a finite positive multiplier)");
                    }
                }
                annotation(u.id(), u.annotation());
            }
            m.compartments().forEach(c -> element(c));
            for (Species s : m.species()) {
                element(s);
                if (s.conversionFactor() != null) {
                    throw unsupported(s.id(), "the conversion factor of species " + s.id());
                }
                name(s.compartment(), "the compartment of species " + s.id());
            }
            m.parameters().forEach(p -> element(p));
            for (Reaction r : m.reactions()) {
                element(r);
                if (!r.localParameters().isEmpty()) {
                    throw unsupported(r.id(), "the local parameters of reaction " + r.id()
                            + " (make them global parameters first)");
                }
                for (SpeciesReference ref : concat(r.reactants(), r.products())) {
                    if (ref.id() != null || !ref.constant()) {
                        throw unsupported(r.id(), "a named or variable stoichiometry in reaction " + r.id());
                    }
                    if (!Double.isFinite(ref.stoichiometry()) || ref.stoichiometry() < 0) {
                        throw unsupported(r.id(), "the stoichiometry " + ref.stoichiometry() + " in reaction "
                                + r.id());
                    }
                }
                if (r.rate() != null) {
                    expr(r.rate(), r.id());
                }
            }
            for (Rule r : m.rules()) {
                if (r instanceof AlgebraicRule) {
                    throw unsupported(null, "an algebraic rule (0 = " + ExprPrinter.print(r.math()) + ")");
                }
                expr(r.math(), r.variable());
            }
            m.initialAssignments().forEach(a -> expr(a.math(), a.symbol()));
            for (Event e : m.events()) {
                element(e);
                if (e.assignments().isEmpty()) {
                    throw unsupported(e.id(), "event " + e.id() + ", which has no assignments");
                }
                expr(e.trigger(), e.id());
                if (e.delay() != null) {
                    expr(e.delay(), e.id());
                }
                if (e.priority() != null) {
                    expr(e.priority(), e.id());
                }
                e.assignments().forEach(a -> expr(a.math(), e.id()));
            }
            annotation(m.id(), m.annotation());
        }

        private void element(Element e) {
            name(e.id(), "the element");
            annotation(e.id(), e.annotation());
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        private static void annotation(String id, Annotation a) {
            for (Reference r : a.references()) {
                if (!isSource(r) && (!quotable(r.uri()) || !Qualifiers.isCanonical(r.qualifier()))) {
                    throw unsupported(id, "the reference (" + r.qualifier() + ", " + r.uri() + ") of " + id);
                }
            }
            for (String key : a.properties().keySet()) {
                if (!KEY.matcher(key).matches() || RESERVED_KEYS.contains(key)) {
                    throw unsupported(id, "the annotation property '" + key + "' of " + id);
                }
            }
        }

        /** Every name in an expression must print as itself and parse back to the same node. */
        private static void expr(Expr e, String where) {
            if (e instanceof Sym s) {
                String n = s.name();
                if (!Names.PREDEFINED_SYMBOLS.contains(n) && (!Names.isIdentifier(n) || Names.isKeyword(n)
                        || Names.CONSTANTS.containsKey(n))) {
                    throw unsupported(where, "the symbol '" + n + "' (in " + where + ")");
                }
            } else if (e instanceof Apply a) {
                name(a.function(), "the call of function");
            } else if (!(e instanceof Num) && !(e instanceof Call)) {
                throw unsupported(where, "a resolved expression (" + ExprPrinter.print(e) + " in " + where + ")");
            }
            for (Expr child : Exprs.children(e)) {
                expr(child, where);
            }
        }
    }
}
