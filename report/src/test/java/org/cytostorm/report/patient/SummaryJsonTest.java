package org.cytostorm.report.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.Peak;
import org.cytostorm.physiology.run.RunSummary;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonTest {

    @TempDir
    Path dir;

    private JsonNode writeAndRead(PatientRun run) throws IOException {
        Path file = dir.resolve("summary.json");
        SummaryJson.write(run, file);
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void hasTheContractKeysInOrder() throws IOException {
        JsonNode json = writeAndRead(SyntheticRuns.typical());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("scenario", "trigger", "duration_h", "max_crs_grade", "max_sofa", "survival_day28",
                "max_icans_grade", "icans_onset_h", "icans_duration_h", "max_isth_dic_score", "ventilation_days",
                "ventilator_free_days_expected", "dialysis_days", "expected_deaths_by_system",
                "peaks", "support_used", "extra", "treatments", "inputs", "provenance", "status", "columns"), keys);
        assertEquals("axi-cel-typical", json.get("scenario").asText());
        assertEquals("car-t", json.at("/trigger/type").asText());
        assertEquals("axi-cel", json.at("/trigger/options/product").asText());
        assertEquals("2e6/kg", json.at("/trigger/options/dose").asText());
        assertEquals(672.0, json.get("duration_h").asDouble());
        assertTrue(json.get("max_crs_grade").isInt());
        assertEquals(2, json.get("max_crs_grade").asInt());
        assertEquals(6.5, json.get("max_sofa").asDouble());
        assertEquals(0.873, json.get("survival_day28").asDouble());
        assertEquals("high-flow oxygen", json.at("/support_used/0").asText());
        assertEquals(142.0, json.at("/extra/hscore_max").asDouble());
        assertEquals(3, json.get("max_icans_grade").asInt());
        assertEquals(5, json.get("max_isth_dic_score").asInt());
        assertEquals(0.873 * 25, json.get("ventilator_free_days_expected").asDouble(), 1e-12);
        List<String> systems = new ArrayList<>();
        json.get("expected_deaths_by_system").fieldNames().forEachRemaining(systems::add);
        assertEquals(List.of("respiratory", "coagulation", "liver", "cardiovascular", "cns", "renal"), systems);
        double sum = 0;
        for (JsonNode p : json.get("expected_deaths_by_system")) {
            sum += p.asDouble();
        }
        assertEquals(1 - 0.873, sum, 1e-12, "the expected deaths add up to 1 - survival");
    }

    @Test
    void aSummaryWithoutCourseWritesNullsAndASampledFateIsRecorded() throws IOException {
        PatientRun run = SyntheticRuns.short48h();
        RunSummary s = run.summary();
        JsonNode bare = writeAndRead(SyntheticRuns.of(run.scenario(), run.columns(), run.timeH(), run.values(),
                new RunSummary(s.maxCrsGrade(), s.maxSofa(), 1, s.peaks(), s.supportUsed(), s.extra())));
        assertTrue(bare.get("icans_onset_h").isNull());
        assertTrue(bare.get("ventilator_free_days_expected").isNull());
        assertFalse(bare.has("sampled_outcome"), "no fate drawn, none written");

        PatientRun sampled = SyntheticRuns.typical().withSample(7, 3);
        JsonNode fate = writeAndRead(sampled).get("sampled_outcome");
        assertEquals(7, fate.get("seed").asLong());
        assertEquals(3, fate.get("patient").asLong());
        assertEquals(sampled.sampled().orElseThrow().describe(), fate.get("text").asText());
        assertEquals(7, writeAndRead(sampled).at("/provenance/seed").asLong());
    }

    @Test
    void peaksAreExactAndInColumnOrder() throws IOException {
        PatientRun run = SyntheticRuns.typical();
        JsonNode peaks = writeAndRead(run).get("peaks");
        List<String> names = new ArrayList<>();
        peaks.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("IL6", "TNF", "IL10", "sIL6R"), names);
        for (Map.Entry<String, Peak> e : run.summary().peaks().entrySet()) {
            JsonNode p = peaks.get(e.getKey());
            assertEquals(e.getValue().value(), p.get("value").asDouble(), 0.0, e.getKey());
            assertEquals(e.getValue().timeH(), p.get("time_h").asDouble(), 0.0, e.getKey());
        }
        // The analytic IL6 bump peaks at 36 h, on the sampling grid, at 5 + 2000.
        assertEquals(2005.0, peaks.at("/IL6/value").asDouble(), 0.0);
        assertEquals(36.0, peaks.at("/IL6/time_h").asDouble(), 0.0);
    }

    @Test
    void columnsDescribeEveryCsvColumn() throws IOException {
        PatientRun run = SyntheticRuns.typical();
        JsonNode columns = writeAndRead(run).get("columns");
        assertEquals(run.columns().size(), columns.size());
        for (int c = 0; c < columns.size(); c++) {
            JsonNode col = columns.get(c);
            assertEquals(run.columns().get(c).name(), col.get("name").asText());
            assertEquals(run.columns().get(c).unit(), col.get("unit").asText());
            assertEquals(run.columns().get(c).group(), col.get("group").asText());
            assertEquals(run.columns().get(c).description(), col.get("description").asText());
        }
        assertEquals("°C", columns.get(5).get("unit").asText(), "UTF-8 survives");
    }

    @Test
    void treatmentsListEveryDoseAndEveryRuleSetting() throws IOException {
        PatientRun run = SyntheticRuns.treated();
        JsonNode treatments = writeAndRead(run).get("treatments");
        assertEquals(run.treatments().size(), treatments.size());
        for (int i = 0; i < treatments.size(); i++) {
            TreatmentEvent e = run.treatments().get(i);
            JsonNode t = treatments.get(i);
            List<String> keys = new ArrayList<>();
            t.fieldNames().forEachRemaining(keys::add);
            assertEquals(e.timeH(), t.get("time_h").asDouble(), 0.0);
            assertEquals(e.origin(), t.get("origin").asText());
            if (e.isDose()) {
                assertEquals(List.of("time_h", "drug", "amount_mg", "route", "duration_h", "origin"), keys);
                assertEquals(e.what(), t.get("drug").asText());
                assertEquals(e.amountMg(), t.get("amount_mg").asDouble(), 0.0);
                assertEquals(e.route(), t.get("route").asText());
                assertEquals(e.durationH(), t.get("duration_h").asDouble(), 0.0);
            } else {
                assertEquals(List.of("time_h", "variable", "value", "origin"), keys);
                assertEquals(e.what(), t.get("variable").asText());
                assertEquals(e.amountMg(), t.get("value").asDouble(), 0.0);
            }
        }
        assertTrue(run.treatments().stream().anyMatch(e -> !e.isDose()), "the fixture has a setting too");
        assertEquals(0, writeAndRead(SyntheticRuns.typical()).get("treatments").size());
    }

    @Test
    void aNonFiniteTreatmentIsRefused() {
        PatientRun run = SyntheticRuns.typical();
        PatientRun bad = SyntheticRuns.of(run.scenario(), run.columns(), run.timeH(), run.values(), run.summary(),
                List.of(new TreatmentEvent(12, "dexamethasone", Double.POSITIVE_INFINITY, "iv", 0, "schedule")));
        Path file = dir.resolve("summary.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SummaryJson.write(bad, file));
        assertTrue(e.getMessage().contains("dexamethasone"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void isPrettyPrinted() throws IOException {
        Path file = dir.resolve("summary.json");
        SummaryJson.write(SyntheticRuns.short48h(), file);
        String text = Files.readString(file);
        assertTrue(text.lines().count() > 10);
        assertTrue(text.contains("\"max_crs_grade\" : 2"), text);
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void nanFigureIsRefusedAndNothingWritten() {
        PatientRun run = SyntheticRuns.short48h();
        RunSummary s = run.summary();
        PatientRun bad = SyntheticRuns.of(run.scenario(), run.columns(), run.timeH(), run.values(),
                new RunSummary(s.maxCrsGrade(), s.maxSofa(), Double.NaN, s.peaks(), s.supportUsed(), s.extra()));
        Path file = dir.resolve("summary.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SummaryJson.write(bad, file));
        assertTrue(e.getMessage().contains("survival_day28"), e.getMessage());
        assertFalse(Files.exists(file));
    }
}
