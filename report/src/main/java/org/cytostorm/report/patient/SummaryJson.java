package org.cytostorm.report.patient;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.solve.SolverStatistics;
import org.cytostorm.physiology.outcome.SampledOutcome;
import org.cytostorm.physiology.run.CourseSummary;
import org.cytostorm.physiology.run.OutputColumn;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.Provenance;
import org.cytostorm.physiology.run.RunStatus;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Protocol;
import org.cytostorm.physiology.treat.Rule;
import org.cytostorm.physiology.treat.TreatmentEvent;

/**
 * Writes summary.json, pretty-printed. Keys (snake_case, read by other tools): {@code scenario},
 * {@code trigger} ({@code type}, {@code options}), {@code duration_h}, {@code max_crs_grade},
 * {@code max_sofa}, {@code survival_day28}, the course ({@code max_icans_grade}, {@code icans_onset_h},
 * {@code icans_duration_h}, {@code max_isth_dic_score}, {@code ventilation_days}, {@code
 * ventilator_free_days_expected}, {@code dialysis_days}, {@code expected_deaths_by_system}: system
 * to probability; a figure that is not known, such as the onset of ICANS that never came, is null),
 * {@code sampled_outcome} (only when a fate was drawn: {@code seed}, {@code patient}, {@code fate}
 * {@code died} or {@code alive}, {@code time_h} of death or of the end, {@code causes}, {@code
 * text}), {@code peaks} (name to {@code value}, {@code time_h}),
 * {@code support_used}, {@code extra}, {@code treatments} (every dose: {@code time_h}, {@code drug},
 * {@code amount_mg}, {@code route}, {@code duration_h}, {@code origin}; every variable a rule set:
 * {@code time_h}, {@code variable}, {@code value}, {@code origin}), {@code inputs} (source, settings,
 * patient, protocol with its rules, scheduled doses), {@code provenance} (cytostorm version, commit,
 * model and its digest, seed, warnings), {@code status} (return code, message, time reached, failed
 * variable, solver statistics) and {@code columns} ({@code name}, {@code unit}, {@code group},
 * {@code description}). docs/outputs.md describes every key.
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

    /**
     * The summary as JSON text, to serve or stream.
     *
     * @throws IllegalArgumentException if a figure is NaN or infinite or the run is malformed
     */
    public static String render(PatientRun run) throws IOException {
        RunChecks.requireWritable(run);
        java.io.StringWriter out = new java.io.StringWriter();
        writeTo(tree(run), out);
        return out.toString();
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
        course(root, summary.course());
        run.sampled().ifPresent(fate -> sampled(root.putObject("sampled_outcome"), fate));
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
        inputs(root.putObject("inputs"), run);
        provenance(root.putObject("provenance"), run);
        status(root.putObject("status"), run);
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

    /** The course figures, in {@link CourseSummary}'s order; null for a figure not known (NaN). */
    private static void course(ObjectNode root, CourseSummary c) {
        root.put("max_icans_grade", c.maxIcansGrade());
        number(root, "icans_onset_h", c.icansOnsetH());
        number(root, "icans_duration_h", c.icansDurationH());
        root.put("max_isth_dic_score", c.maxIsthDicScore());
        number(root, "ventilation_days", c.ventilationDays());
        number(root, "ventilator_free_days_expected", c.ventilatorFreeDaysExpected());
        number(root, "dialysis_days", c.dialysisDays());
        ObjectNode deaths = root.putObject("expected_deaths_by_system");
        c.expectedDeathsBySystem().forEach((system, p) -> deaths.put(system.key(), p));
    }

    /** The drawn fate, with what it takes to draw it again. */
    private static void sampled(ObjectNode out, SampledOutcome fate) {
        out.put("seed", fate.seed());
        out.put("patient", fate.patient());
        if (fate instanceof SampledOutcome.Died d) {
            out.put("fate", "died");
            out.put("time_h", d.timeH());
            ArrayNode causes = out.putArray("causes");
            d.causes().forEach(system -> causes.add(system.key()));
        } else if (fate instanceof SampledOutcome.Alive a) {
            out.put("fate", "alive");
            out.put("time_h", a.untilH());
            out.putArray("causes");
        }
        out.put("text", fate.describe());
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    /** Every input of the run: a user can repeat it from these. */
    private static void inputs(ObjectNode in, PatientRun run) {
        Scenario s = run.scenario();
        in.put("scenario", s.name());
        in.put("source", s.source());
        in.put("output_interval_h", s.outputIntervalH());
        ObjectNode settings = in.putObject("settings");
        s.settings().forEach(settings::put);
        ObjectNode replaced = in.putObject("replaced");
        run.provenance().replaced().forEach(replaced::put);
        ObjectNode patient = in.putObject("patient");
        patient.put("weight_kg", s.patient().weightKg());
        patient.put("age_years", s.patient().ageYears());
        patient.put("sex", s.patient().sex());
        patient.put("immunosuppressed", s.patient().immunosuppressed());
        ObjectNode overrides = patient.putObject("parameters");
        s.patient().overrides().forEach(overrides::put);
        Protocol p = s.protocol();
        ObjectNode protocol = in.putObject("protocol");
        protocol.put("name", p.name());
        protocol.put("source", p.source());
        protocol.put("supportive_care", p.supportiveCare());
        protocol.put("withholds_rules", p.withholdsRules());
        ArrayNode rules = protocol.putArray("rules");
        for (Rule r : s.allTreatments().rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("name", r.name());
            rule.put("when", r.when().text());
        }
        ArrayNode doses = in.putArray("scheduled_doses");
        for (Dosing d : s.allTreatments().schedule()) {
            ObjectNode dose = doses.addObject();
            dose.put("drug", d.drug().name());
            dose.put("dose", d.drug().isCourse() ? "course" : d.amount().toString());
            dose.put("route", d.route().label());
            dose.put("time_h", d.timeH());
            dose.put("duration_h", d.durationH());
            dose.put("interval_h", d.intervalH());
            dose.put("additional", d.additional());
        }
    }

    /** The build, the model, the seed and the warnings. */
    private static void provenance(ObjectNode out, PatientRun run) {
        Provenance p = run.provenance();
        out.put("cytostorm", p.build().version());
        out.put("commit", p.build().commit());
        out.put("modified", p.build().dirty());
        out.put("model", p.model());
        out.put("model_digest", p.digest());
        if (p.seed().isPresent()) {
            out.put("seed", p.seed().getAsLong());
        } else {
            out.putNull("seed");
        }
        ArrayNode warnings = out.putArray("warnings");
        p.warnings().forEach(warnings::add);
    }

    /** How the run ended and what it cost. */
    private static void status(ObjectNode out, PatientRun run) {
        RunStatus st = run.status();
        out.put("return_code", st.code().name());
        out.put("message", st.message());
        out.put("reached_h", st.reachedH());
        if (st.variable().isPresent()) {
            out.put("variable", st.variable().get());
        } else {
            out.putNull("variable");
        }
        ArrayNode methods = out.putArray("methods");
        st.methods().forEach(m -> methods.add(m.name()));
        SolverStatistics stats = run.statistics();
        ObjectNode solver = out.putObject("solver");
        SolverOptions options = run.provenance().solver();
        solver.put("method_requested", options.method().name());
        solver.put("relative_tolerance", options.relativeTolerance());
        solver.put("absolute_tolerance", options.absoluteTolerance());
        solver.put("max_steps", options.maxSteps());
        if (Double.isFinite(options.maxStepSize())) {
            solver.put("max_step_h", options.maxStepSize());
        } else {
            solver.putNull("max_step_h"); // no limit (JSON has no infinity)
        }
        solver.put("steps", stats.steps());
        solver.put("rejected_steps", stats.rejectedSteps());
        solver.put("rhs_evaluations", stats.rhsEvaluations());
        solver.put("jacobian_evaluations", stats.jacobianEvaluations());
        solver.put("lu_decompositions", stats.luDecompositions());
        solver.put("events", stats.events());
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
