"""Shared by the tests: the command-line tool, run as a separate process, is the reference.

The jar is built (or rebuilt when the sources changed) by the repository's launcher before any test
starts the JVM in this process, so the Python package and the command line run the same jar.
"""

import json
import os
import pathlib
import subprocess
import sys

import pandas as pd
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "python"))

import cytostorm as cs  # noqa: E402


def pytest_configure(config):
    if not os.environ.get(cs._jvm.JAR_ENV):
        # './cytostorm --version' builds cli/target/cytostorm.jar when it is missing or older than the sources
        subprocess.run([str(REPO / "cytostorm"), "--version"], check=True, stdout=subprocess.DEVNULL)


class Cli:
    """``cytostorm ARGS`` in a child JVM, from the jar the package uses."""

    def __call__(self, *args, check=True):
        done = subprocess.run(["java", "-jar", str(cs.jar_path()), *map(str, args)], cwd=REPO,
                              capture_output=True, text=True)
        if check and done.returncode != 0:
            raise AssertionError(f"cytostorm {' '.join(map(str, args))} exited {done.returncode}:\n{done.stderr}")
        return done

    def run(self, out, *args):
        """``cytostorm run car-t-axi-cel --out OUT ARGS``: its timeseries.csv and summary.json."""
        self("run", "car-t-axi-cel", "--out", out, *args)
        return read_timeseries(out / "timeseries.csv"), read_json(out / "summary.json")


def read_timeseries(path):
    # round_trip: the parser that gives back the exact double each Double.toString text came from
    return pd.read_csv(path, float_precision="round_trip")


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="session")
def cli():
    return Cli()


@pytest.fixture(scope="session")
def cli_baseline(cli, tmp_path_factory):
    """The README's first command, ``cytostorm run car-t-axi-cel``: (directory, table, summary)."""
    out = tmp_path_factory.mktemp("cli") / "car-t-axi-cel"
    table, summary = cli.run(out)
    return out, table, summary


@pytest.fixture(scope="session")
def baseline():
    """The same run from Python."""
    return cs.scenario("car-t-axi-cel").run()
