package org.cytostorm.physiology.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytostorm.common.io.Resources;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.text.AntimonyParser;

/**
 * The patient model: {@code patient.ant} (the equations) joined with {@code parameters.tsv} (every
 * parameter's value, unit, range, distribution, evidence and source). The join writes one
 * {@code name = value} line and one {@code //@} annotation line per table row before the model's
 * {@code end}, so the joined text is ordinary model text: it parses, exports to SBML with its
 * annotations and documents itself.
 *
 * <p>A {@code PatientModel} is a value a user can make from their own equations and table (a
 * research variant): scenario readers, care protocols and the simulator take every default from
 * the instance they are given ({@code ScenarioReader.of(model)}, {@code PatientSimulator.of(model)}),
 * so a variant flows through the whole pipeline. It is compiled once, on first use, and the
 * compiled model is immutable and thread-safe.
 */
public final class PatientModel {

    static final String EQUATIONS = "patient.ant";
    private static final Pattern SOURCE_SPLIT = Pattern.compile("\\s*;\\s*");

    /** The name of the model that ships with cytostorm, in provenance records. */
    public static final String STANDARD = "standard";

    private final String name;
    private final String text;
    private final Model model;
    private final ParameterTable table;
    private volatile CompiledModel compiled;

    private PatientModel(String name, String text, Model model, ParameterTable table) {
        this.name = name;
        this.text = text;
        this.model = model;
        this.table = table;
    }

    /** The patient model that ships with cytostorm. */
    public static PatientModel standard() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final PatientModel MODEL = of(STANDARD, resource(EQUATIONS), ParameterTable.standard());
    }

    /** A patient model from other equations and table (a research variant), named {@code variant}. */
    public static PatientModel of(String equations, ParameterTable table) {
        return of("variant", equations, table);
    }

    /**
     * A patient model from other equations and table.
     *
     * @param name names the model in every run's provenance
     * @throws org.cytostorm.engine.text.ModelParseException for equations that do not parse
     */
    public static PatientModel of(String name, String equations, ParameterTable table) {
        String joined = join(equations, table);
        return new PatientModel(name, joined, AntimonyParser.parse(joined, EQUATIONS), table);
    }

    /**
     * A patient model already read (from SBML, say) with the table that gives its parameters'
     * defaults; it has no model text.
     */
    public static PatientModel of(String name, Model model, ParameterTable table) {
        return new PatientModel(name, null, model, table);
    }

    /** The model's name ({@value #STANDARD} for the one that ships), recorded with every run. */
    public String name() {
        return name;
    }

    /** The joined model text (equations plus parameter section); empty for a model read from SBML. */
    public java.util.Optional<String> text() {
        return java.util.Optional.ofNullable(text);
    }

    /** The model compiled to bytecode: compiled on first use, then shared (immutable, thread-safe). */
    public CompiledModel compiled() {
        CompiledModel c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) {
                    c = CompiledModel.compile(model);
                    compiled = c;
                }
            }
        }
        return c;
    }

    public Model model() {
        return model;
    }

    public ParameterTable table() {
        return table;
    }

    /** The equations alone, as shipped. */
    public static String equations() {
        return resource(EQUATIONS);
    }

    static String join(String equations, ParameterTable table) {
        int end = lastEnd(equations);
        StringBuilder sb = new StringBuilder(equations.length() + table.entries().size() * 200);
        sb.append(equations, 0, end);
        sb.append("\n  // ===== Parameters (joined from parameters.tsv) =====\n");
        for (ParameterEntry e : table.entries()) {
            sb.append("  ").append(e.name()).append(" = ").append(number(e.value())).append('\n');
        }
        for (ParameterEntry e : table.entries()) {
            sb.append("  //@ ").append(e.name())
                    .append(" unit=").append(quote(e.unit()))
                    .append(" evidence=").append(quote(e.evidence()))
                    .append(" range=").append(quote(number(e.min()) + ".." + number(e.max())))
                    .append(" distribution=").append(quote(e.distribution().text()))
                    .append(" notes=").append(quote(e.description()));
            for (String s : SOURCE_SPLIT.split(e.source())) {
                sb.append(" source=").append(quote(s.replace(',', ' ')));
            }
            sb.append('\n');
        }
        sb.append(equations.substring(end));
        return sb.toString();
    }

    private static int lastEnd(String text) {
        Matcher m = Pattern.compile("(?m)^end\\s*$").matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0) {
            throw new IllegalArgumentException(EQUATIONS + ": no 'end' line closing the model");
        }
        return at;
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).toLowerCase(Locale.ROOT);
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String resource(String name) {
        return Resources.text(PatientModel.class, name);
    }
}
