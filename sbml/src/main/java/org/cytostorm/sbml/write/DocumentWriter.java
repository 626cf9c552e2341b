package org.cytostorm.sbml.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.cytostorm.engine.expr.Apply;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Exprs;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.AlgebraicRule;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.FunctionDefinition;
import org.cytostorm.engine.model.InitialAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelUnits;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.RateRule;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Rule;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;
import org.cytostorm.engine.model.UnitDefinition;
import org.cytostorm.sbml.SbmlException;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.Trigger;
import org.sbml.jsbml.Unit;

/**
 * Builds the SBML Level 3 Version 2 document of a model, element by element, with every
 * attribute SBML requires in Level 3 set explicitly.
 *
 * <p>SBML forbids function definitions from reading model variables (or {@code time}); a
 * function whose body does is written with those names as extra trailing arguments, and every
 * call passes them, which computes the same values.
 */
public final class DocumentWriter {

    /** SBML Level and Version written. */
    public static final int LEVEL = 3;
    public static final int VERSION = 2;

    private final Model model;
    private final String source;
    private final MathWriter math;
    private final AnnotationWriter annotations = new AnnotationWriter();
    private final Set<String> unitIds = new HashSet<>();
    /** Extra trailing arguments of functions that read names other than their own arguments. */
    private final Map<String, List<String>> closures = new HashMap<>();
    private org.sbml.jsbml.Model out;

    private DocumentWriter(Model model) {
        this.model = model;
        this.source = "SBML export of model " + model.id();
        this.math = new MathWriter(name -> {
            throw invalidId(name, "the name '" + name + "' in an expression");
        }, globalIds(model));
    }

    /**
     * The SBML document of a model.
     *
     * @throws SbmlException when an identifier is not a valid SBML SId or a unit part is not an
     *                       SBML base unit, naming it
     */
    public static SBMLDocument write(Model model) {
        return new DocumentWriter(model).run();
    }

    /** The ids of the model's SId namespace: elements and named species references. */
    private static Set<String> globalIds(Model model) {
        Set<String> ids = new HashSet<>();
        model.compartments().forEach(c -> ids.add(c.id()));
        model.species().forEach(s -> ids.add(s.id()));
        model.parameters().forEach(p -> ids.add(p.id()));
        model.events().forEach(e -> ids.add(e.id()));
        model.functions().forEach(f -> ids.add(f.id()));
        for (Reaction r : model.reactions()) {
            ids.add(r.id());
            for (SpeciesReference ref : r.reactants()) {
                if (ref.id() != null) {
                    ids.add(ref.id());
                }
            }
            for (SpeciesReference ref : r.products()) {
                if (ref.id() != null) {
                    ids.add(ref.id());
                }
            }
        }
        return ids;
    }

    private SbmlException invalidId(String id, String what) {
        return new SbmlException(source, what, "'" + id + "' is not a valid SBML identifier (an SId is a letter or"
                + " underscore followed by letters, digits and underscores)");
    }

    private String sid(String id, String what) {
        if (!SIds.isValid(id)) {
            throw invalidId(id, what);
        }
        return id;
    }

    private SBMLDocument run() {
        SBMLDocument doc = new SBMLDocument(LEVEL, VERSION);
        out = doc.createModel(sid(model.id(), "model"));
        model.unitDefinitions().forEach(u -> unitIds.add(u.id()));
        try {
            computeClosures();
            functions();
            units();
            compartments();
            species();
            parameters();
            initialAssignments();
            rules();
            reactions();
            events();
            modelAttributes();
        } catch (XMLStreamException e) {
            throw new SbmlException(source, null, "cannot write an annotation: " + e.getMessage(), e);
        }
        return doc;
    }

    private ASTNode convert(Expr e) {
        return math.convert(close(e));
    }

    // ---- function definitions --------------------------------------------------------------------

    /** For each function, the free names of its body (and of the functions it calls), in order. */
    private void computeClosures() {
        Map<String, FunctionDefinition> byId = new LinkedHashMap<>();
        model.functions().forEach(f -> byId.put(f.id(), f));
        for (FunctionDefinition f : model.functions()) {
            free(f, byId, new HashSet<>());
        }
    }

    private List<String> free(FunctionDefinition f, Map<String, FunctionDefinition> byId, Set<String> visiting) {
        List<String> known = closures.get(f.id());
        if (known != null) {
            return known;
        }
        if (!visiting.add(f.id())) {
            return List.of(); // a cycle: the validator reports it; write as is
        }
        Set<String> names = new LinkedHashSet<>();
        for (String s : Exprs.symbols(f.body())) {
            if (!f.arguments().contains(s)) {
                names.add(s);
            }
        }
        for (String called : Exprs.functionsCalled(f.body())) {
            FunctionDefinition g = byId.get(called);
            if (g != null) {
                for (String s : free(g, byId, visiting)) {
                    if (!f.arguments().contains(s)) {
                        names.add(s);
                    }
                }
            }
        }
        List<String> result = List.copyOf(names);
        closures.put(f.id(), result);
        return result;
    }

    /** Passes the extra arguments of closed-over functions at every call. */
    private Expr close(Expr e) {
        if (closures.values().stream().allMatch(List::isEmpty)) {
            return e;
        }
        return Exprs.transform(e, node -> {
            if (node instanceof Apply a) {
                List<String> extra = closures.getOrDefault(a.function(), List.of());
                if (!extra.isEmpty()) {
                    List<Expr> args = new ArrayList<>(a.args());
                    extra.forEach(name -> args.add(new Sym(name)));
                    return new Apply(a.function(), args);
                }
            }
            return node;
        });
    }

    private void functions() throws XMLStreamException {
        for (FunctionDefinition f : model.functions()) {
            org.sbml.jsbml.FunctionDefinition fd = out.createFunctionDefinition(sid(f.id(), "function " + f.id()));
            List<String> args = new ArrayList<>();
            for (String a : f.arguments()) {
                args.add(sid(a, "argument of function " + f.id()));
            }
            // extra arguments keep their names, except csymbols shadowed by model ids (@time, ...)
            Map<String, Expr> renamed = new HashMap<>();
            for (String extra : closures.getOrDefault(f.id(), List.of())) {
                String name = extra;
                if (!SIds.isValid(name)) {
                    name = name.replaceAll("[^A-Za-z0-9_]", "") + "_csymbol";
                    while (args.contains(name) || f.arguments().contains(name)) {
                        name = name + "_";
                    }
                    renamed.put(extra, new Sym(name));
                }
                args.add(name);
            }
            fd.setMath(math.lambda(args, Exprs.substitute(close(f.body()), renamed::get)));
            annotations.write(fd, f.id(), f.annotation(), false, null);
        }
    }

    // ---- units --------------------------------------------------------------------------------

    private void units() throws XMLStreamException {
        for (UnitDefinition u : model.unitDefinitions()) {
            org.sbml.jsbml.UnitDefinition ud = out.createUnitDefinition(sid(u.id(), "unit " + u.id()));
            if (isBaseUnit(u.id())) {
                throw new SbmlException(source, "unit " + u.id(), "a unit definition cannot be named like the SBML"
                        + " base unit '" + u.id() + "'");
            }
            for (UnitDefinition.Part p : u.parts()) {
                if (!isBaseUnit(p.kind())) {
                    throw new SbmlException(source, "unit " + u.id(), "'" + p.kind() + "' is not an SBML Level 3"
                            + " base unit (ampere, avogadro, ..., mole, ..., second, ...)");
                }
                Unit unit = ud.createUnit(Unit.Kind.valueOf(p.kind().toUpperCase(Locale.ROOT)));
                unit.setExponent(p.exponent());
                unit.setScale(p.scale());
                unit.setMultiplier(p.multiplier());
            }
            annotations.write(ud, u.id(), u.annotation(), false, null);
        }
    }

    private static boolean isBaseUnit(String kind) {
        return SIds.isValid(kind) && Unit.Kind.isValidUnitKindString(kind, LEVEL, VERSION)
                && kind.equals(kind.toLowerCase(Locale.ROOT));
    }

    /** True when a units text can stand in a units attribute: a base unit or a defined unit. */
    private boolean isUnitReference(String units) {
        return units != null && (unitIds.contains(units) || isBaseUnit(units));
    }

    // ---- compartments, species, parameters -----------------------------------------------------------

    private void compartments() throws XMLStreamException {
        for (Compartment c : model.compartments()) {
            org.sbml.jsbml.Compartment sc = out.createCompartment(sid(c.id(), "compartment " + c.id()));
            if (!Double.isNaN(c.size())) {
                sc.setSize(c.size());
            }
            sc.setConstant(c.constant());
            if (!Double.isNaN(c.dimensions())) {
                sc.setSpatialDimensions(c.dimensions());
            }
            String other = null;
            if (isUnitReference(c.units())) {
                sc.setUnits(c.units());
            } else {
                other = c.units();
            }
            annotations.write(sc, c.id(), c.annotation(), false, other);
        }
    }

    private void species() throws XMLStreamException {
        for (Species s : model.species()) {
            String what = "species " + s.id();
            org.sbml.jsbml.Species ss = out.createSpecies(sid(s.id(), what));
            ss.setCompartment(sid(s.compartment(), "the compartment of " + what));
            if (!Double.isNaN(s.initialAmount())) {
                ss.setInitialAmount(s.initialAmount());
            } else if (!Double.isNaN(s.initialConcentration())) {
                ss.setInitialConcentration(s.initialConcentration());
            }
            ss.setHasOnlySubstanceUnits(s.hasOnlySubstanceUnits());
            ss.setBoundaryCondition(s.boundaryCondition());
            ss.setConstant(s.constant());
            if (s.conversionFactor() != null) {
                ss.setConversionFactor(sid(s.conversionFactor(), "the conversion factor of " + what));
            }
            String other = null;
            if (isUnitReference(s.units())) {
                ss.setSubstanceUnits(s.units());
            } else {
                other = s.units();
            }
            annotations.write(ss, s.id(), s.annotation(), false, other);
        }
    }

    private void parameters() throws XMLStreamException {
        for (Parameter p : model.parameters()) {
            org.sbml.jsbml.Parameter sp = out.createParameter(sid(p.id(), "parameter " + p.id()));
            if (!Double.isNaN(p.value())) {
                sp.setValue(p.value());
            }
            sp.setConstant(p.constant());
            String other = null;
            if (isUnitReference(p.units())) {
                sp.setUnits(p.units());
            } else {
                other = p.units();
            }
            annotations.write(sp, p.id(), p.annotation(), false, other);
        }
    }

    // ---- rules and initial assignments ----------------------------------------------------------

    private void initialAssignments() {
        for (InitialAssignment a : model.initialAssignments()) {
            org.sbml.jsbml.InitialAssignment ia = out.createInitialAssignment();
            ia.setVariable(sid(a.symbol(), "the initial assignment of " + a.symbol()));
            ia.setMath(convert(a.math()));
        }
    }

    private void rules() {
        for (Rule r : model.rules()) {
            if (r instanceof AssignmentRule ar) {
                org.sbml.jsbml.AssignmentRule rule = out.createAssignmentRule();
                rule.setVariable(sid(ar.variable(), "the assignment rule for " + ar.variable()));
                rule.setMath(convert(ar.math()));
            } else if (r instanceof RateRule rr) {
                org.sbml.jsbml.RateRule rule = out.createRateRule();
                rule.setVariable(sid(rr.variable(), "the rate rule for " + rr.variable()));
                rule.setMath(convert(rr.math()));
            } else if (r instanceof AlgebraicRule alg) {
                out.createAlgebraicRule().setMath(convert(alg.math()));
            }
        }
    }

    // ---- reactions ------------------------------------------------------------------------------

    private void reactions() throws XMLStreamException {
        for (Reaction r : model.reactions()) {
            String what = "reaction " + r.id();
            org.sbml.jsbml.Reaction sr = out.createReaction(sid(r.id(), what));
            sr.setReversible(r.reversible());
            for (SpeciesReference ref : r.reactants()) {
                participant(sr.createReactant(), ref, what);
            }
            for (SpeciesReference ref : r.products()) {
                participant(sr.createProduct(), ref, what);
            }
            for (String m : r.modifiers()) {
                sr.createModifier().setSpecies(sid(m, "a modifier of " + what));
            }
            if (r.rate() != null) {
                KineticLaw law = sr.createKineticLaw();
                law.setMath(convert(r.rate()));
                for (Parameter p : r.localParameters()) {
                    LocalParameter lp = law.createLocalParameter(sid(p.id(), "local parameter " + p.id() + " of "
                            + what));
                    if (!Double.isNaN(p.value())) {
                        lp.setValue(p.value());
                    }
                    String other = null;
                    if (isUnitReference(p.units())) {
                        lp.setUnits(p.units());
                    } else {
                        other = p.units();
                    }
                    annotations.write(lp, r.id() + "_" + p.id(), p.annotation(), false, other);
                }
            } else if (!r.localParameters().isEmpty()) {
                throw new SbmlException(source, what, "has local parameters but no kinetic law to hold them");
            }
            annotations.write(sr, r.id(), r.annotation(), false, null);
        }
    }

    private void participant(org.sbml.jsbml.SpeciesReference target, SpeciesReference ref, String what) {
        target.setSpecies(sid(ref.species(), "a participant of " + what));
        if (ref.id() != null) {
            target.setId(sid(ref.id(), "the species reference of " + ref.species() + " in " + what));
        }
        if (!Double.isNaN(ref.stoichiometry())) {
            target.setStoichiometry(ref.stoichiometry());
        }
        target.setConstant(ref.constant());
    }

    // ---- events ---------------------------------------------------------------------------------

    private void events() throws XMLStreamException {
        for (Event e : model.events()) {
            String what = "event " + e.id();
            org.sbml.jsbml.Event se = out.createEvent(sid(e.id(), what));
            se.setUseValuesFromTriggerTime(e.useValuesFromTriggerTime());
            Trigger t = se.createTrigger();
            t.setInitialValue(e.initialValue());
            t.setPersistent(e.persistent());
            t.setMath(convert(e.trigger()));
            if (e.delay() != null) {
                se.createDelay().setMath(convert(e.delay()));
            }
            if (e.priority() != null) {
                se.createPriority().setMath(convert(e.priority()));
            }
            for (EventAssignment a : e.assignments()) {
                org.sbml.jsbml.EventAssignment ea = se.createEventAssignment();
                ea.setVariable(sid(a.variable(), "an assignment of " + what));
                ea.setMath(convert(a.math()));
            }
            annotations.write(se, e.id(), e.annotation(), false, null);
        }
    }

    // ---- the model ------------------------------------------------------------------------------

    private void modelAttributes() throws XMLStreamException {
        ModelUnits u = model.units();
        Annotation a = model.annotation();
        a = modelUnit(a, "time", u.time(), out::setTimeUnits);
        a = modelUnit(a, "substance", u.substance(), out::setSubstanceUnits);
        a = modelUnit(a, "volume", u.volume(), out::setVolumeUnits);
        a = modelUnit(a, "area", u.area(), out::setAreaUnits);
        a = modelUnit(a, "length", u.length(), out::setLengthUnits);
        a = modelUnit(a, "extent", u.extent(), out::setExtentUnits);
        if (model.conversionFactor() != null) {
            out.setConversionFactor(sid(model.conversionFactor(), "the model's conversion factor"));
        }
        annotations.write(out, model.id(), a, true, null);
    }

    /** Model units that are not a unit reference are kept as a property {@code units.<kind>}. */
    private Annotation modelUnit(Annotation a, String kind, String units, java.util.function.Consumer<String> set) {
        if (units == null) {
            return a;
        }
        if (isUnitReference(units)) {
            set.accept(units);
            return a;
        }
        return a.withProperty(MODEL_UNITS_PROPERTY + kind, units);
    }

    /** The property prefix under which model units that SBML cannot reference are kept. */
    public static final String MODEL_UNITS_PROPERTY = "units.";
}
