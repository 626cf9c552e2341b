package org.cytostorm.physiology.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytostorm.common.input.InputException;
import org.cytostorm.engine.model.Annotation;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.model.ModelBuilder;
import org.cytostorm.engine.model.ModelUnits;
import org.cytostorm.engine.model.Parameter;
import org.cytostorm.engine.model.UnitDefinition;
import org.cytostorm.physiology.model.ParameterEntry;
import org.cytostorm.physiology.model.ParameterTable;

/**
 * Declares the unit of every variable of the patient model as SBML would have it: one unit
 * definition per distinct unit text ({@link UnitText}; its display name is the text), each
 * parameter's units an identifier of one, and the model's time unit the hour.
 *
 * <p>A parameter's unit text comes from its row of the parameter table; the model's other
 * variables (states, rule variables, derived constants, event-assigned variables) carry theirs in
 * {@code patient.ant} as {@code //@ NAME unit="..."} lines. A variable without a unit, or with a
 * text {@link UnitText} cannot read, is an {@link InputException} naming the table row or the
 * model file.
 */
public final class ExportUnits {

    /** The unit text of the model's time (the hour). */
    public static final String TIME = "h";

    /** The file the table rows are named by in messages. */
    static final String TABLE_FILE = "parameters.tsv";
    /** The file the model's own annotations are named by in messages. */
    static final String MODEL_FILE = "patient.ant";

    private ExportUnits() {
    }

    /**
     * A copy of {@code model} with unit definitions, every parameter's units an identifier of
     * one (the base unit {@code dimensionless} for the text {@code 1}) and time in hours.
     *
     * @param table the parameter table the model was joined with, to name a bad row
     * @throws InputException for a variable without a unit or with an unreadable unit text
     */
    public static Model declare(Model model, ParameterTable table) {
        Map<String, UnitDefinition> byText = new LinkedHashMap<>();
        Map<String, String> idOwner = new LinkedHashMap<>();
        ModelBuilder b = ModelBuilder.from(model);
        for (Parameter p : model.parameters()) {
            String text = p.units();
            if (text == null || text.isBlank()) {
                throw new InputException(MODEL_FILE, 0, p.id(), "has no unit: give it a row in " + TABLE_FILE
                        + " or a line //@ " + p.id() + " unit=\"...\" in " + MODEL_FILE);
            }
            String id = unitId(text.strip(), p, table, byText, idOwner);
            b.putParameter(p.withUnits(id));
        }
        String hour = unitId(TIME, null, table, byText, idOwner);
        byText.values().forEach(b::addUnit);
        ModelUnits u = model.units();
        b.units(new ModelUnits(hour, u.substance(), u.volume(), u.area(), u.length(), u.extent()));
        return b.build();
    }

    /** The unit reference of a text, defining the unit at its first use. */
    private static String unitId(String text, Parameter p, ParameterTable table, Map<String, UnitDefinition> byText,
            Map<String, String> idOwner) {
        if (text.equals("1")) {
            return "dimensionless";
        }
        UnitDefinition known = byText.get(text);
        if (known != null) {
            return known.id();
        }
        List<UnitDefinition.Part> parts;
        try {
            parts = UnitText.parse(text);
        } catch (IllegalArgumentException e) {
            throw located(p, table, e.getMessage());
        }
        String id = UnitText.id(text);
        for (int k = 2; idOwner.containsKey(id) || id.equals("dimensionless"); k++) {
            id = UnitText.id(text) + "_" + k;
        }
        idOwner.put(id, text);
        UnitDefinition def = new UnitDefinition(id, parts, Annotation.EMPTY.withDisplayName(text));
        byText.put(text, def);
        return id;
    }

    private static InputException located(Parameter p, ParameterTable table, String message) {
        if (p == null) {
            return new InputException("the model's time unit", 0, "", message);
        }
        ParameterEntry row = table.find(p.id()).orElse(null);
        if (row != null) {
            return new InputException(TABLE_FILE, row.line(), "unit", p.id() + ": " + message);
        }
        return new InputException(MODEL_FILE, 0, p.id(), message);
    }
}
