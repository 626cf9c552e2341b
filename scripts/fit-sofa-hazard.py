#!/usr/bin/env python3
"""Fits the death hazard on the reported SOFA to Ferreira et al. (JAMA 2001;286:1754).

The hazard is h(t) = hazard_10 * (SOFA(t) / 10) ** n_hazard per hour, integrated by the trapezoidal
rule over the hourly clinical grid to day 28 (as physiology.outcome does). The two parameters are
fitted so that day-28 mortality by highest-SOFA band over the sepsis sweep of SofaMortalityTest
matches Ferreira's table, each band weighted by min(patients, 20). Natural history only: usual
ICU care, no treatment comparison.

Usage (from the repository root, after `mvn -o -q test-compile -pl physiology -am`):
  java -cp <physiology classes and test classes>:<dependencies> \
      org.cytostorm.physiology.calib.SofaSweep /tmp/sweep.csv
  scripts/fit-sofa-hazard.py /tmp/sweep.csv
Needs numpy and scipy (Debian: python3-numpy python3-scipy).
"""
import sys

import numpy as np
from scipy.optimize import minimize

# Ferreira 2001, mortality (%) by highest SOFA (Figure 2, as tabulated by MDCalc)
BANDS = [(0, 1, 0.0), (2, 3, 1.5), (4, 5, 6.7), (6, 7, 18.2), (8, 9, 26.3), (10, 11, 45.8), (12, 14, 80.0),
         (15, 24, 89.7)]
DAY28 = 672


def read(path):
    rows = []
    for line in open(path):
        head, *cols = line.strip().split(';')
        rows.append(np.array(list(map(int, cols[0].split())), dtype=float)[:DAY28 + 1])
    return rows


def mortality(params, sofa):
    h10, n = params
    h = h10 * (sofa / 10.0) ** n
    return 1 - np.exp(-np.sum((h[:-1] + h[1:]) / 2))


def table(params, rows):
    highest = np.array([s.max() for s in rows])
    m = np.array([mortality(params, s) for s in rows])
    out = []
    for lo, hi, ferreira in BANDS:
        sel = (highest >= lo) & (highest <= hi)
        out.append((lo, hi, ferreira, int(sel.sum()), 100 * m[sel].mean() if sel.any() else float('nan')))
    return out


def loss(log_params, rows):
    return sum((model - f) ** 2 * min(n, 20) for lo, hi, f, n, model in table(np.exp(log_params), rows) if n >= 5)


def main():
    rows = read(sys.argv[1])
    fit = minimize(loss, np.log([0.002, 2.0]), args=(rows,), method='Nelder-Mead',
                   options=dict(maxiter=4000, xatol=1e-6, fatol=1e-6))
    h10, n = np.exp(fit.x)
    rounded = (float('%.2g' % h10), round(float(n), 1))
    print('fitted hazard_10 = %.4g /h, n_hazard = %.3f; rounded %s' % (h10, n, rounded))
    for lo, hi, f, count, model in table(rounded, rows):
        print('highest SOFA %2d-%2d: %3d patients, model %5.1f%%, Ferreira %5.1f%%' % (lo, hi, count, model, f))


if __name__ == '__main__':
    main()
