package org.cytostorm.sbml.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cytostorm.engine.expr.Expr;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.AlgebraicRule;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Compartment;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.FunctionDefinition;
import org.cytostorm.engine.model.InitialAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelBuilder;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.model.ModelUnits;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.RateRule;
import org.cytostorm.engine.model.Reaction;
import org.cytostorm.engine.model.Species;
import org.cytostorm.engine.model.SpeciesReference;
import org.cytostorm.engine.model.UnitDefinition;
import org.cytostorm.sbml.CytostormAnnotations;
import org.cytostorm.sbml.SbmlException;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.KineticLaw;
import org.sbml.jsbml.LocalParameter;
import org.sbml.jsbml.ModifierSpeciesReference;
import org.sbml.jsbml.Rule;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.Unit;

/**
 * Maps one SBML model onto the engine's {@link Model}, element by element, with SBML's defaults for
 * attributes a Level 2 file leaves out. Anything the engine cannot simulate is reported as an
 * {@link SbmlException} naming the construct and the element.
 */
final class ModelImporter {

    private final String source;
    private final org.sbml.jsbml.Model sbml;
    private final ModelBuilder builder = new ModelBuilder();
    private final MathImporter mathImporter;
    private int unnamedEvents;

    private ModelImporter(String source, SBMLDocument document) {
        this.source = source;
        this.sbml = document.getModel();
        Set<String> ids = allIds();
        // the csymbols keep their plain names unless the model has elements with those names
        this.mathImporter = new MathImporter(ids.contains(Sym.TIME) ? Sym.TIME_CSYMBOL : Sym.TIME,
                ids.contains(Sym.AVOGADRO) ? Sym.AVOGADRO_CSYMBOL : Sym.AVOGADRO);
    }

    static Model importModel(String source, SBMLDocument document) {
        if (document.getModel() == null) {
            throw new SbmlException(source, null, "the document has no model");
        }
        return new ModelImporter(source, document).run();
    }

    private Set<String> allIds() {
        Set<String> ids = new HashSet<>();
        sbml.getListOfCompartments().forEach(c -> ids.add(c.getId()));
        sbml.getListOfSpecies().forEach(s -> ids.add(s.getId()));
        sbml.getListOfParameters().forEach(p -> ids.add(p.getId()));
        sbml.getListOfFunctionDefinitions().forEach(f -> ids.add(f.getId()));
        for (org.sbml.jsbml.Reaction r : sbml.getListOfReactions()) {
            ids.add(r.getId());
            r.getListOfReactants().forEach(sr -> ids.add(sr.getId()));
            r.getListOfProducts().forEach(sr -> ids.add(sr.getId()));
            if (r.isSetKineticLaw()) {
                r.getKineticLaw().getListOfLocalParameters().forEach(p -> ids.add(p.getId()));
            }
        }
        return ids;
    }

    private Model run() {
        builder.id(sbml.isSetId() && !sbml.getId().isEmpty() ? sbml.getId() : "model");
        builder.annotation(CytostormAnnotations.annotation(sbml));
        builder.units(new ModelUnits(
                sbml.isSetTimeUnits() ? sbml.getTimeUnits() : null,
                sbml.isSetSubstanceUnits() ? sbml.getSubstanceUnits() : null,
                sbml.isSetVolumeUnits() ? sbml.getVolumeUnits() : null,
                sbml.isSetAreaUnits() ? sbml.getAreaUnits() : null,
                sbml.isSetLengthUnits() ? sbml.getLengthUnits() : null,
                sbml.isSetExtentUnits() ? sbml.getExtentUnits() : null));
        if (sbml.isSetConversionFactor()) {
            builder.conversionFactor(sbml.getConversionFactor());
        }
        try {
            functions();
            units();
            compartments();
            species();
            parameters();
            reactions();
            rules();
            initialAssignments();
            events();
            return builder.build();
        } catch (ModelException e) {
            throw new SbmlException(source, e.elementId(), e.getMessage(), e);
        }
    }

    private Expr math(ASTNode node, String element) {
        try {
            return mathImporter.convert(node);
        } catch (MathImporter.UnsupportedMath e) {
            throw new SbmlException(source, element, e.getMessage());
        }
    }

    private void functions() {
        for (org.sbml.jsbml.FunctionDefinition f : sbml.getListOfFunctionDefinitions()) {
            String where = "function definition " + f.getId();
            if (!f.isSetMath() || f.getBody() == null) {
                continue; // SBML L3V2: an element without math has no effect (a call of it is an error)
            }
            List<String> args = new ArrayList<>();
            for (int i = 0; i < f.getArgumentCount(); i++) {
                String name;
                try {
                    name = f.getArgument(i).getName();
                } catch (IllegalArgumentException e) {
                    name = null; // JSBML: a number or an operator where a bvar's name belongs
                }
                if (name == null || name.isBlank()) {
                    // JSBML's reading of a lambda with an element it does not know
                    throw new SbmlException(source, where, "argument " + (i + 1) + " of the lambda has no name"
                            + " (is every element of its MathML known?)");
                }
                args.add(name);
            }
            ASTNode body = f.getBody();
            builder.addFunction(new FunctionDefinition(f.getId(), args, math(body, where), CytostormAnnotations.annotation(f)));
        }
    }

    private void units() {
        for (org.sbml.jsbml.UnitDefinition u : sbml.getListOfUnitDefinitions()) {
            List<UnitDefinition.Part> parts = new ArrayList<>();
            for (Unit unit : u.getListOfUnits()) {
                parts.add(new UnitDefinition.Part(unit.getKind().getName(), unit.getExponent(), unit.getScale(),
                        unit.getMultiplier()));
            }
            builder.addUnit(new UnitDefinition(u.getId(), parts, CytostormAnnotations.annotation(u)));
        }
    }

    private void compartments() {
        for (org.sbml.jsbml.Compartment c : sbml.getListOfCompartments()) {
            double size = c.isSetSize() ? c.getSize() : Double.NaN;
            double dimensions = c.isSetSpatialDimensions() ? c.getSpatialDimensions() : 3;
            builder.addCompartment(new Compartment(c.getId(), size, c.getConstant(), dimensions,
                    c.isSetUnits() ? c.getUnits() : null, CytostormAnnotations.annotation(c)));
        }
    }

    private void species() {
        for (org.sbml.jsbml.Species s : sbml.getListOfSpecies()) {
            double amount = s.isSetInitialAmount() ? s.getInitialAmount() : Double.NaN;
            double concentration = s.isSetInitialConcentration() ? s.getInitialConcentration() : Double.NaN;
            if (!Double.isNaN(amount) && !Double.isNaN(concentration)) {
                throw new SbmlException(source, "species " + s.getId(), "has both an initial amount and an initial concentration");
            }
            builder.addSpecies(new Species(s.getId(), s.getCompartment(), amount, concentration,
                    s.getHasOnlySubstanceUnits(), s.getBoundaryCondition(), s.getConstant(),
                    s.isSetConversionFactor() ? s.getConversionFactor() : null,
                    s.isSetSubstanceUnits() ? s.getSubstanceUnits() : null, CytostormAnnotations.annotation(s)));
        }
    }

    private void parameters() {
        for (org.sbml.jsbml.Parameter p : sbml.getListOfParameters()) {
            builder.addParameter(new Parameter(p.getId(), p.isSetValue() ? p.getValue() : Double.NaN, p.getConstant(),
                    p.isSetUnits() ? p.getUnits() : null, CytostormAnnotations.annotation(p)));
        }
    }

    private void reactions() {
        for (org.sbml.jsbml.Reaction r : sbml.getListOfReactions()) {
            String where = "reaction " + r.getId();
            if (r.isSetFast() && r.getFast()) {
                throw new SbmlException(source, where, "fast reactions are not supported");
            }
            List<Parameter> locals = new ArrayList<>();
            Expr rate = null;
            if (r.isSetKineticLaw()) {
                KineticLaw law = r.getKineticLaw();
                for (LocalParameter p : law.getListOfLocalParameters()) {
                    locals.add(new Parameter(p.getId(), p.isSetValue() ? p.getValue() : Double.NaN, true,
                            p.isSetUnits() ? p.getUnits() : null, CytostormAnnotations.annotation(p)));
                }
                if (law.isSetMath()) {
                    rate = math(law.getMath(), where);
                }
            }
            List<String> modifiers = new ArrayList<>();
            for (ModifierSpeciesReference m : r.getListOfModifiers()) {
                modifiers.add(m.getSpecies());
            }
            builder.addReaction(new Reaction(r.getId(), references(r.getListOfReactants(), where),
                    references(r.getListOfProducts(), where), modifiers, rate, locals, r.getReversible(),
                    CytostormAnnotations.annotation(r)));
        }
    }

    private List<SpeciesReference> references(List<org.sbml.jsbml.SpeciesReference> refs, String where) {
        List<SpeciesReference> out = new ArrayList<>();
        for (org.sbml.jsbml.SpeciesReference ref : refs) {
            if (ref.isSetStoichiometryMath()) {
                throw new SbmlException(source, where, "stoichiometryMath (SBML Level 2) is not supported");
            }
            // unset stoichiometry: SBML Level 2's default is 1; in Level 3 a missing value is
            // normally set by an initial assignment or rule, and 1 is what simulators assume otherwise
            double stoichiometry = ref.isSetStoichiometry() ? ref.getStoichiometry() : 1.0;
            String id = ref.isSetId() && !ref.getId().isEmpty() ? ref.getId() : null;
            boolean constant = !ref.isSetConstant() || ref.getConstant();
            out.add(new SpeciesReference(ref.getSpecies(), stoichiometry, id, constant));
        }
        return out;
    }

    private void rules() {
        for (Rule rule : sbml.getListOfRules()) {
            if (!rule.isSetMath()) {
                continue; // SBML L3V2: a rule without math has no effect
            }
            if (rule instanceof org.sbml.jsbml.AssignmentRule a) {
                builder.addRule(new AssignmentRule(a.getVariable(), math(a.getMath(), "assignment rule for " + a.getVariable())));
            } else if (rule instanceof org.sbml.jsbml.RateRule rr) {
                builder.addRule(new RateRule(rr.getVariable(), math(rr.getMath(), "rate rule for " + rr.getVariable())));
            } else {
                builder.addRule(new AlgebraicRule(math(rule.getMath(), "algebraic rule")));
            }
        }
    }

    private void initialAssignments() {
        for (org.sbml.jsbml.InitialAssignment a : sbml.getListOfInitialAssignments()) {
            if (a.isSetMath()) { // without math it has no effect
                String where = "initial assignment to " + a.getVariable();
                builder.addInitialAssignment(new InitialAssignment(a.getVariable(), math(a.getMath(), where)));
            }
        }
    }

    private void events() {
        for (org.sbml.jsbml.Event e : sbml.getListOfEvents()) {
            String id = e.isSetId() && !e.getId().isEmpty() ? e.getId() : uniqueEventId();
            String where = "event " + id;
            if (!e.isSetTrigger() || !e.getTrigger().isSetMath()) {
                continue; // an event without a trigger never fires
            }
            org.sbml.jsbml.Trigger trigger = e.getTrigger();
            Expr delay = e.isSetDelay() && e.getDelay().isSetMath() ? math(e.getDelay().getMath(), where) : null;
            Expr priority = e.isSetPriority() && e.getPriority().isSetMath()
                    ? math(e.getPriority().getMath(), where) : null;
            List<EventAssignment> assignments = new ArrayList<>();
            for (org.sbml.jsbml.EventAssignment a : e.getListOfEventAssignments()) {
                if (a.isSetMath()) { // without math the assignment has no effect
                    assignments.add(new EventAssignment(a.getVariable(), math(a.getMath(), where)));
                }
            }
            boolean initialValue = !trigger.isSetInitialValue() || trigger.getInitialValue();
            boolean persistent = !trigger.isSetPersistent() || trigger.getPersistent();
            boolean fromTrigger = !e.isSetUseValuesFromTriggerTime() || e.getUseValuesFromTriggerTime();
            builder.addEvent(new Event(id, math(trigger.getMath(), where), delay, priority, initialValue, persistent,
                    fromTrigger, assignments, CytostormAnnotations.annotation(e)));
        }
    }

    private String uniqueEventId() {
        Set<String> ids = allIds();
        sbml.getListOfEvents().forEach(ev -> ids.add(ev.getId()));
        String id;
        do {
            id = "_E" + unnamedEvents++;
        } while (ids.contains(id));
        return id;
    }
}
