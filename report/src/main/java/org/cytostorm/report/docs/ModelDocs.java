package org.cytostorm.report.docs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cytostorm.cohort.calibration.BuiltInCalibrations;
import org.cytostorm.cohort.calibration.FittedDistributions;
import org.cytostorm.cohort.population.CalibratedPool;
import org.cytostorm.engine.expr.ExprPrinter;
import org.cytostorm.engine.model.AlgebraicRule;
import org.cytostorm.engine.model.AssignmentRule;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.EventAssignment;
import org.cytostorm.engine.model.FunctionDefinition;
import org.cytostorm.engine.model.InitialAssignment;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.RateRule;
import org.cytostorm.engine.model.Rule;
import org.cytostorm.engine.model.Species;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;
import org.cytostorm.physiology.model.PatientModel;

/**
 * The reference page of the patient model ({@code docs/model.md}), written from the model itself:
 * its equations (from the parsed {@link Model}, in model order, by kind) and its parameter table.
 * Nothing is typed by hand, so the page cannot drift from the model; a test compares the committed
 * page with {@link #markdown(PatientModel)}.
 */
public final class ModelDocs {

    /** The command that regenerates the page, from the repository root. */
    public static final String REGENERATE = "./cytostorm docs model";

    /** Where the page lives, relative to the repository root. */
    public static final String PATH = "docs/model.md";

    private ModelDocs() {
    }

    /**
     * The page of the standard model with the fits of the built-in calibrations: each parameter a
     * calibration moved beyond its noise ({@link CalibrationFit#of}) is cited {@code fitted: NAME
     * targets} beside its source, and the fitted distributions have a section of their own.
     */
    public static String standard() {
        List<CalibrationFit> fits = new ArrayList<>();
        for (String name : BuiltInCalibrations.names()) {
            fits.add(CalibrationFit.of(name, FittedDistributions.builtIn(name),
                    CalibratedPool.load(name).effectiveSampleSize()));
        }
        return markdown(PatientModel.standard(), fits);
    }

    /** The page, lines ended by '\n', without calibration fits. */
    public static String markdown(PatientModel patient) {
        return markdown(patient, List.of());
    }

    /**
     * The page, lines ended by '\n'.
     *
     * @param fits the calibrations' fits, each with the parameters it moved
     */
    public static String markdown(PatientModel patient, List<CalibrationFit> fits) {
        Model model = patient.model();
        ParameterTable table = patient.table();
        List<RateRule> rates = new ArrayList<>();
        List<AssignmentRule> assignments = new ArrayList<>();
        List<AlgebraicRule> algebraic = new ArrayList<>();
        for (Rule r : model.rules()) {
            if (r instanceof RateRule rr) {
                rates.add(rr);
            } else if (r instanceof AssignmentRule ar) {
                assignments.add(ar);
            } else if (r instanceof AlgebraicRule al) {
                algebraic.add(al);
            }
        }

        StringBuilder sb = new StringBuilder();
        sb.append("# The patient model\n\n");
        sb.append("The equations and parameters of cytostorm's patient model (model `").append(model.id())
                .append("`): the equations of `patient.ant` joined with the parameter table `parameters.tsv`")
                .append(" (both in `physiology/src/main/resources/org/cytostorm/physiology/model/`). Time is in")
                .append(" hours; every parameter's unit is in the parameter table.\n\n");
        sb.append("This file is generated from the model itself; do not edit it by hand. To regenerate it,")
                .append(" from the repository root:\n\n```sh\n").append(REGENERATE).append("\n```\n\n");
        sb.append("Contents: [states](#states-rate-rules), [assignment rules](#assignment-rules),")
                .append(" [initial values](#initial-values), [events](#events), [functions](#functions),")
                .append(" [mechanism switches](#mechanism-switches), [parameters](#parameters),")
                .append(fits.isEmpty() ? "" : " [fitted population distributions](#fitted-population-distributions),")
                .append(" [counts](#counts).\n\n");

        sb.append("## States (rate rules)\n\n");
        sb.append("One differential equation per state, in model order.\n\n```\n");
        for (RateRule r : rates) {
            sb.append("d ").append(r.variable()).append("/dt = ").append(ExprPrinter.print(r.math())).append('\n');
        }
        sb.append("```\n\n");

        sb.append("## Assignment rules\n\n");
        sb.append("Variables computed from the states at every instant, in model order.\n\n```\n");
        for (AssignmentRule r : assignments) {
            sb.append(r.variable()).append(" = ").append(ExprPrinter.print(r.math())).append('\n');
        }
        sb.append("```\n\n");
        if (!algebraic.isEmpty()) {
            sb.append("## Algebraic rules\n\n```\n");
            for (AlgebraicRule r : algebraic) {
                sb.append("0 = ").append(ExprPrinter.print(r.math())).append('\n');
            }
            sb.append("```\n\n");
        }

        sb.append("## Initial values\n\n");
        sb.append("Initial assignments, evaluated once at the start of a run (so they follow the parameters):\n\n```\n");
        Set<String> assigned = new HashSet<>();
        for (InitialAssignment ia : model.initialAssignments()) {
            assigned.add(ia.symbol());
            sb.append(ia.symbol()).append(" = ").append(ExprPrinter.print(ia.math())).append('\n');
        }
        sb.append("```\n\n");
        List<String> fixed = new ArrayList<>();
        Set<String> variables = new HashSet<>();
        rates.forEach(r -> variables.add(r.variable()));
        model.events().forEach(e -> e.assignments().forEach(a -> variables.add(a.variable())));
        for (Parameter p : model.parameters()) {
            if (variables.contains(p.id()) && !assigned.contains(p.id()) && table.find(p.id()).isEmpty()) {
                fixed.add(p.id() + " = " + ExprPrinter.number(p.value()));
            }
        }
        for (Species sp : model.species()) {
            if (sp.hasInitialValue() && !assigned.contains(sp.id())) {
                double v = Double.isNaN(sp.initialConcentration()) ? sp.initialAmount() : sp.initialConcentration();
                fixed.add(sp.id() + " = " + ExprPrinter.number(v));
            }
        }
        if (!fixed.isEmpty()) {
            sb.append("The other states and event-assigned variables start at fixed values:\n\n```\n");
            fixed.forEach(f -> sb.append(f).append('\n'));
            sb.append("```\n\n");
        }

        sb.append("## Events\n\n");
        sb.append("Discrete changes when a condition becomes true (SBML semantics: attributes other than the")
                .append(" defaults are listed; `t0 = false` lets a condition true at time 0 fire).\n\n");
        sb.append(Markdown.header(List.of("Event", "When", "Then", "Attributes"), "llll"));
        for (Event e : model.events()) {
            List<String> then = new ArrayList<>();
            for (EventAssignment a : e.assignments()) {
                then.add(a.variable() + " = " + ExprPrinter.print(a.math()));
            }
            sb.append(Markdown.row(List.of(Markdown.code(e.id()), Markdown.code(ExprPrinter.print(e.trigger())),
                    Markdown.code(String.join(", ", then)), Markdown.cell(attributes(e)))));
        }
        sb.append('\n');

        sb.append("## Functions\n\n");
        sb.append("Function definitions used by the equations.\n\n```\n");
        for (FunctionDefinition f : model.functions()) {
            sb.append(f.id()).append('(').append(String.join(", ", f.arguments())).append(") = ")
                    .append(ExprPrinter.print(f.body())).append('\n');
        }
        sb.append("```\n\n");

        List<ParameterEntry> switches = table.switches();
        sb.append("## Mechanism switches\n\n");
        sb.append("Parameters with the distribution `switch`: 1 turns a mechanism on, 0 off (for example")
                .append(" `cytostorm run SCENARIO --set NAME=0`, to see what it contributes). Value: the reference")
                .append(" patient's setting.\n\n");
        sb.append(Markdown.header(List.of("Switch", "Value", "Mechanism", "Evidence", "Source"), "lrlll"));
        for (ParameterEntry e : switches) {
            sb.append(Markdown.row(List.of(Markdown.code(e.name()), ExprPrinter.number(e.value()),
                    Markdown.cell(e.description()), Markdown.cell(e.evidence()), Markdown.source(e.source()))));
        }
        sb.append('\n');

        sb.append("## Parameters\n\n");
        sb.append("The whole parameter table, in table order: the reference patient's value, the plausible")
                .append(" range, the population distribution cohorts draw from, the evidence grade and the source.\n\n");
        sb.append(Markdown.header(List.of("Name", "Value", "Unit", "Range", "Distribution", "Evidence", "Source",
                "Description"), "lrllllll"));
        Map<String, List<String>> cited = FittedSection.citations(fits);
        for (ParameterEntry e : table.entries()) {
            String source = Markdown.source(e.source());
            if (cited.containsKey(e.name())) {
                source += "; " + String.join("; ", cited.get(e.name()));
            }
            sb.append(Markdown.row(List.of(Markdown.code(e.name()), ExprPrinter.number(e.value()),
                    Markdown.cell(e.unit()), ExprPrinter.number(e.min()) + "–" + ExprPrinter.number(e.max()),
                    Markdown.cell(e.distribution().text()), Markdown.cell(e.evidence()), source,
                    Markdown.cell(e.description()))));
        }
        sb.append('\n');
        if (!fits.isEmpty()) {
            FittedSection.append(sb, fits);
        }

        sb.append("## Counts\n\n");
        sb.append(Markdown.header(List.of("What", "Count"), "lr"));
        count(sb, "states (rate rules)", rates.size());
        count(sb, "assignment rules", assignments.size());
        if (!algebraic.isEmpty()) {
            count(sb, "algebraic rules", algebraic.size());
        }
        count(sb, "initial assignments", model.initialAssignments().size());
        count(sb, "events", model.events().size());
        count(sb, "functions", model.functions().size());
        count(sb, "parameters (table rows)", table.entries().size());
        count(sb, "mechanism switches", switches.size());
        sb.append('\n');

        sb.append("## Parameters by evidence grade\n\n");
        sb.append("How well the table's values are supported: `strong` (a label, guideline, textbook value or")
                .append(" several concordant human studies), `moderate` (one good human study or a fit to human data),")
                .append(" `single-source` (one study, an animal model or a qualitative finding), `assumed` (a modelling")
                .append(" choice, its reason in the source column). A row whose source is `assumed:` is graded")
                .append(" `assumed` (a test checks it).\n\n");
        sb.append(Markdown.header(List.of("Evidence", "Parameters"), "lr"));
        java.util.Map<String, Integer> grades = new java.util.TreeMap<>();
        for (ParameterEntry e : table.entries()) {
            grades.merge(e.evidence(), 1, Integer::sum);
        }
        for (String grade : List.of("strong", "moderate", "single-source", "assumed")) {
            count(sb, grade, grades.getOrDefault(grade, 0));
        }
        grades.keySet().stream().filter(g -> !List.of("strong", "moderate", "single-source", "assumed").contains(g))
                .forEach(g -> count(sb, g, grades.get(g)));
        return sb.toString();
    }

    private static void count(StringBuilder sb, String what, int n) {
        sb.append(Markdown.row(List.of(what, Integer.toString(n))));
    }

    private static String attributes(Event e) {
        List<String> parts = new ArrayList<>();
        if (e.delay() != null) {
            parts.add("delay = " + ExprPrinter.print(e.delay()));
        }
        if (e.priority() != null) {
            parts.add("priority = " + ExprPrinter.print(e.priority()));
        }
        if (!e.initialValue()) {
            parts.add("t0 = false");
        }
        if (!e.persistent()) {
            parts.add("persistent = false");
        }
        if (!e.useValuesFromTriggerTime()) {
            parts.add("fromTrigger = false");
        }
        Optional.ofNullable(e.annotation().notes()).filter(n -> !n.isBlank()).ifPresent(parts::add);
        return String.join(", ", parts);
    }
}
