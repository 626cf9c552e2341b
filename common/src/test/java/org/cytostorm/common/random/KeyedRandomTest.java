package org.cytostorm.common.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyedRandomTest {

    private static final int N = 200_000;

    @Test
    void aDrawIsAPureFunctionOfItsKey() {
        KeyedRandom a = new KeyedRandom(42);
        double first = a.uniform(7, 3, 1);
        for (int i = 0; i < 1000; i++) {
            a.uniform(i, i, 2); // other draws in between change nothing
        }
        assertEquals(first, new KeyedRandom(42).uniform(7, 3, 1));
        assertNotEquals(first, a.uniform(7, 3, 2), "another purpose is another stream");
        assertNotEquals(first, new KeyedRandom(43).uniform(7, 3, 1), "another seed is another stream");
    }

    @Test
    void uniformsHaveTheMomentsOfU01() {
        KeyedRandom r = new KeyedRandom(1);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double u = r.uniform(i, 0, 1);
            assertTrue(u >= 0 && u < 1);
            sum += u;
            sumSq += u * u;
        }
        // mean 1/2 (sd of the mean 1/sqrt(12 N)), variance 1/12; 5 standard errors
        assertEquals(0.5, sum / N, 5 / Math.sqrt(12.0 * N));
        assertEquals(1.0 / 12, sumSq / N - (sum / N) * (sum / N), 5 * Math.sqrt(1.0 / 180 / N));
    }

    @Test
    void normalsHaveMeanZeroAndVarianceOne() {
        KeyedRandom r = new KeyedRandom(2);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double z = r.normal(0, i, 3);
            sum += z;
            sumSq += z * z;
        }
        assertEquals(0, sum / N, 5 / Math.sqrt(N));
        // the variance of a sample variance of normals is 2/N
        assertEquals(1, sumSq / N, 5 * Math.sqrt(2.0 / N));
    }
}
