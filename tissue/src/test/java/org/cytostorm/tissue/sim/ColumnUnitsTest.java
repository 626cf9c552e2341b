package org.cytostorm.tissue.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unit of every kind of column, from the naming convention of {@link Observer}. */
class ColumnUnitsTest {

    private static final Map<String, String> FIELDS = Map.of("il6", "ng/mL", "pathogen", "copies/voxel");

    @Test
    void eachColumnFamilyHasItsUnit() {
        assertEquals("h", ColumnUnits.unit("time_h", FIELDS));
        assertEquals("min", ColumnUnits.unit("time_min", FIELDS));
        assertEquals("cells", ColumnUnits.unit("n_epithelial_dying", FIELDS));
        assertEquals("ng/mL", ColumnUnits.unit("mean_il6", FIELDS));
        assertEquals("copies/voxel", ColumnUnits.unit("max_pathogen", FIELDS));
        assertEquals("ng/mL", ColumnUnits.unit("plasma_il6", FIELDS));
        // exchange rate (1/min) x concentration difference (ng/mL) x voxel volume (mL): ng/min
        assertEquals("ng/min", ColumnUnits.unit("flux_il6", FIELDS));
        assertEquals("0-1", ColumnUnits.unit("dead_fraction", FIELDS));
        assertEquals("µm", ColumnUnits.unit("front_um", FIELDS));
        assertEquals("", ColumnUnits.unit("seed", FIELDS));
    }
}
