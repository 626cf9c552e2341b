"""A small trial from Python against `cytostorm trial` with the same patients and seed."""

import pytest

import cytostorm as cs
from conftest import read_json

PATIENTS = 30
SEED = 7


@pytest.fixture(scope="module")
def both(cli, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("trial")
    cli("trial", "car-t-axi-cel", "--patients", PATIENTS, "--seed", SEED, "--out", tmp / "cli")
    seen = []
    trial = cs.trial("car-t-axi-cel", patients=PATIENTS, seed=SEED, out=tmp / "python",
                     progress=lambda done, total: seen.append((done, total)))
    return trial, tmp / "cli", seen


def test_the_summary_is_the_cli_summary(both):
    trial, cli_dir, _ = both
    assert trial.summary == read_json(cli_dir / "summary.json")
    assert trial.report.stat().st_size > 0


def test_the_patient_rows_are_the_cli_rows(both):
    trial, cli_dir, _ = both
    rows = trial.patients
    cli_rows = cs.read_parquet(cli_dir / "patients.parquet")
    assert rows.equals(cli_rows)


def test_the_patient_rows_add_up_to_the_summary(both):
    trial, _, _ = both
    rows, summary = trial.patients, trial.summary
    assert rows["patient"].nunique() == summary["flow"]["drawn"]
    assigned = rows[rows["assigned"]]
    for arm, figures in summary["arms"].items():
        of_arm = assigned[assigned["arm"] == arm]
        assert len(of_arm) == figures["n"] == summary["flow"]["randomized"][arm]
        assert of_arm["died"].sum() / len(of_arm) == pytest.approx(figures["mortality_28d"]["estimate"], rel=1e-12)


def test_progress_is_reported(both):
    _, _, seen = both
    assert seen and max(done for done, _ in seen) == PATIENTS


def test_bad_trial_input_is_a_python_error(tmp_path):
    with pytest.raises(cs.InputError, match="car-t-axi-cel"):
        cs.trial("no-such-trial", out=tmp_path / "t")
    with pytest.raises(cs.InputError, match="patients must be between 1 and"):
        cs.trial("car-t-axi-cel", patients=0, out=tmp_path / "t")
    assert "car-t-axi-cel" in cs.trials()
