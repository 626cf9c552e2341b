"""An in-silico randomized trial, run as ``cytostorm trial`` runs it, into an output directory."""

import json
import os
import pathlib
import tempfile

import pandas as pd
import jpype

from ._jvm import CytostormError, InputError, java, java_errors
from ._run import _path


class Trial:
    """A finished trial: its output directory, summary (summary.json) and rows (patients.parquet)."""

    def __init__(self, directory):
        self.dir = pathlib.Path(directory)
        self._patients = None
        with open(self.dir / "summary.json", encoding="utf-8") as f:
            self.summary = json.load(f)

    def __repr__(self):
        return f"Trial({str(self.dir)!r})"

    @property
    def report(self):
        """The path of report.html."""
        return self.dir / "report.html"

    @property
    def patients(self):
        """patients.parquet as a DataFrame: a row per patient and arm (columns: docs/cohorts.md)."""
        if self._patients is None:
            self._patients = read_parquet(self.dir / "patients.parquet")
        return self._patients.copy()


@java_errors
def read_parquet(file):
    """A Parquet file as a DataFrame, read by the DuckDB that cytostorm's jar carries (no pyarrow needed)."""
    file = pathlib.Path(file)
    if not file.is_file():
        raise InputError(f"{file}: no such file")
    java("org.duckdb.DuckDBDriver")  # loads the driver class, which registers itself
    manager = java("java.sql.DriverManager")
    with tempfile.TemporaryDirectory(prefix="cytostorm-") as tmp:
        csv = os.path.join(tmp, "rows.csv")
        conn = manager.getConnection("jdbc:duckdb:")
        try:
            st = conn.createStatement()
            try:
                st.execute("COPY (SELECT * FROM read_parquet(" + _sql(str(file)) + ")) TO " + _sql(csv)
                           + " (FORMAT csv, HEADER true)")
            finally:
                st.close()
        finally:
            conn.close()
        return pd.read_csv(csv, float_precision="round_trip")


def _sql(text):
    return "'" + text.replace("'", "''") + "'"


@jpype.JImplements("org.cytostorm.cohort.run.TrialRunner$Progress", deferred=True)
class _Progress:
    def __init__(self, callback):
        self._callback = callback

    @jpype.JOverride
    def update(self, done, total):
        if self._callback is not None:
            self._callback(int(done), int(total))


@java_errors
def trial(spec, patients=None, seed=1, out=None, threads=None, progress=None):
    """Runs a built-in trial (see :func:`trials`) or a trial spec file, as ``cytostorm trial``.

    :param patients: patients to draw (default: the spec's)
    :param seed: the seed; the same seed gives the same trial, whatever the threads
    :param out: output directory (default: a new temporary directory); an interrupted trial started
        again into the same directory with the same options resumes
    :param threads: worker threads (default: the number of processors)
    :param progress: called as ``progress(done, total)`` as patients finish (from Java worker threads)
    :return: a :class:`Trial`
    """
    reader = java("org.cytostorm.cohort.trial.TrialSpecReader").standard()
    built_in = java("org.cytostorm.cohort.trial.BuiltInTrials")
    name = os.fspath(spec)
    is_file = os.path.isfile(name) or name.endswith((".yaml", ".yml"))
    if is_file:
        text = java("org.cytostorm.common.input.InputFiles").read(_path(name))
        spec_dir = _path(os.path.dirname(os.path.abspath(name)))
        t = reader.read(text, name, spec_dir)
    else:
        text = built_in.text(name)
        spec_dir = None
        t = built_in.load(name, reader)
    n = int(t.patients()) if patients is None else int(patients)
    most = int(java("org.cytostorm.cohort.trial.TrialSpec").MAX_PATIENTS)
    if not 1 <= n <= most:
        raise InputError(f"patients must be between 1 and {most}, got {n}")
    workers = int(java("java.lang.Runtime").getRuntime().availableProcessors()) if threads is None else int(threads)
    if not 1 <= workers <= 1024:
        raise InputError(f"threads must be between 1 and 1024, got {workers}")
    directory = pathlib.Path(out) if out is not None else pathlib.Path(tempfile.mkdtemp(prefix="cytostorm-trial-"))
    job = java("org.cytostorm.cohort.TrialJob")(reader.simulator(), java("org.cytostorm.report.OutputDirectories").NAMES)
    options = java("org.cytostorm.cohort.TrialJob$Options")(
        t, text, spec_dir, n, int(seed), workers, java("org.cytostorm.cohort.run.Shard").ALL,
        java("org.cytostorm.cohort.run.TrialRunner").DEFAULT_BATCH)
    summary = job.run(options, _path(directory), str(directory), _Progress(progress),
                      java("org.cytostorm.report.trial.TrialReport")())
    if not summary.isPresent():
        raise CytostormError(f"trial {name}: no summary was written")
    return Trial(directory)


@java_errors
def trials():
    """The built-in trial names."""
    return [str(n) for n in java("org.cytostorm.cohort.trial.BuiltInTrials").names()]
