#!/usr/bin/env python3
"""The README's table from a benchmark's Gatling logs: per step, each run's p50 / p95 / p99 in ms.

    deploy/load/table.py target/load-benchmark/run-25.log target/load-benchmark/run-50.log ...

It reads the lines Gatling prints for HeadroomSimulation's assertions ("<step>: 95th percentile of
response time is less than ... (actual : 41.0)"), which name every request.
"""
import re
import sys
from collections import OrderedDict

PATTERN = re.compile(r"^(.*?): (50th|95th|99th) percentile of response time is .*\(actual : ([0-9.]+)\)")
COUNT = re.compile(r"^(.*?): count of all events is .*\(actual : ([0-9.]+)\)")
FAILED = re.compile(r"^(.*?): count of failed events is .*\(actual : ([0-9.]+)\)")

runs = []
steps = OrderedDict()
# In order of the number of people, whatever order the shell globbed them in.
for path in sorted(sys.argv[1:], key=lambda p: int(re.search(r"run-(\d+)", p).group(1))):
    people = re.search(r"run-(\d+)", path).group(1)
    runs.append(people)
    for line in open(path, encoding="utf-8"):
        for pattern, key in ((PATTERN, None), (COUNT, "n"), (FAILED, "ko")):
            m = pattern.match(line.strip())
            if not m:
                continue
            step = m.group(1)
            if step == "Global":
                continue
            cell = steps.setdefault(step, {}).setdefault(people, {})
            if key is None:
                cell[m.group(2)] = float(m.group(3))
            else:
                cell[key] = int(float(m.group(2)))

print("| Step | " + " | ".join(f"{p} people: p50 / p95 / p99 (n, errors)" for p in runs) + " |")
print("|------|" + "|".join("---" for _ in runs) + "|")
for step, byRun in steps.items():
    cells = []
    for p in runs:
        c = byRun.get(p)
        if not c:
            cells.append("–")
            continue
        cells.append(f"{c.get('50th', 0):.0f} / {c.get('95th', 0):.0f} / {c.get('99th', 0):.0f} ({c.get('n', 0)}, {c.get('ko', 0)})")
    print(f"| {step} | " + " | ".join(cells) + " |")
