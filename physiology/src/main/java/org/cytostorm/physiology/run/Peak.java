package org.cytostorm.physiology.run;

/** The largest value of a column and the first time it was reached. */
public record Peak(double value, double timeH) {

    /** The peak of {@code values} sampled at {@code timeH} (same length, at least one point). */
    public static Peak of(double[] timeH, double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return new Peak(values[best], timeH[best]);
    }
}
