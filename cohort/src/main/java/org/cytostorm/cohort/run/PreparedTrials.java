package org.cytostorm.cohort.run;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cytostorm.cohort.population.Population;
import org.cytostorm.cohort.store.ParquetRows;
import org.cytostorm.cohort.trial.TrialSource;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;

/**
 * The trials this JVM has prepared for {@link TrialBatchTask}s: spec read, population built, rows'
 * schema known; the patient model itself is compiled once per JVM by
 * {@link org.cytostorm.physiology.run.PatientSimulator#standard()}. A cluster executor receives a
 * fresh task object for every batch and runs several at once; without this, each batch would read
 * and check the spec and build the population again. Static because the JVM is the only thing an
 * executor's tasks share; it holds a few recent trials (a cluster runs one trial at a time), and
 * building is serialized so that concurrent first tasks build once.
 */
final class PreparedTrials {

    /** Trials kept: one run at a time, plus a few that a long-lived executor saw before. */
    private static final int KEPT = 4;

    /** What a batch needs: the patient function and the rows' Parquet writer. */
    record Prepared(TrialPatient patient, ParquetRows rows) {
    }

    private record Key(TrialSource source, long seed) {
    }

    private static final Map<Key, Prepared> TRIALS = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Prepared> eldest) {
            return size() > KEPT;
        }
    };

    private PreparedTrials() {
    }

    /** The trial {@code source} with {@code seed}, prepared on first use in this JVM. */
    static Prepared of(TrialSource source, long seed) {
        synchronized (TRIALS) {
            return TRIALS.computeIfAbsent(new Key(source, seed), k -> prepare(source, seed));
        }
    }

    private static Prepared prepare(TrialSource source, long seed) {
        TrialSpecReader reader = TrialSpecReader.standard();
        TrialSpec spec = source.read(reader);
        Population population = Population.of(spec.population(), spec.scenario(), reader.simulator(), seed);
        return new Prepared(new TrialPatient(spec, population, reader.simulator(), seed),
                ParquetRows.ofTrial(spec, population.variedParameters()));
    }
}
