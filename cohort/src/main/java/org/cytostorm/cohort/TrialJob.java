package org.cytostorm.cohort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.cytostorm.cohort.analysis.TrialAnalysis;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.cohort.population.Population;
import org.cytostorm.cohort.run.ClusterTrialRunner;
import org.cytostorm.cohort.run.PatientResult;
import org.cytostorm.cohort.run.Shard;
import org.cytostorm.cohort.run.TrialBatchTask;
import org.cytostorm.cohort.run.TrialPatient;
import org.cytostorm.cohort.run.TrialRunner;
import org.cytostorm.cohort.store.ParquetRows;
import org.cytostorm.cohort.store.SummaryJson;
import org.cytostorm.cohort.trial.TrialSource;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.common.distribute.Cluster;
import org.cytostorm.common.input.InputException;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.common.io.OutputSet;
import org.cytostorm.common.io.ResumableWork;
import org.cytostorm.physiology.run.PatientSimulator;

/**
 * A trial from spec to files: draws and simulates the patients (resuming an interrupted run),
 * then writes DIR/patients.parquet (one row per patient and arm), DIR/summary.json and, through a
 * caller's hook, the report, all committed as one set ({@link OutputSet}). A shard ({@code K/N})
 * writes its rows only; {@link #merge} joins shards into the whole trial.
 *
 * <p>Work in progress lives in {@code .DIR.partial} beside DIR: a {@code run.json} saying what is
 * being run, and the batches. A restart with the same spec, seed, patient count and shard resumes;
 * anything else starts afresh.
 */
public final class TrialJob {

    /** The files of a finished trial's directory. */
    public static final String PATIENTS = "patients.parquet";
    public static final String SUMMARY = "summary.json";
    public static final String REPORT = "report.html";
    public static final String RUN = "run.json";
    public static final String SPEC = "trial.yaml";
    static final String BATCHES = "batches";
    static final Set<String> OUTPUTS = Set.of(PATIENTS, SUMMARY, REPORT, RUN, SPEC);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the report of a finished trial (the report module's job), into {@code file}. */
    public interface ReportWriter {
        void write(TrialSpec spec, TrialSummary summary, Path file) throws IOException;
    }

    /**
     * What to run.
     *
     * @param spec      the trial
     * @param specText  the spec file's text (kept with the outputs, so that shards can be merged)
     * @param specDir   where the spec's relative file names are found
     * @param patients  how many patients
     * @param seed      the seed
     * @param threads   worker threads
     * @param shard     which part
     * @param batchSize patients per committed batch
     */
    public record Options(TrialSpec spec, String specText, Path specDir, int patients, long seed, int threads,
            Shard shard, int batchSize) {
    }

    /** A cluster to run the batches on, and the spec as its executors read it. */
    private record Remote(Cluster cluster, TrialSource source) {
    }

    private final PatientSimulator simulator;
    private final Set<String> names;
    private final java.util.Optional<Remote> remote;

    /**
     * @param simulator the patient model's simulator
     * @param names     the names an output directory may hold (the trial's {@link #outputs()} and
     *                  those of other commands, so that a directory that held a run may take a trial)
     */
    public TrialJob(PatientSimulator simulator, Set<String> names) {
        this(simulator, names, java.util.Optional.empty());
    }

    private TrialJob(PatientSimulator simulator, Set<String> names, java.util.Optional<Remote> remote) {
        this.simulator = simulator;
        this.names = Set.copyOf(names);
        this.remote = remote;
    }

    /**
     * This job with the patients simulated on {@code cluster}'s executors instead of this JVM's
     * threads; everything else (resuming, merging the batches, the summary and report) stays here,
     * so the outputs are those of a local run.
     *
     * @param source the spec the executors read: the text of the runs' {@link Options#specText()}
     */
    public TrialJob onCluster(Cluster cluster, TrialSource source) {
        return new TrialJob(simulator, names, java.util.Optional.of(new Remote(cluster, source)));
    }

    /** The output directory's allowed entries. */
    public static Set<String> outputs() {
        return OUTPUTS;
    }

    /**
     * Runs a trial (or a shard of it) into {@code out}.
     *
     * @return the summary (empty for a shard, whose rows alone do not make a trial)
     */
    public java.util.Optional<TrialSummary> run(Options o, Path out, String label, TrialRunner.Progress progress,
            ReportWriter report) throws IOException {
        Population population = Population.of(o.spec().population(), o.spec().scenario(), simulator, o.seed());
        ParquetRows rows = rows(o.spec(), population.variedParameters());
        try (OutputSet set = OutputSet.open(out, label, names)) {
            Path work = set.resumable();
            Map<String, Object> manifest = manifest(o);
            ResumableWork.startOrResume(work, RUN, BATCHES, OUTPUTS, manifest);
            List<Path> batches = simulate(o, population, rows, work.resolve(BATCHES), progress);
            java.util.Optional<TrialSummary> summary = finish(o.spec(), o.seed(), rows, batches, work, manifest,
                    o.shard().count() == 1, report);
            ResumableWork.deleteFolder(work.resolve(BATCHES));
            AtomicFiles.writeString(work.resolve(SPEC), o.specText());
            set.commit();
            return summary;
        }
    }

    private List<Path> simulate(Options o, Population population, ParquetRows rows, Path dir,
            TrialRunner.Progress progress) throws IOException {
        if (remote.isEmpty()) {
            TrialRunner runner = new TrialRunner(new TrialPatient(o.spec(), population, simulator, o.seed()), rows,
                    o.batchSize());
            return runner.run(o.patients(), o.shard(), o.threads(), dir, progress);
        }
        Remote r = remote.get();
        if (!r.source().text().equals(o.specText())) {
            throw new IllegalArgumentException("the spec the cluster reads differs from the spec being run");
        }
        return new ClusterTrialRunner(r.cluster(), o.batchSize()).run(o.patients(), o.shard(),
                new TrialBatchTask(r.source(), o.seed(), o.patients(), o.batchSize()), dir, progress);
    }

    /**
     * Joins the output directories of shards 1/N to N/N of one trial into the whole trial's
     * outputs in {@code out}.
     *
     * @param spec the spec the shards ran (read from their trial.yaml)
     */
    public TrialSummary merge(TrialSpec spec, List<Path> shards, Path out, String label, ReportWriter report)
            throws IOException {
        List<JsonNode> manifests = new ArrayList<>();
        for (Path s : shards) {
            Path run = s.resolve(RUN);
            if (!Files.isRegularFile(run)) {
                throw new InputException(s.toString(), 0, "", "not the output of a trial shard: no " + RUN);
            }
            manifests.add(JSON.readTree(Files.readString(run)));
        }
        JsonNode first = manifests.get(0);
        int count = first.path("shard_count").asInt();
        Set<Integer> seen = new java.util.TreeSet<>();
        for (int k = 0; k < manifests.size(); k++) {
            JsonNode m = manifests.get(k);
            for (String key : List.of("spec_sha256", "seed", "patients", "batch_size", "shard_count")) {
                if (!m.path(key).equals(first.path(key))) {
                    throw new InputException(shards.get(k).toString(), 0, key, "this shard's " + key + " (" + m.path(key)
                            + ") differs from " + shards.get(0) + "'s (" + first.path(key) + "): not shards of one trial");
                }
            }
            if (!seen.add(m.path("shard_index").asInt())) {
                throw new InputException(shards.get(k).toString(), 0, "shard_index", "shard "
                        + m.path("shard_index").asInt() + "/" + count + " given twice");
            }
        }
        if (seen.size() != count) {
            throw new InputException(shards.get(0).toString(), 0, "shard_count", "shards " + seen + " of " + count
                    + " given; all " + count + " are needed");
        }
        long seed = first.path("seed").asLong();
        Population population = Population.of(spec.population(), spec.scenario(), simulator, seed);
        ParquetRows rows = rows(spec, population.variedParameters());
        List<Path> files = shards.stream().map(s -> s.resolve(PATIENTS)).toList();
        try (OutputSet set = OutputSet.open(out, label, names)) {
            Path work = set.staging();
            Map<String, Object> manifest = new LinkedHashMap<>();
            first.fields().forEachRemaining(e -> manifest.put(e.getKey(), e.getValue()));
            manifest.put("shard_index", 1);
            manifest.put("shard_count", 1);
            manifest.put("merged_from", count);
            TrialSummary summary = finish(spec, seed, rows, files, work, manifest, true, report).orElseThrow();
            Files.copy(shards.get(0).resolve(SPEC), work.resolve(SPEC));
            set.commit();
            return summary;
        }
    }

    private java.util.Optional<TrialSummary> finish(TrialSpec spec, long seed, ParquetRows rows, List<Path> batches,
            Path work, Map<String, Object> manifest, boolean whole, ReportWriter report) throws IOException {
        List<PatientResult> all = rows.readForAnalysis(batches);
        TrialAnalysis analysis = new TrialAnalysis(spec, seed);
        Map<Long, Integer> assigned = whole ? analysis.assignment(all) : Map.of();
        rows.merge(batches, assigned, work.resolve(PATIENTS));
        AtomicFiles.writeString(work.resolve(RUN), JSON.writeValueAsString(manifest) + "\n");
        if (!whole) {
            return java.util.Optional.empty();
        }
        TrialSummary summary = analysis.summarize(all);
        AtomicFiles.writeString(work.resolve(SUMMARY), SummaryJson.write(summary, manifest));
        if (report != null) {
            report.write(spec, summary, work.resolve(REPORT));
        }
        return java.util.Optional.of(summary);
    }

    private static ParquetRows rows(TrialSpec spec, List<String> parameters) {
        return ParquetRows.ofTrial(spec, parameters);
    }

    private static Map<String, Object> manifest(Options o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trial", o.spec().name());
        m.put("spec_sha256", sha256(o.specText()));
        m.put("spec_directory", o.specDir() == null ? "" : o.specDir().toString());
        m.put("seed", o.seed());
        m.put("patients", o.patients());
        m.put("batch_size", o.batchSize());
        m.put("shard_index", o.shard().index());
        m.put("shard_count", o.shard().count());
        m.put("cytostorm", org.cytostorm.common.build.BuildInfo.current().describe());
        return m;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
