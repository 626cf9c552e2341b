#!/usr/bin/env python3
"""Writes the generated part of docs/sensitivity.md from the output directories of
`cytostorm sensitivity` runs (Morris screens and Sobol follow-ups of the built-in scenarios).

The text between the markers `<!-- generated: begin -->` and `<!-- generated: end -->` is replaced;
everything around it (the introduction, the discussion) is kept as written.

Usage, from the repository root:
  scripts/sensitivity-doc.py --sobol-commands DIR_OF_RUNS   # after the Morris screens: the follow-ups
  scripts/sensitivity-doc.py DIR_OF_RUNS                    # after both: the document
where DIR_OF_RUNS holds morris-SCENARIO/ and sobol-SCENARIO/ output directories. A Sobol follow-up
varies the leaders of the screen: every parameter with one of the LEADERS largest mu* of a readout.
"""
import csv
import json
import os
import sys

DOC = 'docs/sensitivity.md'
TABLE = 'physiology/src/main/resources/org/cytostorm/physiology/model/parameters.tsv'
BEGIN = '<!-- generated: begin -->'
END = '<!-- generated: end -->'
SCENARIOS = ['car-t-axi-cel', 'sepsis', 'covid-19-severe']
TOP = 10
LEADERS = 3


def table():
    rows = {}
    with open(TABLE) as f:
        for line in f:
            if line.startswith('#') or line.startswith('name\t'):
                continue
            p = line.rstrip('\n').split('\t')
            if len(p) >= 9:
                rows[p[0]] = {'unit': p[2], 'grade': p[6], 'source': p[7], 'description': p[8]}
    return rows


def fmt(v):
    if v is None or v == '' or v != v:
        return '–'
    v = float(v)
    a = abs(v)
    if a != 0 and (a >= 1e4 or a < 1e-3):
        return f'{v:.3g}'
    if a >= 100:
        return f'{v:.0f}'
    return f'{v:.3f}'


def short(source):
    s = source.strip()
    return s if len(s) <= 60 else s[:57] + '...'


def indices(d):
    with open(os.path.join(d, 'indices.csv')) as f:
        return list(csv.DictReader(f))


def command(summary, kind, scenario):
    n = summary['samples']
    if kind == 'morris':
        return f'./cytostorm sensitivity {scenario} --method morris --samples {n} --seed {summary["seed"]}'
    names = ','.join(p['name'] for p in summary['parameters'])
    return (f'./cytostorm sensitivity {scenario} --method sobol --samples {n} --seed {summary["seed"]} '
            f'--parameters {names}')


def top(m_dir, k):
    """The parameters with one of the k largest mu* of any readout, each once, in order of first mention."""
    rows = indices(m_dir)
    outputs = []
    for r in rows:
        if r['output'] not in outputs:
            outputs.append(r['output'])
    out = []
    for o in outputs:
        for r in [r for r in rows if r['output'] == o][:k]:
            if r['parameter'] not in out:
                out.append(r['parameter'])
    return out


def leaders(m_dir):
    """The parameters a Sobol follow-up varies: one of the LEADERS largest mu* of any readout."""
    return top(m_dir, LEADERS)


def section(base, scenario, params, out):
    m_dir = os.path.join(base, 'morris-' + scenario)
    s_dir = os.path.join(base, 'sobol-' + scenario)
    if not os.path.isdir(m_dir):
        return
    ms = json.load(open(os.path.join(m_dir, 'summary.json')))
    out.append(f'### {scenario}\n')
    out.append(f'Morris screen of all {len(ms["parameters"])} parameters the table varies, '
               f'{ms["samples"]} trajectories, {ms["evaluations"]} runs, {ms["failed_evaluations"]} failed '
               f'(build `{ms["cytostorm"]}`):\n')
    out.append('```sh\n' + command(ms, 'morris', scenario) + '\n```\n')
    rows = indices(m_dir)
    for output in ms['outputs']:
        out.append(f'**{output}**, the {TOP} largest μ\\* (per unit of quantile: a move across half the '
                   f'distribution changes the readout by μ\\*/2 on average):\n')
        out.append('| Parameter | μ* (95% CI) | μ | σ | Evidence | Source |')
        out.append('|---|---|---|---|---|---|')
        for r in [r for r in rows if r['output'] == output][:TOP]:
            t = params.get(r['parameter'], {})
            out.append(f'| `{r["parameter"]}` | {fmt(r["mu_star"])} ({fmt(r["mu_star_lo"])}–{fmt(r["mu_star_hi"])}) '
                       f'| {fmt(r["mu"])} | {fmt(r["sigma"])} | {t.get("grade", "")} | {short(t.get("source", ""))} |')
        out.append('')
    if os.path.isdir(s_dir):
        ss = json.load(open(os.path.join(s_dir, 'summary.json')))
        varied = [p['name'] for p in ss['parameters']]
        if sorted(varied) != sorted(leaders(m_dir)):
            sys.exit(f'sobol-{scenario} varies {varied}, not the leaders of its screen {leaders(m_dir)}: rerun it'
                     f' (--sobol-commands)')
        out.append(f'Sobol indices of the {len(varied)} parameters with one of the {LEADERS} largest μ* of a '
                   f'readout above, '
                   f'{ss["samples"]} base samples, {ss["evaluations"]} runs, {ss["failed_evaluations"]} failed; '
                   f'the others held at the scenario\'s values:\n')
        out.append('```sh\n' + command(ss, 'sobol', scenario) + '\n```\n')
        srows = indices(s_dir)
        for output in ss['outputs']:
            out.append(f'**{output}**: first-order S1 and total ST (95% bootstrap intervals), ranked by ST:\n')
            out.append('| Parameter | S1 | ST | Evidence |')
            out.append('|---|---|---|---|')
            for r in [r for r in srows if r['output'] == output][:TOP]:
                t = params.get(r['parameter'], {})
                out.append(f'| `{r["parameter"]}` | {fmt(r["S1"])} ({fmt(r["S1_lo"])}–{fmt(r["S1_hi"])}) '
                           f'| {fmt(r["ST"])} ({fmt(r["ST_lo"])}–{fmt(r["ST_hi"])}) | {t.get("grade", "")} |')
            out.append('')


def grades(base, params, out):
    out.append('### Evidence behind the most influential parameters\n')
    out.append('Of the ten largest μ* per readout (all readouts of a scenario together, each parameter once):\n')
    out.append('| Scenario | Parameters | strong | moderate | single-source | assumed |')
    out.append('|---|---|---|---|---|---|')
    for scenario in SCENARIOS:
        d = os.path.join(base, 'morris-' + scenario)
        if not os.path.isdir(d):
            continue
        top_params = top(d, TOP)
        count = {g: sum(1 for p in top_params if params.get(p, {}).get('grade') == g)
                 for g in ['strong', 'moderate', 'single-source', 'assumed']}
        out.append(f'| {scenario} | {len(top_params)} | {count["strong"]} | {count["moderate"]} | '
                   f'{count["single-source"]} | {count["assumed"]} |')
    out.append('')


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--sobol-commands':
        for scenario in SCENARIOS:
            m_dir = os.path.join(sys.argv[2], 'morris-' + scenario)
            if os.path.isdir(m_dir):
                seed = json.load(open(os.path.join(m_dir, 'summary.json')))['seed']
                print(f'./cytostorm sensitivity {scenario} --method sobol --samples 256 --seed {seed} '
                      f'--parameters {",".join(leaders(m_dir))} --out {sys.argv[2]}/sobol-{scenario}')
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    base = sys.argv[1]
    params = table()
    out = [BEGIN, '']
    for s in SCENARIOS:
        section(base, s, params, out)
    grades(base, params, out)
    out.append(END)
    text = open(DOC).read() if os.path.exists(DOC) else f'# Sensitivity\n\n{BEGIN}\n{END}\n'
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    open(DOC, 'w').write(head + '\n'.join(out) + tail)
    print('wrote', DOC)


if __name__ == '__main__':
    main()
