package org.cytostorm.sensitivity.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.cytostorm.sensitivity.estimate.MorrisEffect;
import org.cytostorm.sensitivity.estimate.SobolIndex;

/**
 * DIR/summary.json: the run's manifest, the failures, and per readout the ten most influential
 * parameters with their indices (the whole ranking is in indices.csv).
 */
final class SummaryJson {

    static final int TOP = 10;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    static String write(SensitivityResult r, Map<String, Object> manifest) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>(manifest);
        m.put("failed_evaluations", r.failed());
        m.put("first_failures", r.failures());
        Map<String, Object> top = new LinkedHashMap<>();
        for (String output : r.outputs()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            if (r.isSobol()) {
                for (SobolIndex s : r.sobol(output).stream().limit(TOP).toList()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("parameter", s.parameter());
                    e.put("S1", number(s.first().estimate()));
                    e.put("S1_ci", java.util.Arrays.asList(number(s.first().lo()), number(s.first().hi())));
                    e.put("ST", number(s.total().estimate()));
                    e.put("ST_ci", java.util.Arrays.asList(number(s.total().lo()), number(s.total().hi())));
                    rows.add(e);
                }
            } else {
                for (MorrisEffect me : r.morris(output).stream().limit(TOP).toList()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("parameter", me.parameter());
                    e.put("mu_star", number(me.muStar().estimate()));
                    e.put("mu_star_ci", java.util.Arrays.asList(number(me.muStar().lo()), number(me.muStar().hi())));
                    e.put("mu", number(me.mu()));
                    e.put("sigma", number(me.sigma()));
                    rows.add(e);
                }
            }
            top.put(output, rows);
        }
        m.put("top", top);
        return JSON.writeValueAsString(m) + "\n";
    }

    /** JSON has no NaN: a missing figure is null. */
    private static Object number(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
