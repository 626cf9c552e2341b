#!/usr/bin/env python3
"""Remakes the golden runs of GoldenRunsTest (cli/src/test/resources/golden/).

For every name in issue-14/index.txt and every case of issue-14-treated/cases.txt, runs
`cytostorm run ... --out DIR` with the built jar, stores timeseries.csv gzipped (mtime 0, so the
bytes do not depend on when it ran) and summary.json without the build's and the model text's
identities (provenance cytostorm, commit, modified, model_digest), and prints each case's highest
CRS grade, highest SOFA and day-28 survival for the README's before/after table.

Usage, from the repository root, after `mvn -B -q -DskipTests -pl cli -am package`:
  scripts/regen-golden.py
"""
import gzip
import json
import os
import subprocess
import tempfile

GOLDEN = 'cli/src/test/resources/golden/'
JAR = 'cli/target/cytostorm.jar'
IDENTITIES = ('cytostorm', 'commit', 'modified', 'model_digest')


def remake(base, name, args):
    out = tempfile.mkdtemp()
    r = subprocess.run(['java', '-jar', JAR, 'run'] + args + ['--out', out], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f'{name}: exit {r.returncode}\n{r.stderr}')
    target = os.path.join(GOLDEN, base, name)
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(out, 'timeseries.csv'), 'rb') as f, \
            gzip.GzipFile(os.path.join(target, 'timeseries.csv.gz'), 'wb', mtime=0) as g:
        g.write(f.read())
    with open(os.path.join(out, 'summary.json')) as f:
        summary = json.load(f)
    for key in IDENTITIES:
        summary.get('provenance', {}).pop(key, None)
    with open(os.path.join(target, 'summary.json'), 'w') as f:
        json.dump(summary, f, indent=2)
    print(f"{name}: CRS {summary.get('max_crs_grade')}, SOFA {summary.get('max_sofa')}, "
          f"survival {summary.get('survival_day28'):.3f}", flush=True)


def main():
    with open(GOLDEN + 'issue-14/index.txt') as f:
        for name in f.read().split():
            remake('issue-14', name, [name])
    with open(GOLDEN + 'issue-14-treated/cases.txt') as f:
        for line in f.read().splitlines():
            if line.strip():
                name, args = line.split('|')
                remake('issue-14-treated', name, args.split())


if __name__ == '__main__':
    main()
