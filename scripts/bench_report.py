"""bench_report.py CASES PYM PYTHON RUNS -- turn scripts/bench.sh's hyperfine
measurements into the Markdown report bench/RESULTS.md (run by CPython)."""
import json, math, os, platform, subprocess, sys, time

cases_file, pym, py, runs = sys.argv[1:5]


def medians(path):
    with open(path) as f:
        results = json.load(f)["results"]
    return results[0]["median"], results[1]["median"]


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


rows = []
with open(cases_file) as f:
    for line in f:
        name, path, kp, kc = line.rstrip("\n").split("\t")
        rows.append((name, path, kp, kc))

out = []
out.append("# pym against CPython 3.11\n")
out.append("Written by `scripts/bench.sh` on %s: %s, %d cores, %s.  " % (
    time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), cpu_model(), os.cpu_count(),
    platform.platform()))
version = subprocess.run([pym, "-V"], capture_output=True, text=True).stdout.strip()
out.append("pym: `%s` (%s); CPython: `%s` (%s).  " % (pym, version, py, sys.version.split()[0]))
out.append("Times are medians of hyperfine runs after a warm-up, pym and CPython alternating "
           "in %s rounds (one run each a round, more for runs under a quarter of a second); "
           "ratios are pym / CPython (below 1.00: pym is faster or smaller).\n" % runs)


def table(title, selected):
    if not selected:
        return []
    out.append("\n## %s\n" % title)
    out.append("| program | pym ms | CPython ms | time ratio | pym peak KiB | CPython peak KiB | RSS ratio |")
    out.append("|---|---:|---:|---:|---:|---:|---:|")
    ratios = []
    for name, path, kp, kc in selected:
        if path == "differs":
            out.append("| %s | output differs | | | | | |" % name)
            continue
        tp, tc = medians(path)
        r = tp / tc
        ratios.append(r)
        rss = "%.2f" % (int(kp) / int(kc)) if kp.isdigit() and kc.isdigit() and int(kc) else "?"
        out.append("| %s | %.1f | %.1f | %.2f | %s | %s | %s |" % (
            name, tp * 1000, tc * 1000, r, kp, kc, rss))
    if ratios:
        g = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        out.append("\nGeometric mean of time ratios: **%.2f** over %d programs; highest %.2f." % (
            g, len(ratios), max(ratios)))
    return ratios


startup = [r for r in rows if r[0] in ("startup", "import_lib")]
programs = [r for r in rows if r[0] not in ("startup", "import_lib") and not r[0].startswith(("cliff:", "public:"))]
cliffs = [r for r in rows if r[0].startswith("cliff:")]
table("Start-up (`-c pass`; `import_lib` imports every lib/ module CPython also has, warm caches)", startup)
table("Programs (`bench/*.py`; `tracemalloc` is slots_alloc.py under `-X tracemalloc`)", programs)
if cliffs:
    out.append("\n## Complexity cliffs (`bench/cliffs.py CASE N`, two sizes each)\n")
    out.append("| case | N | pym ms | CPython ms | ratio |")
    out.append("|---|---:|---:|---:|---:|")
for name, path, kp, kc in cliffs:
    _, case, n = name.split(":")
    if path == "differs":
        out.append("| %s | %s | output differs | | |" % (case, n))
        continue
    tp, tc = medians(path)
    out.append("| %s | %s | %.1f | %.1f | %.2f |" % (case, n, tp * 1000, tc * 1000, tp / tc))
# Public programs (scripts/bench.sh's PUBLIC_DIR): rows "public:NAME", or a
# "fails" row whose third field says why, or one "skipped" row.
public = [(name[len("public:"):], path, kp, kc) for name, path, kp, kc in rows
          if name.startswith("public:")]
if public and public[0][1] == "skipped":
    out.append("\n## Public programs\n")
    out.append("Skipped: no folder `%s`." % public[0][2])
elif public:
    failing = [r for r in public if r[1] == "fails"]
    table("Public programs (Benchmarks Game, pyperformance bodies, pystone; nobody here wrote them)",
          [r for r in public if r[1] != "fails"])
    out.append("\nLoad average (1 min) when the report was written: %.1f on %d cores; "
               "under load the ratios are noisy." % (os.getloadavg()[0], os.cpu_count()))
    if failing:
        out.append("\nFailing on pym (not in the mean): %d of %d programs.\n" % (
            len(failing), len(public)))
        out.append("| program | why |")
        out.append("|---|---|")
        for name, _, why, _ in failing:
            out.append("| %s | %s |" % (name, why.replace("|", "\\|")))
print("\n".join(out))
