"""One virtual patient: a scenario (an immutable value) and the result of running it."""

import functools
import json
import os
import warnings

import numpy as np
import pandas as pd

from ._jvm import InputError, java, java_errors


@functools.lru_cache(maxsize=None)
def _reader():
    """The scenario reader of the standard patient model (the command line's)."""
    return java("org.cytostorm.physiology.scenario.ScenarioReader").standard()


@functools.lru_cache(maxsize=None)
def _simulator():
    """The simulator of the standard patient model: compiled once per process, shared by every run."""
    return java("org.cytostorm.physiology.run.PatientSimulator").of(_reader().model())


def _path(p):
    return java("java.nio.file.Path").of(os.fspath(p))


def _hours(value, what):
    """A time for the dose grammar: a number of hours, or text with a unit ('72h', '3d', '90min')."""
    if isinstance(value, str):
        return value.replace(" ", "")
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise InputError(f"{what}: {value!r} is neither a number of hours nor a time with a unit such as '72h'")
    return repr(float(value)) + "h"


class Scenario:
    """A scenario: patient, trigger, care protocol, doses and parameter settings, as an immutable value.

    Every method returns a new scenario; nothing runs until :meth:`run`. Made by :func:`scenario`.
    """

    def __init__(self, java_scenario):
        self._j = java_scenario

    @property
    def name(self):
        return str(self._j.name())

    @property
    def description(self):
        return str(self._j.description())

    @property
    def duration_h(self):
        """How long the run lasts, hours."""
        return float(self._j.durationH())

    @property
    def settings(self):
        """The parameter settings made with :meth:`set`, in order."""
        return {str(k): float(v) for k, v in self._j.settings().items()}

    def __repr__(self):
        s = f"Scenario({self.name!r}, {self.duration_h:g} h"
        if self.settings:
            s += ", settings " + ", ".join(f"{k}={v:g}" for k, v in self.settings.items())
        return s + ")"

    @java_errors
    def set(self, values=None, **kwargs):
        """Sets model parameters (or initial values of states), as the command line's ``--set NAME=VALUE``.

        ``s.set(cart_dose=2.0)`` or ``s.set({"cart_dose": 2.0})``. An unknown name or an impossible value
        (a switch other than 0 or 1, a negative amount) raises :class:`InputError`; a value outside the
        plausible range is accepted and the run warns.
        """
        given = dict(values or {})
        given.update(kwargs)
        model = _reader().model()
        system = model.compiled().system()
        checks = java("org.cytostorm.physiology.run.InputChecks")
        settings = java("java.util.LinkedHashMap")()
        for name, value in given.items():
            try:
                v = float(value)
            except (TypeError, ValueError):
                v = float("nan")
            if not np.isfinite(v):
                raise InputError(f"set {name}={value!r}: {value!r} is not a finite number")
            # a warning (outside the plausible range) is the run's to record; here only refusals
            checks.setting(model, system, f"set {name}", name, v, java("java.util.ArrayList")())
            settings.put(name, java("java.lang.Double")(v))
        return Scenario(self._j.withSettings(settings))

    @java_errors
    def treat(self, spec):
        """Adds doses written as the command line's ``--treat`` (``"tocilizumab:8mg/kg@72h"``)."""
        doses = java("org.cytostorm.physiology.treat.TreatOption").parse(spec, "treat")
        treatments = java("org.cytostorm.physiology.treat.Treatments")(doses, java("java.util.List").of())
        scenario = self._j.withTreatments(treatments)
        late = [str(d) for d in scenario.lateDoses()]
        if late:
            raise InputError(f"treat {spec}: " + "; ".join(late) + ": a dose after the end of the run would never be"
                             " given; give it within the run")
        return Scenario(scenario)

    def dose(self, drug, amount=None, at_h=None, route=None, duration=None):
        """Adds a dose of a drug (or a course of antibiotics or antivirals) at one or more times.

        :param drug: a drug name or alias (``"tocilizumab"``, ``"dexamethasone"``, ``"anakinra"``...)
        :param amount: ``"8 mg/kg"``, ``"10 mg"``, ``"1 g"``; none for a course
        :param at_h: hours after the start of the run: a number or a list of numbers
        :param route: ``"iv"``, ``"po"``, ``"sc"`` or ``"course"`` [the drug's usual]
        :param duration: an infusion or course length, hours or text (``"1h"``, ``"5d"``) [the drug's usual]
        """
        if at_h is None:
            raise InputError(f"dose {drug}: give at_h, the time of the dose in hours (a number or a list)")
        times = at_h if isinstance(at_h, (list, tuple, np.ndarray)) else [at_h]
        parts = [str(drug).strip()]
        if amount is not None:
            parts.append(str(amount).replace(" ", ""))
        if route is not None:
            parts.append(str(route).strip())
        if duration is not None:
            parts.append(_hours(duration, f"dose {drug}: duration"))
        return self.treat(":".join(parts) + "@" + ",".join(_hours(t, f"dose {drug}: at_h") for t in times))

    @java_errors
    def protocol(self, name_or_file):
        """Puts the patient under a care protocol (a built-in name such as ``"car-t-crs"`` or a file)."""
        p = _reader().protocols().resolve(os.fspath(name_or_file), _path(""))
        return Scenario(self._j.withProtocol(p))

    @java_errors
    def run(self):
        """Simulates the patient; returns a :class:`Run`. Raises :class:`SimulationError` if the solver fails."""
        run = _simulator().run(self._j).orThrow()
        result = Run(run)
        for w in result.warnings:
            warnings.warn(w, stacklevel=3)
        return result


class Run:
    """The result of one run: the time series (hourly by default), the summary and the doses given."""

    def __init__(self, java_run):
        self._j = java_run
        self._columns = ["time_h"] + [str(c.name()) for c in java_run.columns()]
        values = java_run.values()
        self._data = np.empty((len(self._columns), java_run.rows()))
        self._data[0] = np.asarray(java_run.timeH())
        for i, column in enumerate(values):
            self._data[i + 1] = np.asarray(column)

    @property
    def columns(self):
        """The column names, as in timeseries.csv: ``time_h`` then every output."""
        return list(self._columns)

    @property
    def warnings(self):
        """The run's warnings (a value outside its plausible range, say)."""
        return [str(w) for w in self._j.provenance().warnings()]

    def __repr__(self):
        return f"Run({str(self._j.scenario().name())!r}, {self._data.shape[1]} rows)"

    def numpy(self):
        """The time series as a NumPy array, a row per output time, columns as :attr:`columns`."""
        return self._data.T.copy()

    def table(self):
        """The time series as a pandas DataFrame with the columns of timeseries.csv (``time_h`` first)."""
        return pd.DataFrame(self.numpy(), columns=self._columns)

    @java_errors
    def units(self):
        """Each output column's unit, group and description, as a DataFrame."""
        return pd.DataFrame([(str(c.name()), str(c.unit()), str(c.group()), str(c.description()))
                             for c in self._j.columns()], columns=["name", "unit", "group", "description"])

    @java_errors
    def summary(self):
        """The summary as a dict, the same as summary.json."""
        text = java("org.cytostorm.report.patient.SummaryJson").render(self._j)
        return json.loads(str(text))

    @java_errors
    def save(self, directory):
        """Writes timeseries.csv, summary.json and report.html into ``directory``, as ``cytostorm run --out``."""
        java("org.cytostorm.report.patient.RunOutputs").writeAll(self._j, _path(directory))
        return os.fspath(directory)


@java_errors
def scenario(name_or_file):
    """A built-in scenario (see :func:`scenarios`) or a scenario YAML file."""
    scenarios_class = java("org.cytostorm.physiology.scenario.Scenarios")
    return Scenario(scenarios_class.resolve(os.fspath(name_or_file), _reader()))


@java_errors
def scenarios():
    """The built-in scenario names."""
    return [str(n) for n in java("org.cytostorm.physiology.scenario.BuiltInScenarios").names()]


@java_errors
def parameters():
    """The patient model's parameter table as a DataFrame: name, value, unit, plausible range, evidence, source."""
    rows = []
    for e in _reader().model().table().entries():
        rows.append((str(e.name()), float(e.value()), str(e.unit()), float(e.min()), float(e.max()),
                     str(e.rangeText()), bool(e.isSwitch()), str(e.evidence()), str(e.source()),
                     str(e.description())))
    return pd.DataFrame(rows, columns=["name", "value", "unit", "min", "max", "range", "switch", "evidence", "source",
                                       "description"])
