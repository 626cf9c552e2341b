#!/usr/bin/env bash
# A real Spark cluster on one machine: starts a standalone master and one worker on loopback from
# the Spark jars Maven downloaded (no Spark download: a SPARK_HOME whose jars/ links to them), runs
# the same trial locally, on the cluster through ./cytostorm --spark and through spark-submit (its
# SparkSubmit class, with the Spark jar), checks that the outputs are identical and prints the
# figures for docs/benchmarks.md.
#
#   spark/scripts/standalone-check.sh [PATIENTS [SEED [TRIAL]]]     (default: 200 7 car-t-axi-cel)
#
# Environment: WORKER_CORES (default: all), WORKER_MEMORY (default 4g), KEEP=1 keeps the work folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
patients="${1:-200}"
seed="${2:-7}"
trial="${3:-car-t-axi-cel}"
cores="${WORKER_CORES:-$(nproc)}"
memory="${WORKER_MEMORY:-4g}"

jar="$root/spark/target/cytostorm-spark.jar"
classpath="$root/spark/target/spark-classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$classpath" ]; then
  echo "building the Spark jar (mvn -pl spark -am package)..." >&2
  (cd "$root" && mvn -B -q -DskipTests -pl spark -am package >&2)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/cytostorm-standalone.XXXXXX")"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# a SPARK_HOME made of links: a worker builds its executors' class path from SPARK_HOME/jars
home="$work/spark-home"
mkdir -p "$home/jars"
tr ':' '\n' < "$classpath" | while read -r j; do [ -n "$j" ] && ln -s "$j" "$home/jars/"; done
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
java_options=(@"$root/spark/conf/java-options" -Dlog4j2.configurationFile="$root/spark/conf/log4j2.properties")

wait_for() { # LOG TEXT SECONDS
  for _ in $(seq 1 "$3"); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 1
  done
  echo "standalone-check: no '$2' in $1 after $3 s:" >&2
  cat "$1" >&2
  exit 1
}

# INFO logging for the daemons: their start-up lines are what tells that they are up
daemon_log="$work/log4j2-daemons.properties"
sed 's/^rootLogger.level = warn/rootLogger.level = info/' "$root/spark/conf/log4j2.properties" > "$daemon_log"

java "${java_options[@]}" -Dlog4j2.configurationFile="$daemon_log" -cp "$home/jars/*" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
wait_for "$work/master.log" "I have been elected leader" 60
# free ports, chosen by the master: two checks on one machine do not collide
master=$(sed -n 's/.*Starting Spark master at \(spark:[^ ]*\).*/\1/p' "$work/master.log" | head -n 1)
java "${java_options[@]}" -Dlog4j2.configurationFile="$daemon_log" -cp "$home/jars/*" \
  org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$cores" --memory "$memory" --webui-port 0 \
  --work-dir "$work/worker" "$master" > "$work/worker.log" 2>&1 &
pids+=($!)
wait_for "$work/worker.log" "Successfully registered with master" 60
echo "standalone cluster up: master $master, one worker with $cores cores and $memory" >&2

run() { # NAME COMMAND...: runs COMMAND with the trial's size, seed and folder; prints the wall-clock seconds
  local name="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" --patients "$patients" --seed "$seed" --out "$work/$name" \
    > "$work/$name.out" 2> "$work/$name.err" || { cat "$work/$name.out" "$work/$name.err" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$t0 $t1" | awk '{printf "%.1f", $2 - $1}'
}
# what spark-submit runs (bin/spark-submit is a shell around this class): the jar's main class is
# the cytostorm command, and --spark without a master takes spark-submit's
submit() {
  java "${java_options[@]}" -cp "$home/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" "$jar" "$@" --spark
}
run_seconds() { sed -n 's/^wrote .* in \([0-9.]*\) s$/\1/p' "$work/$1.out"; }

# build both launcher jars, if needed, outside the timings
"$root/cytostorm" --version > /dev/null
"$root/cytostorm" trial --help --spark > /dev/null
wall_local=$(run local "$root/cytostorm" trial "$trial" --threads "$cores")
wall_spark=$(run standalone "$root/cytostorm" trial "$trial" --spark "$master")
wall_submit=$(run submitted submit trial "$trial")
sed -n 1p "$work/standalone.out"

same=true
for name in standalone submitted; do
  cmp -s "$work/local/patients.parquet" "$work/$name/patients.parquet" || same=false
  cmp -s "$work/local/summary.json" "$work/$name/summary.json" || same=false
done
executors=$(ls "$work/worker" 2>/dev/null | wc -l)

awk -v n="$patients" -v rl="$(run_seconds local)" -v rs="$(run_seconds standalone)" -v wl="$wall_local" \
    -v ws="$wall_spark" -v rsub="$(run_seconds submitted)" -v wsub="$wall_submit" -v cores="$cores" \
    -v same="$same" -v apps="$executors" 'BEGIN {
  printf "trial %s patients, %s cores\n", n, cores
  printf "  local runner (%s threads): %6.1f s run, %6.1f s wall: %5.2f patients/s (wall)\n", cores, rl, wl, n / wl
  printf "  standalone Spark         : %6.1f s run, %6.1f s wall: %5.2f patients/s (wall)\n", rs, ws, n / ws
  printf "  standalone, spark-submit : %6.1f s run, %6.1f s wall: %5.2f patients/s (wall)\n", rsub, wsub, n / wsub
  printf "  overhead against local   : %+6.1f s wall (%+.0f%%)\n", ws - wl, 100 * (ws - wl) / wl
  printf "  applications the worker ran: %d\n", apps
  printf "  patients.parquet and summary.json identical (both cluster runs to the local): %s\n", same
}'
[ "$same" = true ] || { echo "standalone-check: the Spark outputs differ from the local run's" >&2; exit 1; }
