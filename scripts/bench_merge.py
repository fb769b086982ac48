"""bench_merge.py -- merge the per-round hyperfine exports of one bench case.

scripts/bench.sh times pym and CPython in alternating rounds (one hyperfine
run of each per round, the order swapped every round); this joins the rounds' times into one file shaped
like a hyperfine export (results[0] pym, results[1] CPython, each with its
times and their median), which scripts/bench_report.py reads.

usage: bench_merge.py OUT.json ROUND.json...
"""
import json
import statistics
import sys

out, rounds = sys.argv[1], sys.argv[2:]
merged = None
for path in rounds:
    with open(path) as f:
        results = json.load(f)["results"]
    if merged is None:          # the first round's order: pym, then CPython
        merged = [{"command": r["command"], "times": []} for r in results]
    # later rounds may run the commands in the other order: match by command
    by_command = {r["command"]: r for r in results}
    for m in merged:
        m["times"] += by_command[m["command"]]["times"]
for m in merged:
    m["median"] = statistics.median(m["times"])
    m["runs"] = len(m["times"])
with open(out, "w") as f:
    json.dump({"results": merged}, f, indent=1)
