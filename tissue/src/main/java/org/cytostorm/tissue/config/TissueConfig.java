package org.cytostorm.tissue.config;

import java.util.List;
import org.cytostorm.tissue.cells.CellType;
import org.cytostorm.tissue.grid.Grid;
import org.cytostorm.tissue.rules.Behaviours;
import org.cytostorm.tissue.rules.Rule;

/**
 * Everything that defines a tissue run, read from a config file (with {@code --set} overrides
 * applied): the grid and clock, the fields, cell types with their base behaviours, the rules
 * table, the initial layout, mechanism switches, drug effects, coupling and output choices.
 *
 * @param name the config's name
 * @param description one paragraph for the report
 * @param file where it was read from
 * @param seed seed of all random streams
 * @param grid the voxel grid
 * @param timing the clock
 * @param fields the diffusing fields
 * @param types the cell types
 * @param behaviours the numbering of behaviours
 * @param rules the rules table
 * @param layout the tissue at the start
 * @param switches mechanism switches
 * @param drugs drug effects
 * @param coupling coupling to a patient
 * @param drawField the field drawn in frames
 * @param settings every setting as {@code key = value} text, for the report and the checkpoint
 *        fingerprint
 */
public record TissueConfig(String name, String description, String file, long seed, Grid grid, Timing timing,
        List<FieldSpec> fields, List<CellType> types, Behaviours behaviours, List<Rule> rules, Layout layout,
        Switches switches, DrugBlocks drugs, Coupling coupling, int drawField, List<String> settings) {

    public int fieldIndex(String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    public int typeIndex(String type) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).name().equals(type)) {
                return i;
            }
        }
        return -1;
    }

    /** A fingerprint of every setting: a checkpoint resumes only under the config that wrote it. */
    public long fingerprint() {
        long h = 1125899906842597L;
        for (String s : settings) {
            for (int i = 0; i < s.length(); i++) {
                h = 31 * h + s.charAt(i);
            }
            h = 31 * h + '\n';
        }
        return h;
    }
}
