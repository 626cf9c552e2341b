#!/usr/bin/env bash
# Fuzzes cytostorm's input readers with Jazzer: the @FuzzTest targets run in fuzzing mode through
# Maven, one at a time, each for a given number of seconds.
#
#   scripts/fuzz.sh TARGET|all SECONDS     fuzz one target, or every target one after the other
#   scripts/fuzz.sh TARGET FILE...         run the target on these inputs only (reproduce a finding)
#   scripts/fuzz.sh list                   the targets
#
# Targets: text-model, sbml, scenario, nonmem, treat, tissue (see the table below). Every input must
# be read or refused with a clean bad-input error (org.cytostorm.common.testing.FuzzOracle); anything
# else is a finding. Per input: at most max_len bytes (the table) and 10 s (@Timeout on the target).
#
# For each target it prints plain lines: executions, exec/s, coverage (libFuzzer's cov and ft),
# corpus size and findings, each finding with its exception and top frames; then the clean errors
# let through that are IllegalArgumentException (the readers should throw InputException instead).
# Everything is left in fuzz-out/TARGET/DATE/ (not committed): findings/ (the inputs: crash-*,
# timeout-*), run-N.log (Maven's and Jazzer's output), summary-N.txt (every clean error by kind).
# The corpus grown while fuzzing stays in MODULE/.cifuzz-corpus/ for the next run (FUZZ_FRESH=1
# starts from the seeds again). A timeout or a crash of the JVM ends a run; the target is then
# started again for the time left (at most FUZZ_RESTARTS times, default 5).
#
# Environment: MVN_FLAGS (default -o; set it empty for the first run, to download Jazzer),
# FUZZ_STRICT=1 (IllegalArgumentException is a finding too), FUZZ_FRESH=1, FUZZ_RESTARTS=N,
# FUZZ_HEAP (the fuzzing JVM's heap, default 1g).
#
# A finding once fixed goes into the target's seed corpus (src/test/resources/<package>/
# <Class>Inputs/<method>/), so that every `mvn verify` checks it; until then it waits in
# scripts/fuzz-findings/TARGET/.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)

# name, module, class, method, max_len (bytes), classes instrumented for coverage (never the code
# compiled from each model, org.cytostorm.generated: every model would look like new coverage)
TARGETS="
text-model  engine      org.cytostorm.engine.text.TextModelFuzzTest            load   8192   org.cytostorm.**
sbml        sbml        org.cytostorm.sbml.SbmlImportFuzzTest                  load   16384  org.cytostorm.**,org.sbml.jsbml.**
scenario    physiology  org.cytostorm.physiology.scenario.ScenarioFuzzTest     read   4096   org.cytostorm.**,com.fasterxml.jackson.dataformat.yaml.**,org.yaml.snakeyaml.**
nonmem      physiology  org.cytostorm.physiology.treat.NonmemDosesFuzzTest     read   4096   org.cytostorm.**,com.fasterxml.jackson.dataformat.csv.**
treat       physiology  org.cytostorm.physiology.treat.TreatOptionFuzzTest     parse  256    org.cytostorm.**
tissue      tissue      org.cytostorm.tissue.config.TissueConfigFuzzTest       read   8192   org.cytostorm.**,com.fasterxml.jackson.dataformat.yaml.**,org.yaml.snakeyaml.**
"

usage() {
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

names() {
    echo "$TARGETS" | awk 'NF { print $1 }'
}

# Sets module, class, method, max_len, instrument for target $1.
lookup() {
    local row
    row=$(echo "$TARGETS" | awk -v n="$1" '$1 == n')
    if [ -z "$row" ]; then
        echo "fuzz.sh: unknown target '$1'; targets: $(names | tr '\n' ' ')" >&2
        exit 2
    fi
    read -r _ module class method max_len instrument <<<"$row"
}

extra_props=()
keep_going=1000

# Runs Maven on the target in fuzzing mode; extra libFuzzer arguments follow $1 (the log file).
run_maven() {
    local log=$1
    shift
    local args=() i=1
    for a in "$@"; do
        args+=("-Djazzer.internal.arg.$i=$a")
        i=$((i + 1))
    done
    local status=0
    (cd "$root" && JAZZER_FUZZ=1 JAVA_TOOL_OPTIONS="-Xmx${FUZZ_HEAP:-1g}" mvn -B ${MVN_FLAGS--o} verify \
        -pl "$module" -am -Dtest=NoTestButTheFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
        -Dcytostorm.fuzz.tests="${class##*.}" \
        -Djazzer.hooks=true \
        -Djunit.jupiter.execution.timeout.mode=disabled \
        -Djazzer.instrument="$instrument" -Djazzer.keep_going="$keep_going" \
        -Djazzer.instrumentation_excludes='org.cytostorm.generated.**' \
        -Djazzer.custom_hook_excludes='org.cytostorm.generated.**' \
        -Djazzer.internal.arg.0=fuzz "${args[@]}" \
        -Dcytostorm.fuzz.strict="$([ "${FUZZ_STRICT:-}" = 1 ] && echo true || echo false)" \
        "${extra_props[@]}") >"$log" 2>&1 || status=$?
    return $status
}

# Prints FuzzOracle's listing of findings (read from standard input): error, then top frames.
show_listed() {
    awk -F '\t' -v n="$1" '{ print n ":   " $2; for (i = 3; i <= NF; i++) print n ":     at " $i }'
}

# Prints each finding saved in directory $2 with the error and top frames FuzzOracle listed in $3 (for
# a timeout: where the reader was after 8 s).
findings_of() {
    local name=$1 dir=$2 list=$3 f base
    for f in "$dir"/*; do
        [ -f "$f" ] || continue
        base=$(basename "$f")
        echo "$name: finding ${f#"$root"/} ($(wc -c <"$f") bytes)"
        case "$base" in
            crash-* | timeout-*)
                if [ -f "$list" ] && grep -q "^$base" "$list"; then
                    grep "^$base" "$list" | head -1 | show_listed "$name"
                elif [ "${base%%-*}" = timeout ]; then
                    echo "$name:   timeout: no result within 10 s (see the run logs)"
                else
                    echo "$name:   (not listed by FuzzOracle: see the run logs)"
                fi
                ;;
            *)
                echo "$name:   (see the run logs)"
                ;;
        esac
    done
}

fuzz_one() {
    local name=$1 seconds=$2
    lookup "$name"
    local out
    out="$root/fuzz-out/$name/$(date -u +%Y%m%dT%H%M%SZ)"
    mkdir -p "$out/findings"
    if [ "${FUZZ_FRESH:-}" = 1 ]; then
        rm -rf "$root/$module/.cifuzz-corpus/$class"
    fi
    local left=$seconds run=0 execs=0 fuzz_s=0 cov=? ft=? corp=? restarts=0
    while :; do
        run=$((run + 1))
        local log="$out/run-$run.log" start=$SECONDS
        extra_props=(-Djazzer.max_duration="${left}s" -Dcytostorm.fuzz.summary="$out/summary-$run.txt"
            -Dcytostorm.fuzz.findings="$out/findings.txt")
        run_maven "$log" "-max_len=$max_len" "-artifact_prefix=$out/findings/" || true
        local took=$((SECONDS - start))
        # the last libFuzzer status line: #N ... cov: C ft: F corp: K/... exec/s: E
        local status
        status=$(grep -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|DONE|INITED|RELOAD)' "$log" | tail -1 || true)
        if [ -n "$status" ]; then
            local n
            n=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$status")
            execs=$((execs + n))
            cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$status")
            ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$status")
            corp=$(sed -nE 's/.* corp: ([0-9]+)\/.*/\1/p' <<<"$status")
        fi
        local ran
        ran=$(sed -nE 's/^Done [0-9]+ runs in ([0-9]+) second.*/\1/p' "$log" | tail -1)
        if [ -n "$ran" ]; then
            fuzz_s=$((fuzz_s + ran))
            break
        fi
        fuzz_s=$((fuzz_s + took))
        if ! grep -qE '^#[0-9]+' "$log"; then
            echo "$name: the fuzz test did not start; see $log" >&2
            grep -E '^\[ERROR\]' "$log" | head -5 >&2 || true
            break
        fi
        left=$((left - took))
        if [ "$left" -lt 30 ] || [ "$restarts" -ge "${FUZZ_RESTARTS:-5}" ]; then
            break
        fi
        restarts=$((restarts + 1))
    done
    local nfind
    nfind=$(find "$out/findings" -type f | wc -l)
    local rate=0
    if [ "$fuzz_s" -gt 0 ]; then
        rate=$((execs / fuzz_s))
    fi
    echo "$name: scripts/fuzz.sh $name $seconds: JAZZER_FUZZ=1 mvn -B verify -pl $module -am -Dcytostorm.fuzz.tests=${class##*.}" \
        "-Djazzer.max_duration=${seconds}s, max_len $max_len bytes, timeout 10 s, instrumented $instrument"
    echo "$name: $fuzz_s s fuzzing, $execs executions ($rate/s), cov $cov, ft $ft, corpus $corp inputs," \
        "findings $nfind, restarts $restarts"
    findings_of "$name" "$out/findings" "$out/findings.txt"
    for summary in "$out"/summary-*.txt; do
        [ -f "$summary" ] || continue
        echo "$name: clean errors ($(head -1 "$summary")), IllegalArgumentException among them:"
        grep -E '^ +[0-9]+  IllegalArgumentException' "$summary" | sed "s/^/$name: /" || echo "$name:   none"
    done
    echo "$name: output in ${out#"$root"/}"
}

reproduce() {
    local name=$1
    shift
    lookup "$name"
    local out="$root/fuzz-out/$name/reproduce"
    mkdir -p "$out"
    rm -f "$out/findings.txt"
    local files=() f
    for f in "$@"; do
        files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
    done
    extra_props=(-Dcytostorm.fuzz.findings="$out/findings.txt" -Dcytostorm.fuzz.findings.each=true)
    run_maven "$out/run.log" "${files[@]}" || true
    if ! grep -qE '^(Running|Executed|INFO: Running)' "$out/run.log"; then
        echo "$name: the fuzz test did not start; see ${out#"$root"/}/run.log" >&2
        grep -E '^\[ERROR\]' "$out/run.log" | head -5 >&2 || true
        return
    fi
    for f in "${files[@]}"; do
        local sha
        sha=$(sha1sum "$f" | cut -d' ' -f1)
        if [ -f "$out/findings.txt" ] && grep -qE "^(crash|timeout)-$sha" "$out/findings.txt"; then
            echo "$name: $f: finding"
            grep -E "^(crash|timeout)-$sha" "$out/findings.txt" | head -1 | show_listed "$name"
        elif grep -q "Executed $f" "$out/run.log"; then
            echo "$name: $f: no finding (read, or refused with a clean bad-input error)"
        elif grep -q 'ERROR: libFuzzer: timeout' "$out/run.log" \
            && [ "$(grep -E '^Running: ' "$out/run.log" | tail -1)" = "Running: $f" ]; then
            echo "$name: $f: timeout (over 10 s); the files after it were not run"
        else
            echo "$name: $f: not run (see the log)"
        fi
    done
    echo "$name: output in ${out#"$root"/}/run.log"
}

[ $# -ge 1 ] || usage
if [ "$1" = list ]; then
    names
    exit 0
fi
[ $# -ge 2 ] || usage
if [ -e "$2" ]; then
    reproduce "$@"
    exit 0
fi
case "$2" in
    '' | *[!0-9]*) usage ;;
esac
if [ "$1" = all ]; then
    for n in $(names); do
        fuzz_one "$n" "$2"
    done
else
    fuzz_one "$1" "$2"
fi
