package org.cytostorm.sensitivity.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.common.io.Csv;
import org.cytostorm.sensitivity.estimate.MorrisEffect;
import org.cytostorm.sensitivity.estimate.SobolIndex;

/**
 * DIR/indices.csv, ranked within each readout. Sobol: {@code parameter, output, S1, S1_lo, S1_hi,
 * ST, ST_lo, ST_hi, samples}; Morris: {@code parameter, output, mu, mu_star, mu_star_lo,
 * mu_star_hi, sigma, effects}. Intervals are 95% bootstrap percentiles.
 */
final class IndicesFile {

    static final List<String> SOBOL = List.of("parameter", "output", "S1", "S1_lo", "S1_hi", "ST", "ST_lo", "ST_hi",
            "samples");
    static final List<String> MORRIS = List.of("parameter", "output", "mu", "mu_star", "mu_star_lo", "mu_star_hi",
            "sigma", "effects");

    private IndicesFile() {
    }

    static void write(Path file, SensitivityResult result) throws IOException {
        AtomicFiles.write(file, w -> {
            try (Csv.RowWriter cw = Csv.writer(w, result.isSobol() ? SOBOL : MORRIS)) {
                for (String output : result.outputs()) {
                    if (result.isSobol()) {
                        for (SobolIndex s : result.sobol(output)) {
                            cw.start().text(s.parameter()).text(output).number(s.first().estimate())
                                    .number(s.first().lo()).number(s.first().hi()).number(s.total().estimate())
                                    .number(s.total().lo()).number(s.total().hi()).text(Integer.toString(s.samples())).end();
                        }
                    } else {
                        for (MorrisEffect m : result.morris(output)) {
                            cw.start().text(m.parameter()).text(output).number(m.mu()).number(m.muStar().estimate())
                                    .number(m.muStar().lo()).number(m.muStar().hi()).number(m.sigma())
                                    .text(Integer.toString(m.effects())).end();
                        }
                    }
                }
            }
        });
    }
}
