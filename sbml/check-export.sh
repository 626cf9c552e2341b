#!/usr/bin/env bash
# Checks the SBML that 'cytostorm export' writes with libSBML, the reference implementation:
# every consistency check on, unit consistency included. Passes with 0 errors and fewer than
# MAX_UNIT_WARNINGS unit-consistency warnings (docs/sbml.md lists the warnings that remain and why).
#
#   sbml/check-export.sh [SCENARIO]          # default car-t-axi-cel; builds the tool if needed
#
# Needs libSBML's Python binding for the system Python (Debian: python3-sbml5); installs it with
# apt-get when missing and running as root (as CI does), otherwise says what to install.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scenario="${1:-car-t-axi-cel}"
max_unit_warnings="${MAX_UNIT_WARNINGS:-100}"
python=/usr/bin/python3   # the system Python: the one Debian's python3-sbml5 installs into

if ! "$python" -c 'import libsbml' >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing python3-sbml5 (libSBML for $python)"
    apt-get install -y -qq python3-sbml5 >/dev/null 2>&1 \
      || { apt-get update -qq && apt-get install -y -qq python3-sbml5 >/dev/null; }
  else
    echo "check-export: libSBML's Python binding is missing for $python; install it (Debian: apt-get install python3-sbml5)" >&2
    exit 2
  fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/cytostorm" export "$scenario" "$work/$scenario.xml"

"$python" - "$work/$scenario.xml" "$max_unit_warnings" <<'PY'
import collections
import sys

import libsbml

path, max_unit_warnings = sys.argv[1], int(sys.argv[2])
doc = libsbml.readSBMLFromFile(path)
for category in (libsbml.LIBSBML_CAT_GENERAL_CONSISTENCY, libsbml.LIBSBML_CAT_IDENTIFIER_CONSISTENCY,
                 libsbml.LIBSBML_CAT_UNITS_CONSISTENCY, libsbml.LIBSBML_CAT_MATHML_CONSISTENCY,
                 libsbml.LIBSBML_CAT_SBO_CONSISTENCY, libsbml.LIBSBML_CAT_OVERDETERMINED_MODEL,
                 libsbml.LIBSBML_CAT_MODELING_PRACTICE):
    doc.setConsistencyChecks(category, True)
doc.checkConsistency()

problems = [doc.getError(i) for i in range(doc.getNumErrors())]
errors = [p for p in problems if p.getSeverity() in (libsbml.LIBSBML_SEV_ERROR, libsbml.LIBSBML_SEV_FATAL)]
warnings = [p for p in problems if p not in errors]
units = [p for p in warnings if p.getCategory() == libsbml.LIBSBML_CAT_UNITS_CONSISTENCY]

print("libSBML %s on %s: %d errors, %d warnings (%d of them unit consistency)"
      % (libsbml.getLibSBMLDottedVersion(), path.rsplit("/", 1)[-1], len(errors), len(warnings), len(units)))
by_kind = collections.Counter((p.getCategoryAsString(), p.getSeverityAsString(), p.getErrorId(), p.getShortMessage())
                              for p in problems)
for (category, severity, code, message), n in sorted(by_kind.items(), key=lambda kv: -kv[1]):
    print("  %4d  %s %s %d: %s" % (n, category, severity.lower(), code, message))
for p in errors[:10]:
    print("error %d at line %d: %s" % (p.getErrorId(), p.getLine(), " ".join(p.getMessage().split())[:400]))
shown = [p for p in units if p.getErrorId() != 99505][:5] + [p for p in units if p.getErrorId() == 99505][:3]
if shown:
    print("first unit warnings:")
for p in shown:
    print("  %d at line %d: %s" % (p.getErrorId(), p.getLine(), " ".join(p.getMessage().split())[:400]))

if errors or len(units) >= max_unit_warnings:
    print("check-export: FAILED (needs 0 errors and fewer than %d unit warnings)" % max_unit_warnings, file=sys.stderr)
    sys.exit(1)
print("check-export: passed (0 errors, %d unit warnings < %d)" % (len(units), max_unit_warnings))
PY
