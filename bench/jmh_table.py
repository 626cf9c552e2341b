#!/usr/bin/env python3
"""Turns JMH JSON results of the cytostorm benchmarks into markdown tables for docs/benchmarks.md.

Usage: jmh_table.py MAIN.json [--gc GC.json] [--cold COLD.json] [--env ENV.txt]

MAIN.json  the timing run (any subset of RhsBenchmark, JacobianBenchmark, FullRunBenchmark,
           CompileBenchmark; -rf json)
GC.json    a run of FullRunBenchmark with -prof gc: adds bytes allocated per run
COLD.json  CompileBenchmark in single-shot mode in fresh JVMs: adds the cold load time
ENV.txt    lines printed verbatim above the tables (machine, JDK, commit)

Errors are JMH's 99.9% confidence half-widths; a ratio's error combines the two relative errors in
quadrature (an approximation). Standard library only.
"""
import json
import math
import sys


def load(path):
    with open(path) as f:
        return json.load(f)


def short(name):
    # org.cytostorm.bench.FullRunBenchmark.reynoldsEngine -> (FullRunBenchmark, reynoldsEngine)
    parts = name.split(".")
    return parts[-2], parts[-1]


def fmt(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "–"
    if v == 0:
        return "0"
    digits = 3 - int(math.floor(math.log10(abs(v)))) - 1
    digits = max(0, min(digits, 6))
    return f"{v:,.{digits}f}"


def unit(u):
    """JMH's "us/op" as a plain time unit: µs."""
    return u.replace("/op", "").replace("us", "µs")


def pm(score, error):
    if error is None or math.isnan(error):
        return fmt(score)
    return f"{fmt(score)} ± {fmt(error)}"


def ratio(a, ea, b, eb):
    if not a or not b:
        return None, None
    r = a / b
    rel = math.sqrt((ea / a) ** 2 + (eb / b) ** 2) if ea is not None and eb is not None \
        and not math.isnan(ea) and not math.isnan(eb) else float("nan")
    return r, r * rel


def index(results):
    """{(class, method, frozenset(params)): (score, error, unit, secondary)}"""
    out = {}
    for r in results:
        cls, method = short(r["benchmark"])
        params = tuple(sorted((r.get("params") or {}).items()))
        pmetric = r["primaryMetric"]
        # JMH writes "NaN" (a string) for the error of a single iteration
        out[(cls, method, params)] = (float(pmetric["score"]), float(pmetric.get("scoreError", "nan")),
                                      pmetric["scoreUnit"],
                                      r.get("secondaryMetrics") or {}, r.get("mode"))
    return out


def get(idx, cls, bench, **params):
    return idx.get((cls, bench, tuple(sorted(params.items()))))


MODELS = ["reynolds", "robertson", "network50"]


def evaluation_table(idx):
    rows = []
    for cls, method, what in [("RhsBenchmark", "rhs", "f (derivatives)"),
                              ("JacobianBenchmark", "jacobian", "Jacobian")]:
        for model in MODELS:
            c = get(idx, cls, method, model=model, impl="compiled")
            h = get(idx, cls, method, model=model, impl="handwritten")
            if not c and not h:
                continue
            u = unit((c or h)[2])
            r, er = ratio(c[0], c[1], h[0], h[1]) if c and h else (None, None)
            rows.append(f"| {what} | {model} | compiled | {pm(c[0], c[1]) if c else '–'} {u} | "
                        f"{pm(r, er) if r else '–'} |")
            rows.append(f"| {what} | {model} | hand-written | {pm(h[0], h[1]) if h else '–'} {u} | |")
    if not rows:
        return ""
    head = ["### One evaluation of the model", "",
            "Generated code (compiled model) against the same equations written by hand; "
            "states cycled along the trajectory.", "",
            "| what | model | impl | time per call | compiled / hand-written |",
            "|---|---|---|---:|---:|"]
    return "\n".join(head + rows) + "\n"


def full_run_table(idx, gc_idx):
    specs = []
    for model, end in [("reynolds", "0–200 h"), ("robertson", "0–40"), ("network50", "0–100")]:
        engine_methods = ["RODAS5P", "DOPRI853", "AUTO"] if model == "reynolds" else [None]
        for m in engine_methods:
            params = {"method": m} if m else {}
            specs.append((model, end, f"{model}Engine", params, "engine `OdeProblem.solve()`", m or "RODAS5P"))
        for impl in ["compiled", "handwritten"]:
            label = "minimal driver, compiled kernels" if impl == "compiled" else "minimal driver, hand-written"
            specs.append((model, end, f"{model}Minimal", {"impl": impl}, label, "RODAS5P"))
    rows = []
    for model, end, bench, params, label, solver in specs:
        r = get(idx, "FullRunBenchmark", bench, **params)
        if not r:
            continue
        base = get(idx, "FullRunBenchmark", f"{model}Minimal", impl="handwritten")
        rr, er = ratio(r[0], r[1], base[0], base[1]) if base else (None, None)
        alloc = None
        if gc_idx is not None:
            g = get(gc_idx, "FullRunBenchmark", bench, **params)
            if g and "gc.alloc.rate.norm" in g[3]:
                alloc = float(g[3]["gc.alloc.rate.norm"]["score"])
        rows.append(f"| {model} {end} | {label} | {solver} | {pm(r[0], r[1])} {unit(r[2])} | "
                    f"{pm(rr, er) if rr else '–'} | {fmt(alloc) if alloc is not None else '–'} |")
    if not rows:
        return ""
    head = ["### Whole runs", "",
            "From the initial state, 101 outputs, rtol 1e-6, atol 1e-10. The minimal driver is a bare "
            "Rodas5P stepper loop sampling the outputs from the dense output (no events, observables or "
            "method choice); the ratio is to the hand-written function under the minimal driver.", "",
            "| run | driver and model code | method | time per run | / minimal hand-written | bytes allocated per run |",
            "|---|---|---|---:|---:|---:|"]
    return "\n".join(head + rows) + "\n"


def compile_table(idx, cold_idx):
    rows = []
    for model in ["reynolds", "network50"]:
        for method, label in [("parse", "parse (text → Model)"), ("compile", "compile (lower, differentiate, Janino)"),
                              ("parseAndCompile", "parse + compile")]:
            r = get(idx, "CompileBenchmark", method, model=model)
            cold = get(cold_idx, "CompileBenchmark", method, model=model) if cold_idx is not None else None
            if not r and not cold:
                continue
            rows.append(f"| {model} | {label} | {pm(r[0], r[1]) + ' ' + unit(r[2]) if r else '–'} | "
                        f"{pm(cold[0], cold[1]) + ' ' + unit(cold[2]) if cold else '–'} |")
    if not rows:
        return ""
    head = ["### Loading a model", "",
            "Warm: average over many loads in a warmed-up JVM. Cold: the first load in a fresh JVM "
            "(single shot per fork, includes class loading and interpretation of the compiler itself).", "",
            "| model | step | warm | cold (first load) |",
            "|---|---|---:|---:|"]
    return "\n".join(head + rows) + "\n"


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    main_idx = index(load(argv[0]))
    gc_idx = cold_idx = None
    env = []
    i = 1
    while i < len(argv):
        if argv[i] == "--gc":
            gc_idx = index(load(argv[i + 1]))
        elif argv[i] == "--cold":
            cold_idx = index(load(argv[i + 1]))
        elif argv[i] == "--env":
            with open(argv[i + 1]) as f:
                env = [line.rstrip("\n") for line in f if line.strip()]
        else:
            raise SystemExit(f"unknown argument {argv[i]}")
        i += 2
    parts = []
    if env:
        parts.append("\n".join(f"{line}  " for line in env) + "\n")
    for table in (evaluation_table(main_idx), full_run_table(main_idx, gc_idx), compile_table(main_idx, cold_idx)):
        if table:
            parts.append(table)
    print("\n".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
