package org.cytostorm.tissue.cells;

import java.util.List;

/**
 * One cell type of a configuration: a kind, a paint, base values of every behaviour, and what it
 * does when it dies or meets others. States are types (PhysiCell's convention): an infected
 * epithelial cell is its own type, reached by {@code transform to}.
 *
 * @param name as written in the config
 * @param kind geometry and abilities
 * @param paint how frames draw it
 * @param base base value of each behaviour (numbering of {@code rules.Behaviours})
 * @param deathDelay minutes from commitment to inflammatory death until lysis
 * @param release amount added to each field of the cell's voxel when it lyses (field units)
 * @param internalises for each field, whether uptake is kept inside the cell as a signal
 * @param internalDecay rate at which internalised amounts are degraded, 1/min
 * @param chemotaxisField field whose gradient the cell climbs, or -1
 * @param targets types this cell kills when it has a kill rate
 * @param recruits type a vessel of this type recruits from blood, or -1
 * @param source literature source or {@code assumed: why}, for the type's values
 * @param grade evidence grade of those values: strong, moderate, single-source or assumed
 * @param line line of the type in its file
 */
public record CellType(String name, Kind kind, Paint paint, double[] base, double deathDelay, double[] release,
        boolean[] internalises, double internalDecay, int chemotaxisField, List<Integer> targets, int recruits,
        String source, String grade, int line) {

    public boolean lattice() {
        return kind.lattice();
    }

    /** True when the type keeps any field it takes up. */
    public boolean internalisesAny() {
        for (boolean b : internalises) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** True for a killer that kills cells of type {@code type}. */
    public boolean kills(int type) {
        return targets.contains(type);
    }
}
