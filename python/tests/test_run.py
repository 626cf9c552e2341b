"""One patient from Python against the command line's own outputs of the same run."""

import pandas as pd
import pytest

import cytostorm as cs
from conftest import REPO, read_json, read_timeseries


def assert_same_table(python, cli):
    assert list(python.columns) == list(cli.columns)
    assert python.shape == cli.shape
    # timeseries.csv holds each double's shortest exact text: the values agree bit for bit
    pd.testing.assert_frame_equal(python, cli, check_exact=True, check_dtype=False)


def test_a_run_gives_the_cli_time_series_and_summary(baseline, cli_baseline):
    # GIVEN `cytostorm run car-t-axi-cel --out DIR` WHEN the same scenario runs in-process
    _, cli_table, cli_summary = cli_baseline
    # THEN the same table, column for column, and the same summary.json
    assert_same_table(baseline.table(), cli_table)
    assert baseline.summary() == cli_summary


def test_numpy_is_the_table(baseline):
    array = baseline.numpy()
    assert array.shape == baseline.table().shape
    assert (array == baseline.table().to_numpy()).all()
    assert baseline.columns[0] == "time_h"


def test_save_writes_the_files_the_cli_writes(baseline, cli_baseline, tmp_path):
    cli_dir, _, _ = cli_baseline
    baseline.save(tmp_path / "run")
    for name in ("timeseries.csv", "summary.json"):
        assert (tmp_path / "run" / name).read_bytes() == (cli_dir / name).read_bytes(), name
    assert (tmp_path / "run" / "report.html").stat().st_size > 0


def test_set_changes_the_run_as_the_cli_set_does(cli, baseline, tmp_path):
    # GIVEN a parameter with its reference value from the parameter table, and another value
    table = cs.parameters().set_index("name")
    reference = table.loc["cart_dose", "value"]
    value = 2 * reference
    assert table.loc["cart_dose", "min"] <= value <= table.loc["cart_dose", "max"]
    # WHEN it is set in Python and with --set
    run = cs.scenario("car-t-axi-cel").set(cart_dose=value).run()
    cli_table, cli_summary = cli.run(tmp_path / "set", "--set", f"cart_dose={value!r}")
    # THEN the result changed, and both ways agree
    assert not run.table().equals(baseline.table())
    assert_same_table(run.table(), cli_table)
    assert run.summary() == cli_summary
    assert run.summary()["inputs"] == cli_summary["inputs"]


def test_a_dose_and_a_protocol_are_given_as_the_cli_gives_them(cli, tmp_path):
    # no care protocol, so the one dose given is the one asked for
    run = cs.scenario("car-t-axi-cel").protocol("none").dose("tocilizumab", "8 mg/kg", at_h=72).run()
    cli_table, cli_summary = cli.run(tmp_path / "dose", "--protocol", "none", "--treat", "tocilizumab:8mg/kg@72h")
    given = run.summary()["treatments"]
    assert [(t["drug"], t["time_h"]) for t in given] == [("tocilizumab", 72.0)]
    assert_same_table(run.table(), cli_table)
    assert run.summary() == cli_summary


def test_treat_takes_the_cli_grammar():
    by_words = cs.scenario("car-t-axi-cel").dose("dexamethasone", "10 mg", at_h=[0, 24])
    by_grammar = cs.scenario("car-t-axi-cel").treat("dexamethasone:10mg@0h,24h")
    assert by_words._j.equals(by_grammar._j)


def test_an_unknown_parameter_is_refused_with_the_cli_message(cli):
    refused = cli("run", "car-t-axi-cel", "--no-files", "--set", "cart_dosse=2", check=False)
    assert refused.returncode == 2
    cli_message = refused.stderr.strip().splitlines()[-1]
    assert cli_message.startswith("error: --set cart_dosse: ")
    with pytest.raises(cs.InputError) as e:
        cs.scenario("car-t-axi-cel").set(cart_dosse=2)
    # the same sentence after the name of the input, and no Java stack trace attached
    assert str(e.value) == "set cart_dosse: " + cli_message[len("error: --set cart_dosse: "):]
    assert e.value.__cause__ is None and e.value.__suppress_context__
    assert "at org." not in str(e.value) and "Exception" not in str(e.value)


def test_impossible_values_and_unknown_names_are_python_errors():
    s = cs.scenario("car-t-axi-cel")
    with pytest.raises(cs.InputError, match="cart_dose cannot be negative"):
        s.set(cart_dose=-1)
    with pytest.raises(cs.InputError, match="not a finite number"):
        s.set(cart_dose=float("nan"))
    with pytest.raises(cs.InputError, match="unknown drug 'tocilizumabb'"):
        s.dose("tocilizumabb", "8 mg/kg", at_h=72)
    with pytest.raises(cs.InputError, match="after the end of the run"):
        s.dose("tocilizumab", "8 mg/kg", at_h=10_000)
    with pytest.raises(cs.InputError, match="built-in scenarios: "):
        cs.scenario("no-such-scenario")
    with pytest.raises(cs.InputError):
        s.protocol("no-such-protocol")


def test_a_value_outside_the_plausible_range_warns_as_the_cli_does():
    entry = cs.parameters().set_index("name").loc["cart_dose"]
    with pytest.warns(UserWarning, match="outside the plausible range"):
        run = cs.scenario("car-t-axi-cel").set(cart_dose=entry["max"] * 1.2).run()
    assert run.summary()["provenance"]["warnings"] == run.warnings


def test_scenarios_are_those_cytostorm_list_shows(cli):
    listed = cli("list").stdout.split("Trigger types")[0].splitlines()[1:]
    names = [line.split()[0] for line in listed if line.startswith("  ") and not line.startswith("   ")]
    assert cs.scenarios() == names


def test_parameters_are_the_parameter_table():
    tsv = pd.read_csv(REPO / "physiology/src/main/resources/org/cytostorm/physiology/model/parameters.tsv",
                      sep="\t", comment="#", float_precision="round_trip", keep_default_na=False)
    table = cs.parameters()
    assert list(table["name"]) == list(tsv["name"])
    assert list(table["value"]) == list(tsv["value"].astype(float))
    assert list(table["min"]) == list(tsv["min"].astype(float))
    assert list(table["max"]) == list(tsv["max"].astype(float))
    for column in ("unit", "evidence", "source", "description"):
        assert list(table[column]) == list(tsv[column].astype(str)), column
    assert list(table["switch"]) == list(tsv["distribution"] == "switch")
