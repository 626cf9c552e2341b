package org.cytostorm.report.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytostorm.common.yaml.Measure;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.ChoiceOption;
import org.cytostorm.physiology.scenario.ProtocolLibrary;
import org.cytostorm.physiology.scenario.QuantityOption;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.TriggerCatalogue;
import org.cytostorm.physiology.scenario.TriggerOption;
import org.cytostorm.physiology.scenario.TriggerType;

/**
 * The reference part of docs/scenarios.md: every trigger type with its options (values, units,
 * default, the parameters each sets), the built-in care protocols and the built-in scenarios, all
 * read from the trigger catalogue and the libraries. It goes between the lines {@value #MARKER}
 * and {@value #END}; the hand-written guide around it is kept.
 */
public final class ScenarioDocs {

    /** The line after which the generated reference goes. */
    public static final String MARKER = "<!-- scenario reference: generated -->";
    /** The line that ends it. */
    public static final String END = "<!-- scenario reference: end -->";
    /** The command that regenerates it. */
    public static final String REGENERATE = "./cytostorm docs scenarios";
    /** The page, relative to the repository root. */
    public static final String PATH = "docs/scenarios.md";

    private ScenarioDocs() {
    }

    /** {@code page} with the generated reference replaced by the current one. */
    public static String fill(String page) {
        return OutputDocs.fill(page, MARKER, END, reference(), "the scenario reference");
    }

    /** The generated block of a page (between its marker and end lines), or empty when it has none. */
    public static String generatedBlock(String page) {
        return OutputDocs.block(page, MARKER, END);
    }

    /** The reference as markdown, without the marker lines. */
    public static String reference() {
        StringBuilder md = new StringBuilder();
        md.append("### Trigger types\n\n");
        md.append("`trigger.type` names one of these; the other keys of `trigger` are its options, and\n")
                .append("`--trigger OPTION=VALUE` sets them on the command line. A quantity takes a number with\n")
                .append("one of its units, or a named level; a bare number is in the first unit listed.\n");
        for (TriggerType t : TriggerCatalogue.standard().types()) {
            String d = t.description();
            md.append("\n#### `").append(t.name()).append("`\n\n").append(Character.toUpperCase(d.charAt(0)))
                    .append(d.substring(1)).append(".");
            if (t.infection()) {
                md.append(" An infection: antibiotics or antivirals act on its pathogen.");
            }
            md.append("\n");
            if (!t.parameters().isEmpty()) {
                md.append("Always sets ").append(settings(t.parameters())).append(".\n");
            }
            if (t.options().isEmpty()) {
                continue;
            }
            md.append("\n").append(Markdown.header(List.of("Option", "Values", "Default", "Sets"), "llll"));
            for (TriggerOption o : t.options()) {
                md.append(Markdown.row(row(o, t)));
            }
        }
        md.append("\n### Care protocols\n\n`care.protocol` (or `--protocol`) names one of these, or a protocol file\n")
                .append("(`.yaml`, beside the scenario; its keys are described in [treatments.md](treatments.md)).\n\n");
        md.append(Markdown.header(List.of("Protocol", "What it does"), "ll"));
        ProtocolLibrary protocols = ProtocolLibrary.standard();
        for (String name : protocols.names()) {
            md.append(Markdown.row(List.of(Markdown.code(name), Markdown.cell(protocols.named(name).description()))));
        }
        md.append("\n### Built-in scenarios\n\n`cytostorm run NAME` runs one; each is a scenario file of the kind\n")
                .append("described above, and a copy of it is a starting point for one of your own.\n\n");
        md.append(Markdown.header(List.of("Name", "Trigger", "Duration", "Description"), "llrl"));
        for (String name : BuiltInScenarios.names()) {
            Scenario s = BuiltInScenarios.load(name);
            List<String> options = new ArrayList<>();
            s.trigger().options().forEach((k, v) -> options.add(k + "=" + v));
            String trigger = s.trigger().type() + (options.isEmpty() ? "" : " (" + String.join(", ", options) + ")");
            md.append(Markdown.row(List.of(Markdown.code(name), Markdown.cell(trigger),
                    Measure.format(s.durationH() / 24) + " d", Markdown.cell(s.description()))));
        }
        return md.toString().stripTrailing();
    }

    private static List<String> row(TriggerOption o, TriggerType type) {
        if (o instanceof ChoiceOption c) {
            List<String> sets = new ArrayList<>();
            c.choices().forEach((choice, params) -> sets.add(Markdown.code(choice) + ": "
                    + (params.isEmpty() ? "nothing" : settings(params))));
            return List.of(Markdown.code(c.name()), String.join(" \\| ", c.choiceNames().stream().map(Markdown::code)
                    .toList()), c.defaultChoice().map(Markdown::code).orElse("none"), Markdown.cell(String.join("; ", sets)));
        }
        QuantityOption q = (QuantityOption) o;
        // without a default of its own, the value comes from a choice (a CAR-T product's dose) or the table
        String setBy = type.options().stream().filter(c -> c instanceof ChoiceOption
                && c.parameterNames().contains(q.parameter())).map(c -> "the " + c.name() + "'s").findFirst()
                .orElse("the parameter table's");
        if (type.parameters().containsKey(q.parameter())) {
            setBy = Measure.format(type.parameters().get(q.parameter()), q.unit());
        }
        String dflt = q.defaultValue().isPresent() ? Measure.format(q.defaultValue().getAsDouble(), q.unit()) : setBy;
        return List.of(Markdown.code(q.name()), Markdown.cell(q.valuesText()), Markdown.cell(dflt),
                Markdown.code(q.parameter()));
    }

    private static String settings(Map<String, Double> parameters) {
        List<String> out = new ArrayList<>();
        parameters.forEach((k, v) -> out.add("`" + k + "` = " + Measure.format(v)));
        return String.join(", ", out);
    }
}
