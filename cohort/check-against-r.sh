#!/usr/bin/env bash
# Proves that the committed reference values of the statistics tests are R's: re-runs
# cohort/src/test/r/survival-reference.R (R's survival package) in a temporary directory and
# compares its output, file by file and byte for byte, with cohort/src/test/resources/survival-reference/.
# The JUnit test SurvivalAgainstRTest then holds the Java statistics to those files (1e-6).
#
#   cohort/check-against-r.sh
#
# Needs Rscript and the survival package (Debian: r-cran-survival; the committed files were made
# with R 4.2.2 and survival 3.5-3, Debian 12's). Installs them with apt-get when missing and running
# as root (as CI does), otherwise says what to install. Takes a few seconds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
committed="$here/src/test/resources/survival-reference"

have_r() {
  command -v Rscript >/dev/null 2>&1 \
    && Rscript -e 'quit(status = !requireNamespace("survival", quietly = TRUE))' >/dev/null 2>&1
}
if ! have_r; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing r-cran-survival (R and its survival package)"
    apt-get install -y -qq --no-install-recommends r-cran-survival >/dev/null 2>&1 \
      || { apt-get update -qq && apt-get install -y -qq --no-install-recommends r-cran-survival >/dev/null; }
  else
    echo "check-against-r: Rscript with the survival package is missing; install it (Debian: apt-get install r-cran-survival)" >&2
    exit 2
  fi
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
Rscript "$here/src/test/r/survival-reference.R" "$work"
versions="$(Rscript -e 'cat(R.version.string, "; survival ", format(packageVersion("survival")), sep = "")')"

if differences="$(diff -r "$committed" "$work" 2>&1)"; then
  echo "check-against-r: $(ls "$work" | wc -l) reference files are R's output ($versions)"
else
  echo "check-against-r: the committed reference files differ from what R now writes ($versions):" >&2
  printf '%s\n' "$differences" | head -40 >&2
  echo "regenerate with: Rscript cohort/src/test/r/survival-reference.R cohort/src/test/resources/survival-reference" >&2
  exit 1
fi
