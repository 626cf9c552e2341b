package org.cytostorm.cohort.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, acceptance 2: the same seed gives byte-identical patients.parquet for 1, 2 and 4
 * threads and for two shards merged, and a run killed midway and resumed equals an uninterrupted
 * one. The trial is small (9 patients in batches of 2, so that shards and resumption cut through
 * several batches) but complete: enrolment by a condition, two arms, a subgroup.
 */
class TrialReproducibilityTest {

    static final String SPEC = """
            name: repro
            scenario: car-t-axi-cel
            care: car-t-crs
            patients: 9
            follow_up: 14 d
            enrolment: {at: 0 h}
            arms:
              - name: control
              - name: dexamethasone
                treatments:
                  - {drug: dexamethasone, dose: 10 mg, route: po, time: 0 h, interval: 24 h, additional: 2}
            subgroups:
              large_tumour: "tumour > 30"
            """;
    static final int PATIENTS = 9;
    static final int BATCH = 2;
    static final long SEED = 7;

    private static TrialSpecReader reader;
    private static TrialSpec spec;
    private static byte[] reference;

    @TempDir
    static Path dir;

    @BeforeAll
    static void runOnce() throws IOException {
        reader = TrialSpecReader.standard();
        spec = reader.read(SPEC, "repro.yaml", null);
        reference = run(1, Shard.ALL, dir.resolve("one-thread"));
    }

    private static byte[] run(int threads, Shard shard, Path out) throws IOException {
        job().run(options(threads, shard), out, out.toString(), (d, t) -> { }, null);
        return Files.readAllBytes(out.resolve(TrialJob.PATIENTS));
    }

    private static TrialJob job() {
        return new TrialJob(reader.simulator(), TrialJob.outputs());
    }

    private static TrialJob.Options options(int threads, Shard shard) {
        return new TrialJob.Options(spec, SPEC, null, PATIENTS, SEED, threads, shard, BATCH);
    }

    @Test
    void twoAndFourThreadsGiveTheSameFile() throws IOException {
        assertTrue(reference.length > 0);
        assertArrayEquals(reference, run(2, Shard.ALL, dir.resolve("two-threads")), "2 threads against 1");
        assertArrayEquals(reference, run(4, Shard.ALL, dir.resolve("four-threads")), "4 threads against 1");
    }

    @Test
    void twoShardsMergedGiveTheSameFile() throws IOException {
        Path a = dir.resolve("shard-1");
        Path b = dir.resolve("shard-2");
        job().run(options(2, new Shard(1, 2)), a, a.toString(), (d, t) -> { }, null);
        job().run(options(1, new Shard(2, 2)), b, b.toString(), (d, t) -> { }, null);
        assertTrue(!Files.exists(a.resolve(TrialJob.SUMMARY)), "a shard alone is not a trial: no summary");
        Path merged = dir.resolve("merged");
        job().merge(spec, List.of(b, a), merged, merged.toString(), null);
        assertArrayEquals(reference, Files.readAllBytes(merged.resolve(TrialJob.PATIENTS)), "shards 2/2 and 1/2 merged");
        assertEquals(Files.readString(dir.resolve("one-thread").resolve(TrialJob.SUMMARY)).replaceAll("(?s)\"run\".*?\\},", ""),
                Files.readString(merged.resolve(TrialJob.SUMMARY)).replaceAll("(?s)\"run\".*?\\},", ""),
                "the summaries agree but for the run's own record");
    }

    @Test
    void aKilledRunResumesToTheSameFile() throws IOException {
        Path out = dir.resolve("resumed");
        AtomicLong calls = new AtomicLong();
        // The "kill": the progress callback fails after the fourth patient; batches finished by then
        // stay in .resumed.partial, the rest is lost with the exception.
        assertThrows(RuntimeException.class, () -> job().run(options(1, Shard.ALL), out, out.toString(), (d, t) -> {
            if (calls.incrementAndGet() > 4) {
                throw new IllegalStateException("killed");
            }
        }, null));
        Path partial = out.resolveSibling("." + out.getFileName() + ".partial").resolve("batches");
        long kept;
        try (var s = Files.list(partial)) {
            kept = s.count();
        }
        assertTrue(kept >= 1 && kept < (PATIENTS + BATCH - 1) / BATCH, "some batches kept, not all: " + kept);
        AtomicLong firstReport = new AtomicLong(-1);
        job().run(options(2, Shard.ALL), out, out.toString(), (d, t) -> firstReport.compareAndSet(-1, d), null);
        assertEquals(kept * BATCH, firstReport.get(), "the resumed run starts from the kept batches");
        assertArrayEquals(reference, Files.readAllBytes(out.resolve(TrialJob.PATIENTS)), "resumed against uninterrupted");
        assertEquals(Set.of(), Set.copyOf(List.of(out.getParent().toFile().list((d, n) -> n.startsWith(".resumed")))),
                "no work directory left after the commit");
    }
}
