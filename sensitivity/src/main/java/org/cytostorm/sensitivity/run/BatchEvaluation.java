package org.cytostorm.sensitivity.run;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.cytostorm.common.io.Csv;
import org.cytostorm.sensitivity.design.Design;
import org.cytostorm.sensitivity.evaluate.Evaluation;

/**
 * The readouts of one batch of design points, as the CSV file that commits it (columns {@code row},
 * {@code y0}..., {@code failure}): the same text whether this JVM's threads or a cluster executor
 * computed it, since a point's readouts are a pure function of its row.
 */
public final class BatchEvaluation {

    /** Told after each point, from the thread that evaluated it. */
    @FunctionalInterface
    public interface PointDone {
        void done();
    }

    private BatchEvaluation() {
    }

    /**
     * Evaluates batch {@code batch} of {@code design} and returns its file's text.
     *
     * @param design {@code o.design()}, made once by the caller (a Morris design draws its trajectories)
     */
    public static String csv(SensitivityJob.Options o, Design design, long batch, PointDone progress) {
        long[] range = {batch * o.batchSize(), Math.min(design.rows(), batch * o.batchSize() + o.batchSize())};
        if (range[0] < 0 || range[0] >= range[1]) {
            throw new IllegalArgumentException("batch " + batch + " is outside a design of " + design.rows() + " points");
        }
        int k = design.factors();
        int outputs = o.evaluator().outputs().size();
        double[] u = new double[k];
        List<double[]> values = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (long row = range[0]; row < range[1]; row++) {
            design.point(row, u);
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = o.factors().get(i).value(u[i]);
            }
            Evaluation e;
            try {
                e = o.evaluator().evaluate(x);
            } catch (RuntimeException ex) {
                // an input the simulator refuses at this point (out of its accepted range, say): a
                // failed evaluation, named in the results, not an abandoned analysis
                e = Evaluation.failed(outputs, ex.getMessage() == null ? ex.toString() : ex.getMessage());
            }
            values.add(e.outputs());
            failures.add(e.failure().orElse(""));
            progress.done();
        }
        StringWriter w = new StringWriter();
        List<String> header = new ArrayList<>();
        header.add("row");
        for (int j = 0; j < outputs; j++) {
            header.add("y" + j);
        }
        header.add("failure");
        try (Csv.RowWriter cw = Csv.writer(w, header)) {
            for (int i = 0; i < values.size(); i++) {
                cw.start().number(range[0] + i);
                for (double v : values.get(i)) {
                    cw.number(v);
                }
                cw.text(failures.get(i)).end();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex); // a StringWriter does not fail
        }
        return w.toString();
    }
}
