package org.cytostorm.sensitivity.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.common.io.Csv;
import org.cytostorm.sensitivity.Factor;
import org.cytostorm.sensitivity.design.Design;

/**
 * DIR/evaluations.csv: every point of the design with the parameters' values and the readouts, so
 * that a user can fit a surrogate or plot a scatter: {@code row}, {@code point} (A, B, AB:i or
 * Tt:m), one column per parameter, one per readout, {@code failure}.
 */
final class EvaluationsFile {

    private EvaluationsFile() {
    }

    static void write(Path file, Design design, List<Factor> factors, List<String> outputs, Readouts r)
            throws IOException {
        List<String> header = new ArrayList<>();
        header.add("row");
        header.add("point");
        factors.forEach(f -> header.add(f.name()));
        header.addAll(outputs);
        header.add("failure");
        int k = factors.size();
        AtomicFiles.write(file, w -> {
            double[] u = new double[k];
            try (Csv.RowWriter cw = Csv.writer(w, header)) {
                for (long row = 0; row < design.rows(); row++) {
                    design.point(row, u);
                    cw.start().number(row).text(design.label(row));
                    for (int i = 0; i < k; i++) {
                        cw.number(factors.get(i).value(u[i]));
                    }
                    for (int j = 0; j < outputs.size(); j++) {
                        cw.number(r.value(j, row));
                    }
                    cw.text(r.failure(row)).end();
                }
            }
        });
    }
}
