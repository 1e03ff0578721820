#!/usr/bin/env python3
"""medians.py - the median time of each criterion benchmark from its last run, as a table.

usage: medians.py [CRITERION_DIR]   (default: $CARGO_TARGET_DIR/criterion, else target/criterion)
Criterion's console line shows the mean (or slope); the median is in new/estimates.json.
"""
import json, os, sys
from pathlib import Path


def fmt(ns):
    for unit, scale in (('s', 1e9), ('ms', 1e6), ('µs', 1e3)):
        if ns >= scale:
            return f'{ns / scale:.3g} {unit}'
    return f'{ns:.3g} ns'


def main():
    default = Path(os.environ.get('CARGO_TARGET_DIR', 'target')) / 'criterion'
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    rows = []
    for est in sorted(root.glob('**/new/estimates.json')):
        bench = json.loads((est.parent / 'benchmark.json').read_text())
        e = json.loads(est.read_text())
        m = e['median']
        rows.append((bench['full_id'], m['point_estimate'], m['confidence_interval']['lower_bound'],
                     m['confidence_interval']['upper_bound'], e['mean']['point_estimate']))
    if not rows:
        print(f'no criterion results under {root}', file=sys.stderr)
        return 1
    width = max(len(r[0]) for r in rows)
    print(f'{"benchmark":<{width}}  {"median":>10}  {"95% CI of median":>23}  {"mean":>10}')
    for name, med, lo, hi, mean in rows:
        print(f'{name:<{width}}  {fmt(med):>10}  {fmt(lo):>10} – {fmt(hi):>10}  {fmt(mean):>10}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
