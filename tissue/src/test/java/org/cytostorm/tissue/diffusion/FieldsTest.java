package org.cytostorm.tissue.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.cytostorm.tissue.grid.Grid;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void totalIsTheExactSumTimesTheVoxelVolume() {
        // values spanning 16 decades, where a plain running sum loses the small ones; BigDecimal is exact
        Grid grid = new Grid(50, 40, 30, 2);
        Fields fields = new Fields(grid, List.of(new Substrate("IL-6", 1, 0)));
        double[] p = fields.values(0);
        Random random = new Random(5);
        BigDecimal exact = BigDecimal.ZERO;
        double plain = 0;
        for (int v = 0; v < p.length; v++) {
            p[v] = random.nextDouble() * Math.pow(10, -random.nextInt(17)) + (v == 0 ? 1e8 : 0);
            exact = exact.add(new BigDecimal(p[v]));
            plain += p[v];
        }
        double expected = exact.doubleValue() * grid.voxelVolume();
        assertEquals(expected, fields.total(0), Math.ulp(expected));
        System.out.printf("total: compensated off by %.2g, plain sum by %.2g (relative)%n",
                Math.abs(fields.total(0) - expected) / expected,
                Math.abs(plain * grid.voxelVolume() - expected) / expected);
    }

    @Test
    void clearSourcesZeroesSourcesAndUptakeOnly() {
        Fields fields = new Fields(Grid.planar(4, 4, 10), List.of(new Substrate("a", 1, 0), new Substrate("b", 1, 0)));
        fields.values(1)[3] = 7;
        fields.source(1)[3] = 2;
        fields.uptake(0)[5] = 0.5;
        fields.clearSources();
        assertEquals(0, fields.source(1)[3]);
        assertEquals(0, fields.uptake(0)[5]);
        assertEquals(7, fields.values(1)[3]);
    }
}
