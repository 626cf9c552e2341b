#!/usr/bin/env bash
# The Python package's checks (CI runs this after 'mvn -B verify'): the pytest tests, which compare
# the package's results with the command line's own outputs, and the README's Python example.
# Installs nothing: needs python3-jpype, python3-numpy, python3-pandas and python3-pytest (Debian).
# Uses /usr/bin/python3 (where Debian installs them), or $PYTHON.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
py="${PYTHON:-/usr/bin/python3}"

if ! "$py" -c 'import jpype, numpy, pandas, pytest' 2>/dev/null; then
  echo "python/check.sh: $py lacks jpype, numpy, pandas or pytest" \
    "(Debian: apt-get install python3-jpype python3-numpy python3-pandas python3-pytest)" >&2
  exit 2
fi
# the jar the package and the tests use (built when missing or older than the sources)
"$repo/cytostorm" --version

echo "== python: pytest (python/tests)"
(cd "$here" && PYTHONDONTWRITEBYTECODE=1 "$py" -m pytest -q tests)

echo "== python: the README's example"
example="$(mktemp -d)"
trap 'rm -rf "$example"' EXIT
# the first ```python block after the heading "### From Python"
awk '/^### From Python$/{found=1} found && /^```python/{inside=1; next} inside && /^```/{exit} inside' \
  "$repo/README.md" >"$example/readme_example.py"
if [ ! -s "$example/readme_example.py" ]; then
  echo "python/check.sh: no \`\`\`python block under '### From Python' in README.md" >&2
  exit 1
fi
(cd "$example" && PYTHONDONTWRITEBYTECODE=1 PYTHONPATH="$here" "$py" readme_example.py)
echo "python checks passed"
