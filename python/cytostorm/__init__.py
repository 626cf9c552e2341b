"""cytostorm from Python: the Java simulator driven in-process through JPype.

>>> import cytostorm as cs
>>> s = cs.scenario("car-t-axi-cel").set(cart_dose=2.0).dose("tocilizumab", "8 mg/kg", at_h=72)
>>> r = s.run()
>>> r.table()        # pandas DataFrame, the columns of timeseries.csv
>>> r.summary()      # dict, the same as summary.json

The science is all in the Java library; this package only calls it (docs/python.md).
The JVM starts on first use, with ``$CYTOSTORM_JAR`` or the repository's ``cli/target/cytostorm.jar``
on its class path.
"""

from ._jvm import CytostormError, InputError, SimulationError, jar_path
from ._run import Run, Scenario, parameters, scenario, scenarios
from ._trial import Trial, read_parquet, trial, trials

__all__ = ["CytostormError", "InputError", "SimulationError", "Run", "Scenario", "Trial", "jar_path", "parameters",
           "read_parquet", "scenario", "scenarios", "trial", "trials"]

__version__ = "0.1.0"

for _public in (CytostormError, InputError, SimulationError, Run, Scenario, Trial):
    _public.__module__ = __name__  # shown as cytostorm.InputError, not cytostorm._jvm.InputError
del _public
