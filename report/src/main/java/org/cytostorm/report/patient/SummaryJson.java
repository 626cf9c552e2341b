package org.cytostorm.report.patient;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.treat.TreatmentEvent;

/**
 * Writes summary.json, pretty-printed. Keys (snake_case, read by other tools): {@code scenario},
 * {@code trigger} ({@code type}, {@code options}), {@code duration_h}, {@code max_crs_grade},
 * {@code max_sofa}, {@code survival_day28}, {@code peaks} (name to {@code value}, {@code time_h}),
 * {@code support_used}, {@code extra}, {@code treatments} (every dose: {@code time_h}, {@code drug},
 * {@code amount_mg}, {@code route}, {@code duration_h}, {@code origin}; every variable a rule set:
 * {@code time_h}, {@code variable}, {@code value}, {@code origin}) and {@code columns} ({@code name},
 * {@code unit}, {@code group}, {@code description}).
 */
public final class SummaryJson {

    // The writer is closed by AtomicFiles, which must then still rename the file.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SummaryJson() {
    }

    /**
     * Writes the run's summary atomically.
     *
     * @throws IllegalArgumentException if a figure is NaN or infinite or the run is malformed;
     *                                  nothing is written then
     */
    public static void write(PatientRun run, Path file) throws IOException {
        RunChecks.requireWritable(run);
        ObjectNode tree = tree(run);
        AtomicFiles.write(file, out -> writeTo(tree, out));
    }

    private static void writeTo(ObjectNode tree, Writer out) throws IOException {
        MAPPER.writeValue(out, tree);
        out.write('\n');
    }

    /** The JSON tree, keys in contract order (maps sorted, since the summary's maps have no order). */
    static ObjectNode tree(PatientRun run) {
        RunSummary summary = run.summary();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scenario", run.scenario().name());
        ObjectNode trigger = root.putObject("trigger");
        trigger.put("type", run.scenario().trigger().type());
        ObjectNode options = trigger.putObject("options");
        new TreeMap<>(run.scenario().trigger().options()).forEach(options::put);
        root.put("duration_h", run.scenario().durationH());
        root.put("max_crs_grade", summary.maxCrsGrade());
        root.put("max_sofa", summary.maxSofa());
        root.put("survival_day28", summary.survivalDay28());
        ObjectNode peaks = root.putObject("peaks");
        for (Map.Entry<String, Peak> peak : SummaryOrder.peaks(run).entrySet()) {
            ObjectNode p = peaks.putObject(peak.getKey());
            p.put("value", peak.getValue().value());
            p.put("time_h", peak.getValue().timeH());
        }
        ArrayNode support = root.putArray("support_used");
        summary.supportUsed().forEach(support::add);
        ObjectNode extra = root.putObject("extra");
        new TreeMap<>(summary.extra()).forEach(extra::put);
        ArrayNode treatments = root.putArray("treatments");
        run.treatments().forEach(e -> treatment(treatments.addObject(), e));
        ArrayNode columns = root.putArray("columns");
        for (OutputColumn column : run.columns()) {
            ObjectNode c = columns.addObject();
            c.put("name", column.name());
            c.put("unit", column.unit());
            c.put("group", column.group());
            c.put("description", column.description());
        }
        return root;
    }

    /** A dose names its drug and amount; a rule's setting names its variable and value. */
    private static void treatment(ObjectNode t, TreatmentEvent e) {
        t.put("time_h", e.timeH());
        if (e.isDose()) {
            t.put("drug", e.what());
            t.put("amount_mg", e.amountMg());
            t.put("route", e.route());
            t.put("duration_h", e.durationH());
        } else {
            t.put("variable", e.what());
            t.put("value", e.amountMg());
        }
        t.put("origin", e.origin());
    }
}
