package org.cytostorm.sensitivity.evaluate;

import java.util.Optional;

/**
 * The readouts of one evaluation, NaN where the simulation failed, and why it failed.
 *
 * @param outputs one per readout, in the evaluator's order
 * @param failure the variable and time of a failed simulation, in words; empty when it completed
 */
public record Evaluation(double[] outputs, Optional<String> failure) {

    public Evaluation {
        outputs = outputs.clone();
    }

    @Override
    public double[] outputs() {
        return outputs.clone();
    }

    /** Readout {@code i}. */
    public double output(int i) {
        return outputs[i];
    }

    /** A failed evaluation of {@code n} readouts. */
    public static Evaluation failed(int n, String why) {
        double[] nan = new double[n];
        java.util.Arrays.fill(nan, Double.NaN);
        return new Evaluation(nan, Optional.of(why));
    }
}
