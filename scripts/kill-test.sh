#!/usr/bin/env bash
# Kill test: an output folder holds a whole set of files or none, whatever moment a run is killed.
#
# Kills './cytostorm run car-t-axi-cel --out DIR' with kill -9 at KILLS (default 20) moments spread
# evenly over the run's duration (measured first), alternately into an empty folder and into one
# holding a complete earlier 'sepsis' set. After each kill DIR must be absent, or hold exactly the
# three files of one complete set: all three byte-identical to those of a complete sepsis run (the
# previous set) or of a complete car-t-axi-cel run (the new set), never a mixture. Then the run is
# repeated to completion: DIR must hold the new set and nothing else may remain under the parent
# (no staging or old directory, lock or temporary file). One line per kill, a summary; exit 1 on
# any violation.
#
# Usage: scripts/kill-test.sh   (CYTOSTORM=path/to/launcher and KILLS=n to change the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${CYTOSTORM:-./cytostorm}
kills=${KILLS:-20}
files=(timeseries.csv summary.json report.html)

work=$(mktemp -d "${TMPDIR:-/tmp}/cytostorm-kill-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
parent="$work/parent"
dir="$parent/run"

now_ns() { date +%s%N; }

# the reference sets; the first call also builds the launcher's jar if needed
"$launcher" run sepsis --out "$work/sepsis" >/dev/null 2>&1
# the run's duration: the shorter of two timed runs, so that load on a shared machine during one
# of them does not push the later kills past the end of the runs
duration_ns=0
for out in car-t timing; do
  start=$(now_ns)
  "$launcher" run car-t-axi-cel --out "$work/$out" >/dev/null 2>&1
  took=$(( $(now_ns) - start ))
  if [ "$duration_ns" -eq 0 ] || [ "$took" -lt "$duration_ns" ]; then
    duration_ns=$took
  fi
done
rm -rf "$work/timing"
echo "kill test: a complete run of car-t-axi-cel takes $(awk -v n="$duration_ns" 'BEGIN { printf "%.2f", n / 1e9 }') s;" \
  "$kills kills spread over it"

# which complete set the folder holds: "sepsis", "car-t", "absent", or a description of the violation
state_of() {
  local d=$1
  [ -e "$d" ] || { echo absent; return; }
  local listing expected
  listing=$(cd "$d" && ls -A | sort | tr '\n' ' ')
  expected=$(printf '%s\n' "${files[@]}" | sort | tr '\n' ' ')
  [ "$listing" = "$expected" ] || { echo "VIOLATION: the folder holds: ${listing:-nothing}"; return; }
  local set f
  for set in sepsis car-t; do
    local all=yes
    for f in "${files[@]}"; do
      cmp -s "$d/$f" "$work/$set/$f" || { all=no; break; }
    done
    if [ "$all" = yes ]; then
      echo "$set"
      return
    fi
  done
  local mixed=""
  for f in "${files[@]}"; do
    if cmp -s "$d/$f" "$work/sepsis/$f"; then mixed+="$f=sepsis "
    elif cmp -s "$d/$f" "$work/car-t/$f"; then mixed+="$f=car-t "
    else mixed+="$f=neither "; fi
  done
  echo "VIOLATION: a mixture: ${mixed% }"
}

# hidden entries anywhere under the parent: what a run left behind (staging, old, lock, temporary)
leftovers() {
  (cd "$parent" && find . -mindepth 1 -name '.*' -print | sort | tr '\n' ' ')
}

violations=0
late=0
absent=0
previous=0
new=0
for i in $(seq 1 "$kills"); do
  rm -rf "$parent"
  mkdir -p "$parent"
  if [ $((i % 2)) -eq 1 ]; then
    into="an empty folder"
    before=absent
  else
    into="a folder holding sepsis"
    cp -r "$work/sepsis" "$dir"
    before=sepsis
  fi
  delay_ns=$(( duration_ns * i / (kills + 1) ))
  delay=$(awk -v n="$delay_ns" 'BEGIN { printf "%.3f", n / 1e9 }')
  "$launcher" run car-t-axi-cel --out "$dir" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then
    how="killed"
  else
    how="finished before the kill"
    late=$((late + 1))
  fi
  wait "$pid" 2>/dev/null || true

  state=$(state_of "$dir")
  verdict=ok
  case "$state" in
    absent) absent=$((absent + 1)) ;;
    car-t) new=$((new + 1)) ;;
    "$before") previous=$((previous + 1)) ;;
    *) verdict="VIOLATION"; [[ "$state" == VIOLATION* ]] || state="VIOLATION: $state, which was not there before" ;;
  esac

  # the next run completes, leaving the new set and nothing beside or inside it
  after_ok=yes
  "$launcher" run car-t-axi-cel --out "$dir" >/dev/null 2>&1 || after_ok="the next run failed"
  after=$(state_of "$dir")
  left=$(leftovers)
  if [ "$after_ok" != yes ] || [ "$after" != car-t ] || [ -n "$left" ]; then
    verdict="VIOLATION"
    after_note="next run: ${after_ok/yes/completed}, folder: $after, left over: ${left:-nothing}"
  else
    after_note="next run: complete set, nothing left over"
  fi
  [ "$verdict" = ok ] || violations=$((violations + 1))
  printf 'kill %2d/%d at %s s into %s: %s; folder: %s; %s%s\n' "$i" "$kills" "$delay" "$into" "$how" "$state" \
    "$after_note" "$([ "$verdict" = ok ] || echo " <-- $verdict")"
done

echo "kill test: $kills kills, $violations violations (folder absent $absent, previous set $previous," \
  "new set $new; $late runs had finished before their kill)"
[ "$violations" -eq 0 ]
