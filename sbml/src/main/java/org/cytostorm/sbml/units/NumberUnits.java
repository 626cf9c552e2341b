package org.cytostorm.sbml.units;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sbml.jsbml.ASTNode.Type;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.AssignmentRule;
import org.sbml.jsbml.Compartment;
import org.sbml.jsbml.Event;
import org.sbml.jsbml.EventAssignment;
import org.sbml.jsbml.FunctionDefinition;
import org.sbml.jsbml.InitialAssignment;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.Parameter;
import org.sbml.jsbml.RateRule;
import org.sbml.jsbml.Rule;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.Species;
import org.sbml.jsbml.Unit;
import org.sbml.jsbml.UnitDefinition;

/**
 * Gives the numbers in a Level 3 document's math the units their place in an equation implies
 * ({@code sbml:units} on {@code <cn>}), so that a unit checker can follow every expression: SBML
 * Level 3 gives a bare number no unit, and libSBML reports each expression with one as not fully
 * checkable.
 *
 * <p>The rules, applied from each equation's left-hand side down (its variable's units; a rate
 * rule's per model time; a trigger none; a delay time):
 * <ul>
 *   <li>a number added to, subtracted from, compared with, or an alternative of ({@code min},
 *       {@code max}, a {@code piecewise} value) an expression with units takes those units
 *       ({@code MAP < 65}: 65 is in MAP's units; {@code 1 - Ab}: 1 is in Ab's);</li>
 *   <li>a number that multiplies or divides is dimensionless ({@code 0.6931472/thalf}), unless it
 *       is the only factor without units in a term whose units the equation fixes: then it carries
 *       the rest ({@code above(70, MAP)/5} in a dimensionless score: 5 is in mmHg);</li>
 *   <li>exponents and the arguments of exp, ln, log and trigonometric functions are dimensionless;</li>
 *   <li>a user function is followed into its body with each call's arguments, so a number passed
 *       as an argument gets the units the body gives it, and a number in a function's body gets
 *       units when every call agrees on them. A number in a body that calls disagree on (the 0 of
 *       {@code max(x, 0)} in a function called with several units) can have no one unit in SBML:
 *       it keeps none, and is reported in {@link Summary#left()}.</li>
 * </ul>
 * Kinetic laws are not visited (their units are the model's extent per time; the patient model has
 * no reactions), so their numbers keep none.
 *
 * <p>No value changes; only the {@code units} attribute of numbers is set, and unit definitions for
 * units no existing definition has are added ({@code mmHg_pow2}). A number that already has units
 * keeps them. Not thread-safe (it changes the document); a document at a time.
 */
public final class NumberUnits {

    /**
     * What was annotated.
     *
     * @param numbers          numbers in equations the rules reached
     * @param withUnits        numbers given units other than dimensionless
     * @param dimensionless    numbers marked dimensionless
     * @param definitionsAdded unit definitions added for units no definition had
     * @param left             numbers left without units (in a function body that calls give
     *                         different units), each described
     */
    public record Summary(int numbers, int withUnits, int dimensionless, int definitionsAdded, List<String> left) {
        public Summary {
            left = List.copyOf(left);
        }
    }

    /** A function argument bound to the expression a call passes, read in the caller's context. */
    private record Binding(ASTNode argument, Env env) {
    }

    /** The bound arguments of the function bodies being followed, innermost first. */
    private record Env(Map<String, Binding> bound, int depth) {
        static final Env TOP = new Env(Map.of(), 0);
    }

    /** Calls nested deeper than this are not followed (SBML forbids recursion; a guard only). */
    private static final int MAX_DEPTH = 50;

    private final Model model;
    private final Map<String, UnitValue> definitions = new LinkedHashMap<>();
    private final Map<ASTNode, List<UnitValue>> found = new IdentityHashMap<>();
    /** The numbers in the order first found: settling them in this order makes the output the same every run. */
    private final List<ASTNode> foundOrder = new ArrayList<>();
    private final Map<ASTNode, String> where = new IdentityHashMap<>();
    private final Map<ASTNode, String> inFunction = new IdentityHashMap<>();
    private UnitValue time;
    private String context;
    private int added;

    private NumberUnits(Model model) {
        this.model = model;
    }

    /**
     * Annotates the numbers of a document's model.
     *
     * @throws IllegalArgumentException for a document without a model or below Level 3
     */
    public static Summary annotate(SBMLDocument doc) {
        if (!doc.isSetModel() || doc.getLevel() < 3) {
            throw new IllegalArgumentException("numbers carry units only in an SBML Level 3 model");
        }
        return new NumberUnits(doc.getModel()).run();
    }

    private Summary run() {
        for (UnitDefinition ud : model.getListOfUnitDefinitions()) {
            definitions.put(ud.getId(), UnitValue.of(ud));
        }
        time = reference(model.isSetTimeUnits() ? model.getTimeUnits() : null);
        for (FunctionDefinition f : model.getListOfFunctionDefinitions()) {
            if (f.isSetMath()) {
                markFunctionNumbers(f.getMath(), f.getId());
            }
        }
        for (Rule r : model.getListOfRules()) {
            if (!r.isSetMath()) {
                continue;
            }
            if (r instanceof AssignmentRule ar) {
                equation("the assignment rule for " + ar.getVariable(), ar.getMath(), variable(ar.getVariable()));
            } else if (r instanceof RateRule rr) {
                UnitValue v = variable(rr.getVariable());
                equation("the rate rule for " + rr.getVariable(), rr.getMath(), v == null || time == null ? null
                        : v.divide(time));
            } else {
                equation("an algebraic rule", r.getMath(), null);
            }
        }
        for (InitialAssignment ia : model.getListOfInitialAssignments()) {
            if (ia.isSetMath()) {
                equation("the initial assignment of " + ia.getVariable(), ia.getMath(), variable(ia.getVariable()));
            }
        }
        for (Event e : model.getListOfEvents()) {
            String what = "event " + e.getId();
            if (e.isSetTrigger() && e.getTrigger().isSetMath()) {
                equation("the trigger of " + what, e.getTrigger().getMath(), null);
            }
            if (e.isSetDelay() && e.getDelay().isSetMath()) {
                equation("the delay of " + what, e.getDelay().getMath(), time);
            }
            if (e.isSetPriority() && e.getPriority().isSetMath()) {
                equation("the priority of " + what, e.getPriority().getMath(), UnitValue.DIMENSIONLESS);
            }
            for (EventAssignment a : e.getListOfEventAssignments()) {
                if (a.isSetMath()) {
                    equation("an assignment of " + what, a.getMath(), variable(a.getVariable()));
                }
            }
        }
        return settle();
    }

    private void markFunctionNumbers(ASTNode node, String function) {
        if (node.isNumber()) {
            inFunction.put(node, function);
        }
        for (ASTNode c : node.getChildren()) {
            markFunctionNumbers(c, function);
        }
    }

    private void equation(String what, ASTNode math, UnitValue required) {
        context = what;
        assign(math, required, Env.TOP);
    }

    /** Sets the units each number was found to have, and sums up. */
    private Summary settle() {
        int numbers = 0;
        int withUnits = 0;
        int dimensionless = 0;
        List<String> left = new ArrayList<>();
        for (ASTNode n : foundOrder) {
            numbers++;
            List<UnitValue> distinct = new ArrayList<>();
            for (UnitValue u : found.get(n)) {
                if (distinct.stream().noneMatch(u::sameAs)) {
                    distinct.add(u);
                }
            }
            if (distinct.size() != 1) {
                left.add(number(n) + " in " + where.get(n) + ": its calls give it " + distinct.size()
                        + " different units");
                continue;
            }
            UnitValue u = distinct.get(0);
            n.setUnits(idFor(u));
            if (u.isOne()) {
                dimensionless++;
            } else {
                withUnits++;
            }
        }
        return new Summary(numbers, withUnits, dimensionless, added, left);
    }

    // ---- units of names ---------------------------------------------------------------------------

    /** The units of a units attribute: a base unit or a unit definition; null when unset or unknown. */
    private UnitValue reference(String units) {
        if (units == null || units.isEmpty()) {
            return null;
        }
        if (definitions.containsKey(units)) {
            return definitions.get(units).named(units);
        }
        if (Unit.Kind.isValidUnitKindString(units, model.getLevel(), model.getVersion())) {
            return UnitValue.base(units.toLowerCase(Locale.ROOT)).named(units);
        }
        return null;
    }

    /** The declared units of a parameter, compartment or species (an amount, or amount per size). */
    private UnitValue variable(String id) {
        Parameter p = model.getParameter(id);
        if (p != null) {
            return reference(p.isSetUnits() ? p.getUnits() : null);
        }
        Compartment c = model.getCompartment(id);
        if (c != null) {
            return reference(c.isSetUnits() ? c.getUnits() : model.isSetVolumeUnits() ? model.getVolumeUnits() : null);
        }
        Species s = model.getSpecies(id);
        if (s != null) {
            UnitValue amount = reference(s.isSetSubstanceUnits() ? s.getSubstanceUnits()
                    : model.isSetSubstanceUnits() ? model.getSubstanceUnits() : null);
            if (amount == null || s.getHasOnlySubstanceUnits()) {
                return amount;
            }
            UnitValue size = variable(s.getCompartment());
            return size == null ? null : amount.divide(size);
        }
        return null;
    }

    // ---- what an expression's units are without its numbers -----------------------------------------

    /** The units of an expression when they follow from its names alone; null when a number decides. */
    private UnitValue known(ASTNode n, Env env) {
        Type t = n.getType();
        switch (t) {
            case INTEGER:
            case REAL:
            case REAL_E:
            case RATIONAL:
                return n.isSetUnits() ? reference(n.getUnits()) : null;
            case NAME: {
                Binding b = env.bound().get(n.getName());
                return b != null ? known(b.argument(), b.env()) : variable(n.getName());
            }
            case NAME_TIME:
                return time;
            case NAME_AVOGADRO:
                return UnitValue.base("mole").power(-1);
            case CONSTANT_PI:
            case CONSTANT_TRUE:
            case CONSTANT_FALSE:
                return UnitValue.DIMENSIONLESS;
            case PLUS:
            case MINUS:
            case SUM:
            case FUNCTION_MIN:
            case FUNCTION_MAX:
            case FUNCTION_ABS:
            case FUNCTION_FLOOR:
            case FUNCTION_CEILING:
                for (ASTNode c : n.getChildren()) {
                    UnitValue u = known(c, env);
                    if (u != null) {
                        return u;
                    }
                }
                return null;
            case TIMES:
            case PRODUCT: {
                UnitValue u = UnitValue.DIMENSIONLESS;
                for (ASTNode c : n.getChildren()) {
                    UnitValue k = known(c, env);
                    if (k == null) {
                        return null;
                    }
                    u = u.times(k);
                }
                return u;
            }
            case DIVIDE: {
                if (n.getChildCount() == 1) {
                    return known(n.getChild(0), env);
                }
                UnitValue a = known(n.getChild(0), env);
                UnitValue b = known(n.getChild(1), env);
                return a == null || b == null ? null : a.divide(b);
            }
            case POWER:
            case FUNCTION_POWER: {
                UnitValue base = known(n.getChild(0), env);
                if (base == null) {
                    return null;
                }
                if (base.isDimensionless()) {
                    return base.factor() == 1 ? base : null;
                }
                Double e = numeric(n.getChild(1), env);
                return e == null ? null : base.power(e);
            }
            case FUNCTION_ROOT: {
                ASTNode radicand = n.getChild(n.getChildCount() - 1);
                UnitValue base = known(radicand, env);
                Double degree = n.getChildCount() == 1 ? Double.valueOf(2) : numeric(n.getChild(0), env);
                return base == null || degree == null ? null : base.power(1 / degree);
            }
            case FUNCTION_PIECEWISE:
                for (int i = 0; i < n.getChildCount(); i += 2) {
                    UnitValue u = known(n.getChild(i), env);
                    if (u != null) {
                        return u;
                    }
                }
                return null;
            case FUNCTION: {
                Env inner = call(n, env);
                FunctionDefinition f = model.getFunctionDefinition(n.getName());
                return inner == null || f == null ? null : known(f.getBody(), inner);
            }
            case FUNCTION_DELAY:
                return known(n.getChild(0), env);
            case FUNCTION_RATE_OF: {
                UnitValue u = known(n.getChild(0), env);
                return u == null || time == null ? null : u.divide(time);
            }
            default:
                return isDimensionlessResult(t) ? UnitValue.DIMENSIONLESS : null;
        }
    }

    private static boolean isDimensionlessResult(Type t) {
        String name = t.name();
        return name.startsWith("RELATIONAL_") || name.startsWith("LOGICAL_") || isDimensionlessArgument(t);
    }

    /** Functions of dimensionless arguments with dimensionless values. */
    private static boolean isDimensionlessArgument(Type t) {
        switch (t) {
            case FUNCTION_EXP:
            case FUNCTION_LN:
            case FUNCTION_LOG:
            case FUNCTION_FACTORIAL:
                return true;
            default:
                String name = t.name();
                return name.startsWith("FUNCTION_ARC") || name.matches("FUNCTION_(SIN|COS|TAN|SEC|CSC|COT)H?");
        }
    }

    /** The value of a constant expression (a number, a constant parameter, a bound argument), or null. */
    private Double numeric(ASTNode n, Env env) {
        if (n.isNumber()) {
            return value(n);
        }
        if (n.getType() == Type.MINUS && n.getChildCount() == 1) {
            Double v = numeric(n.getChild(0), env);
            return v == null ? null : -v;
        }
        if (n.getType() == Type.NAME) {
            Binding b = env.bound().get(n.getName());
            if (b != null) {
                return numeric(b.argument(), b.env());
            }
            Parameter p = model.getParameter(n.getName());
            if (p != null && p.isSetValue() && p.getConstant()) {
                return p.getValue();
            }
        }
        return null;
    }

    private static double value(ASTNode n) {
        switch (n.getType()) {
            case INTEGER:
                return n.getInteger();
            case RATIONAL:
                return (double) n.getNumerator() / n.getDenominator();
            default:
                return n.getReal();
        }
    }

    private static String number(ASTNode n) {
        double v = value(n);
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The context of a function's body at a call: its arguments bound to what the call passes. */
    private Env call(ASTNode n, Env env) {
        FunctionDefinition f = model.getFunctionDefinition(n.getName());
        if (f == null || !f.isSetMath() || env.depth() >= MAX_DEPTH) {
            return null;
        }
        Map<String, Binding> bound = new LinkedHashMap<>();
        for (int i = 0; i < f.getArgumentCount() && i < n.getChildCount(); i++) {
            bound.put(f.getArgument(i).getName(), new Binding(n.getChild(i), env));
        }
        return new Env(bound, env.depth() + 1);
    }

    // ---- what the numbers must be ---------------------------------------------------------------------

    private static boolean isBareNumber(ASTNode n) {
        return n.isNumber() && !n.isSetUnits();
    }

    /** Gives the numbers in {@code n} the units that make {@code n} have {@code required} (null: any). */
    private void assign(ASTNode n, UnitValue required, Env env) {
        Type t = n.getType();
        switch (t) {
            case INTEGER:
            case REAL:
            case REAL_E:
            case RATIONAL:
                if (!n.isSetUnits()) {
                    found.computeIfAbsent(n, k -> {
                        foundOrder.add(k);
                        return new ArrayList<>();
                    }).add(required == null ? UnitValue.DIMENSIONLESS : required);
                    where.putIfAbsent(n, inFunction.containsKey(n) ? "the body of function " + inFunction.get(n) : context);
                }
                return;
            case NAME: {
                Binding b = env.bound().get(n.getName());
                if (b != null) {
                    assign(b.argument(), required, b.env());
                }
                return;
            }
            case PLUS:
            case MINUS:
            case SUM:
            case FUNCTION_MIN:
            case FUNCTION_MAX:
            case FUNCTION_ABS:
            case FUNCTION_FLOOR:
            case FUNCTION_CEILING: {
                UnitValue k = known(n, env);
                UnitValue target = k == null || k.name() == null && required != null && required.sameAs(k) ? required : k;
                for (ASTNode c : n.getChildren()) {
                    assign(c, target, env);
                }
                return;
            }
            case TIMES:
            case PRODUCT:
                product(n, required, env);
                return;
            case DIVIDE:
                quotient(n, required, env);
                return;
            case POWER:
            case FUNCTION_POWER: {
                ASTNode base = n.getChild(0);
                ASTNode exponent = n.getChild(1);
                assign(exponent, UnitValue.DIMENSIONLESS, env);
                Double e = numeric(exponent, env);
                UnitValue k = known(base, env);
                assign(base, k != null ? k : required != null && e != null && e != 0 ? required.power(1 / e) : null, env);
                return;
            }
            case FUNCTION_ROOT: {
                ASTNode radicand = n.getChild(n.getChildCount() - 1);
                Double degree = n.getChildCount() == 1 ? Double.valueOf(2) : numeric(n.getChild(0), env);
                if (n.getChildCount() > 1) {
                    assign(n.getChild(0), UnitValue.DIMENSIONLESS, env);
                }
                UnitValue k = known(radicand, env);
                assign(radicand, k != null ? k : required != null && degree != null ? required.power(degree) : null, env);
                return;
            }
            case FUNCTION_PIECEWISE: {
                UnitValue target = known(n, env);
                if (target == null) {
                    target = required;
                }
                for (int i = 0; i < n.getChildCount(); i++) {
                    assign(n.getChild(i), i % 2 == 0 ? target : null, env);
                }
                return;
            }
            case FUNCTION: {
                Env inner = call(n, env);
                FunctionDefinition f = model.getFunctionDefinition(n.getName());
                if (inner != null && f != null) {
                    assign(f.getBody(), required, inner);
                }
                return;
            }
            case FUNCTION_DELAY:
                assign(n.getChild(0), required, env);
                assign(n.getChild(1), time, env);
                return;
            case FUNCTION_RATE_OF:
                assign(n.getChild(0), required == null || time == null ? null : required.times(time), env);
                return;
            default:
                if (t.name().startsWith("RELATIONAL_")) {
                    UnitValue target = null;
                    for (ASTNode c : n.getChildren()) {
                        target = known(c, env);
                        if (target != null) {
                            break;
                        }
                    }
                    for (ASTNode c : n.getChildren()) {
                        assign(c, target, env);
                    }
                    return;
                }
                UnitValue argument = isDimensionlessArgument(t) ? UnitValue.DIMENSIONLESS : null;
                for (ASTNode c : n.getChildren()) {
                    assign(c, argument, env);
                }
        }
    }

    /**
     * A product: the factors with known units keep them; a single factor without them carries the
     * rest of the required units; numbers among several such factors are dimensionless.
     */
    private void product(ASTNode n, UnitValue required, Env env) {
        UnitValue known = UnitValue.DIMENSIONLESS;
        List<ASTNode> numbers = new ArrayList<>();
        List<ASTNode> others = new ArrayList<>();
        for (ASTNode c : n.getChildren()) {
            UnitValue k = known(c, env);
            if (k != null) {
                known = known.times(k);
                assign(c, k, env);
            } else if (isBareNumber(c)) {
                numbers.add(c);
            } else {
                others.add(c);
            }
        }
        if (numbers.isEmpty() && others.isEmpty()) {
            return;
        }
        UnitValue rest = required == null ? null : required.divide(known);
        if (others.size() == 1) {
            numbers.forEach(c -> assign(c, UnitValue.DIMENSIONLESS, env));
            assign(others.get(0), rest, env);
        } else if (others.isEmpty()) {
            for (int i = 0; i < numbers.size(); i++) {
                assign(numbers.get(i), i == 0 ? rest : UnitValue.DIMENSIONLESS, env);
            }
        } else {
            numbers.forEach(c -> assign(c, UnitValue.DIMENSIONLESS, env));
            others.forEach(c -> assign(c, null, env));
        }
    }

    /** A quotient: as a product of the numerator and the reciprocal of the denominator. */
    private void quotient(ASTNode n, UnitValue required, Env env) {
        if (n.getChildCount() == 1) {
            assign(n.getChild(0), required, env);
            return;
        }
        ASTNode a = n.getChild(0);
        ASTNode b = n.getChild(1);
        UnitValue ka = known(a, env);
        UnitValue kb = known(b, env);
        if (ka != null && kb != null) {
            assign(a, ka, env);
            assign(b, kb, env);
        } else if (ka == null && kb != null) {
            assign(b, kb, env);
            assign(a, required == null ? null : required.times(kb), env);
        } else if (ka != null) {
            assign(a, ka, env);
            assign(b, required == null ? null : ka.divide(required), env);
        } else if (isBareNumber(b) || !isBareNumber(a)) {
            assign(b, UnitValue.DIMENSIONLESS, env);
            assign(a, required, env);
        } else {
            assign(a, required, env);
            assign(b, UnitValue.DIMENSIONLESS, env);
        }
    }

    // ---- unit identifiers ----------------------------------------------------------------------------

    /** An identifier for a unit: a base unit, an existing definition, or a new one. */
    private String idFor(UnitValue u) {
        if (u.name() != null) {
            return u.name(); // the units of the variable it is added to or compared with
        }
        if (u.isOne()) {
            return "dimensionless";
        }
        for (Map.Entry<String, UnitValue> d : definitions.entrySet()) {
            if (d.getValue().sameAs(u)) {
                return d.getKey();
            }
        }
        if (u.exponents().size() == 1 && Math.abs(u.factor() - 1) <= 1e-9) {
            Map.Entry<String, Double> e = u.exponents().entrySet().iterator().next();
            if (e.getValue() == 1) {
                return e.getKey();
            }
        }
        String id = null;
        String name = null;
        search:
        for (Map.Entry<String, UnitValue> d : new ArrayList<>(definitions.entrySet())) {
            for (int p : new int[] {2, 3, -1, -2, -3}) {
                if (d.getValue().power(p).sameAs(u)) {
                    UnitDefinition base = model.getUnitDefinition(d.getKey());
                    String label = base.isSetName() ? base.getName() : d.getKey();
                    id = p == -1 ? "per_" + d.getKey() : d.getKey() + "_pow" + (p < 0 ? "minus" + (-p) : p);
                    name = p == -1 ? "1/(" + label + ")" : "(" + label + ")^" + p;
                    break search;
                }
            }
        }
        if (id == null) {
            id = "unit_" + (added + 1);
            name = u.describe();
        }
        while (model.getUnitDefinition(id) != null) {
            id = id + "_";
        }
        define(id, name, u);
        return id;
    }

    private void define(String id, String name, UnitValue u) {
        UnitDefinition ud = model.createUnitDefinition(id);
        ud.setName(name);
        if (u.isDimensionless()) {
            Unit unit = ud.createUnit(Unit.Kind.DIMENSIONLESS);
            unit.setExponent(1.0);
            unit.setScale(0);
            unit.setMultiplier(u.factor());
        } else {
            boolean first = true;
            for (Map.Entry<String, Double> e : u.exponents().entrySet()) {
                Unit unit = ud.createUnit(Unit.Kind.valueOf(e.getKey().toUpperCase(Locale.ROOT)));
                unit.setExponent(e.getValue());
                unit.setScale(0);
                unit.setMultiplier(first ? Math.pow(u.factor(), 1 / e.getValue()) : 1.0);
                first = false;
            }
        }
        definitions.put(id, u);
        added++;
    }
}
