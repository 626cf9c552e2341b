"""Starting the Java virtual machine with the cytostorm jar, and Java errors as Python errors.

Everything that touches JPype directly lives here, so the rest of the package reads as plain Python.
"""

import functools
import os
import pathlib

import jpype
import jpype.imports  # noqa: F401  (lets "from org.cytostorm... import X" work once the JVM runs)

JAR_ENV = "CYTOSTORM_JAR"
OPTS_ENV = "CYTOSTORM_JAVA_OPTS"

# python/cytostorm/_jvm.py -> the repository holding python/
_REPO = pathlib.Path(__file__).resolve().parents[2]

_BUILD_HINT = ("build it with './cytostorm --version' in the repository (it builds the jar when the sources "
               "changed) or 'mvn -B -q -DskipTests package -pl cli -am'; or point {env} at a cytostorm.jar")


class CytostormError(Exception):
    """An error reported by cytostorm; the message is the Java library's, without a stack trace."""


class InputError(CytostormError, ValueError):
    """Bad input: an unknown scenario, parameter, drug or protocol, or an impossible value."""


class SimulationError(CytostormError, RuntimeError):
    """A simulation that failed (the solver stopped); the message names the variable and the time."""


def jar_path():
    """The cytostorm command-line jar: ``$CYTOSTORM_JAR``, else ``cli/target/cytostorm.jar`` of this repository."""
    given = os.environ.get(JAR_ENV)
    if given:
        jar = pathlib.Path(given).expanduser()
        if not jar.is_file():
            raise CytostormError(f"{JAR_ENV}={given}: no such file; " + _BUILD_HINT.format(env=JAR_ENV))
        return jar
    jar = _REPO / "cli" / "target" / "cytostorm.jar"
    if not jar.is_file():
        raise CytostormError(f"the cytostorm jar {jar} is missing; " + _BUILD_HINT.format(env=JAR_ENV))
    return jar


def _jpype_jar():
    """JPype's own support jar when it must be named on the class path: a pip-installed JPype finds it
    beside its module, but Debian's python3-jpype 1.4 keeps it in /usr/share/java and does not look there."""
    beside = pathlib.Path(jpype.__file__).resolve().parents[1] / "org.jpype.jar"
    debian = pathlib.Path("/usr/share/java/org.jpype.jar")
    return [str(debian)] if not beside.is_file() and debian.is_file() else []


def start():
    """Starts the JVM with the cytostorm jar on its class path, once per Python process."""
    if not jpype.isJVMStarted():
        options = os.environ.get(OPTS_ENV, "").split()
        jpype.startJVM(*options, classpath=[str(jar_path())] + _jpype_jar(), convertStrings=False)
    try:
        jpype.JClass("org.cytostorm.physiology.run.PatientSimulator")
    except TypeError:
        raise CytostormError("a Java virtual machine was started in this process without the cytostorm jar on its "
                             "class path; import cytostorm before starting it otherwise") from None


def java(name):
    """A Java class by its full name, starting the JVM first if needed."""
    start()
    return jpype.JClass(name)


_INPUT = ("java.lang.IllegalArgumentException", "org.cytostorm.common.input.InputException",
          "org.cytostorm.engine.model.ModelException", "org.cytostorm.sbml.SbmlException",
          "java.nio.file.NoSuchFileException")
_FAILED = ("org.cytostorm.engine.solve.SolverException", "org.cytostorm.physiology.run.SimulationFailedException")


def _python_error(e):
    """The Python exception for a Java one, with the message the command line would print."""
    def isa(names):
        for n in names:
            try:
                if isinstance(e, jpype.JClass(n)):
                    return True
            except TypeError:
                pass
        return False

    if isinstance(e, jpype.JClass("java.io.UncheckedIOException")) and e.getCause() is not None:
        e = e.getCause()
    if isa(("java.nio.file.NoSuchFileException",)):
        return InputError(f"{e.getFile()}: no such file")
    message = e.getMessage()
    message = str(message) if message is not None else str(e.getClass().getSimpleName())
    if isa(_FAILED):
        return SimulationError("simulation failed: " + message)
    if isa(_INPUT):
        return InputError(message)
    if isa(("java.io.IOException",)):
        return CytostormError("cannot write: " + message)
    return CytostormError(f"internal failure ({e.getClass().getName()}): {message}")


def java_errors(f):
    """Decorator: a Java exception raised in ``f`` becomes a :class:`CytostormError` with its message only."""
    @functools.wraps(f)
    def call(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except jpype.JException as e:
            error = _python_error(e)
        raise error from None
    return call
