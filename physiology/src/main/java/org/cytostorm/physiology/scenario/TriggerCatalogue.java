package org.cytostorm.physiology.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.io.Resources;
import org.cytostorm.physiology.model.ParameterTable;

/**
 * The trigger catalogue ({@code triggers.yaml}): each trigger a scenario can name, as a module of
 * parameter settings with options. The format is described in the header of {@code triggers.yaml}.
 *
 * <p>Reading a catalogue checks its form, not its parameter names: {@link #validate} compares the
 * names with a parameter table, so a catalogue and a table can be edited apart.
 */
public final class TriggerCatalogue {
    /** The file name of the standard catalogue, used in messages. */
    public static final String FILE = "triggers.yaml";

    private final String sourceName;
    private final List<TriggerType> types;

    private TriggerCatalogue(String sourceName, List<TriggerType> types) {
        this.sourceName = sourceName;
        this.types = List.copyOf(types);
    }

    /** The catalogue that ships with cytostorm. */
    public static TriggerCatalogue standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final TriggerCatalogue STANDARD = load();

        private static TriggerCatalogue load() {
            return parse(Resources.text(TriggerCatalogue.class, FILE), FILE);
        }
    }

    /**
     * Parses catalogue text; {@code sourceName} names the file in messages.
     *
     * @throws InputException naming file, line and key when the text is not a valid catalogue
     */
    public static TriggerCatalogue parse(String yaml, String sourceName) {
        return new TriggerCatalogue(sourceName, CatalogueReader.read(yaml, sourceName));
    }

    /** The file the catalogue was read from (for messages). */
    public String sourceName() {
        return sourceName;
    }

    /** Every trigger type, in file order. */
    public List<TriggerType> types() {
        return types;
    }

    /** The trigger type names, in file order. */
    public List<String> typeNames() {
        return types.stream().map(TriggerType::name).toList();
    }

    public Optional<TriggerType> find(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Every model parameter the catalogue may set, in file order, without repeats. */
    public Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        for (TriggerType t : types) {
            names.addAll(t.parameters().keySet());
            t.options().forEach(o -> names.addAll(o.parameterNames()));
        }
        return names;
    }

    /**
     * Every place the catalogue names a parameter the table lacks, or calls an option a count
     * ({@code whole: true}) whose parameter the table does not (or the reverse), one message each
     * (file, line, trigger and option); empty when catalogue and table agree. The table decides what
     * a count is for every input; the catalogue's flag lets it check its own levels and default.
     */
    public List<String> validate(ParameterTable table) {
        List<String> problems = new ArrayList<>();
        for (TriggerType t : types) {
            missing(table, t.parameters().keySet(), t.line(), t.name() + ".parameters", problems);
            for (TriggerOption o : t.options()) {
                String where = t.name() + ".options." + o.name();
                if (o instanceof ChoiceOption c) {
                    for (Map.Entry<String, Map<String, Double>> e : c.choices().entrySet()) {
                        missing(table, e.getValue().keySet(), o.line(), where + ".choices." + e.getKey(), problems);
                    }
                } else {
                    missing(table, o.parameterNames(), o.line(), where + ".parameter", problems);
                    if (o instanceof QuantityOption q) {
                        table.find(q.parameter()).filter(e -> e.isCount() != q.whole()).ifPresent(e -> problems.add(
                                sourceName + ":" + o.line() + ": " + where + ": " + (q.whole() ? "whole: true, but "
                                + q.parameter() + " is not a count in the parameter table (distribution " + e.distribution().text() + ")"
                                : q.parameter() + " is a count in the parameter table; mark the option whole: true")));
                    }
                }
            }
        }
        return problems;
    }

    private void missing(ParameterTable table, Iterable<String> names, int line, String where, List<String> out) {
        for (String name : names) {
            if (table.find(name).isEmpty()) {
                out.add(sourceName + ":" + line + ": " + where + ": parameter '" + name
                        + "' is not in the parameter table");
            }
        }
    }
}
