#!/usr/bin/env bash
# Builds the engine and the benchmarks, runs the whole JMH suite at publication settings, then the
# accuracy comparison (PeerAccuracy), and prints markdown tables for docs/benchmarks.md.
#
# Usage: bench/run.sh [JMH arguments...]
#   With no arguments: the full suite (RhsBenchmark, JacobianBenchmark, FullRunBenchmark,
#   CompileBenchmark) timed with $JMH_OPTS, then FullRunBenchmark once more with -prof gc (bytes
#   allocated per run; short, allocation is deterministic), CompileBenchmark as single shots in
#   fresh JVMs (the cold first load), and PeerAccuracy.
#   With arguments (a benchmark regex and/or JMH options, e.g. `bench/run.sh RhsBenchmark`): only
#   the timing run, with those arguments after $JMH_OPTS, and its tables.
#
# Environment:
#   JMH_OPTS    timing settings (default "-f 2 -wi 5 -i 10 -w 1s -r 1s")
#   SKIP_BUILD  set to 1 to use the existing bench/target/benchmarks.jar
#   GC_OPTS     settings of the allocation run (default "-f 1 -wi 3 -i 3 -w 1s -r 1s")
#   COLD_FORKS  fresh JVMs for the cold load (default 10)
#   PEERS       set to 1 to also run ../shared/peers/run.sh (CVODE, SciPy, deSolve; it installs
#               their Debian packages when missing) at each rtol in PEER_RTOLS (default "1e-6") and
#               put their y200 beside ours in the accuracy table
#
# Duration on a 2-core machine with the defaults: about 17 minutes. The timing run has 29
# benchmark/parameter combinations x 2 forks x 15 s of iterations (~15 min) plus JVM starts and
# set-ups; the allocation run ~1.5 min, the cold loads ~30 s, PeerAccuracy ~1 s, the build ~1 min.
# JMH uses one benchmark thread; the second core absorbs the JIT and GC threads, so run it on an
# otherwise idle machine.
#
# Results go to bench/results/<UTC timestamp>/ (git-ignored): jmh.json/jmh.txt (timing),
# gc.json, cold.json, accuracy.md, peers.txt, env.txt, and tables.md (what is printed at the end).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== building (engine install, bench package with its agreement tests)"
  mvn -q -B -DskipTests install -pl engine -am
  mvn -q -B package -pl bench
fi
jar=bench/target/benchmarks.jar
[ -f "$jar" ] || { echo "missing $jar: build first" >&2; exit 1; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=bench/results/$stamp
mkdir -p "$out"
read -r -a opts <<< "${JMH_OPTS:--f 2 -wi 5 -i 10 -w 1s -r 1s}"

{
  echo "Measured $(date -u +%Y-%m-%d) on $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//') ($(nproc) cores)"
  echo "$(java -version 2>&1 | head -1); JMH 1.37; settings: ${opts[*]}"
  echo "cytostorm commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
} > "$out/env.txt"

echo "== timing run -> $out/jmh.json"
java -jar "$jar" "${opts[@]}" -rf json -rff "$out/jmh.json" "$@" | tee "$out/jmh.txt"

extra=()
if [ $# -eq 0 ]; then
  echo "== allocation per run (-prof gc) -> $out/gc.json"
  read -r -a gc_opts <<< "${GC_OPTS:--f 1 -wi 3 -i 3 -w 1s -r 1s}"
  java -jar "$jar" FullRunBenchmark "${gc_opts[@]}" -prof gc -rf json -rff "$out/gc.json" > "$out/gc.txt"
  extra+=(--gc "$out/gc.json")

  echo "== cold first load (parse + compile, one shot in each of ${COLD_FORKS:-10} fresh JVMs) -> $out/cold.json"
  java -jar "$jar" 'CompileBenchmark.parseAndCompile' -bm ss -wi 0 -i 1 -f "${COLD_FORKS:-10}" -tu ms \
    -rf json -rff "$out/cold.json" > "$out/cold.txt"
  extra+=(--cold "$out/cold.json")

  peer_lines=()
  if [ -n "${PEERS:-}" ]; then
    echo "== peers -> $out/peers.txt"
    : > "$out/peers.txt"
    for rtol in ${PEER_RTOLS:-1e-6}; do
      bash "$root/../shared/peers/run.sh" "$rtol" 1e-10 | tee -a "$out/peers.txt"
    done
    while IFS= read -r line; do
      peer_lines+=("$line")
    done < <(grep 'y200=' "$out/peers.txt")
  fi

  echo "== accuracy -> $out/accuracy.md"
  java -cp "$jar" org.cytostorm.bench.PeerAccuracy ${peer_lines[@]+"${peer_lines[@]}"} > "$out/accuracy.md"
fi

python3 bench/jmh_table.py "$out/jmh.json" --env "$out/env.txt" ${extra[@]+"${extra[@]}"} > "$out/tables.md"
if [ -f "$out/accuracy.md" ]; then
  { echo; cat "$out/accuracy.md"; } >> "$out/tables.md"
fi
echo
echo "================ for docs/benchmarks.md ($out/tables.md) ================"
cat "$out/tables.md"
