#!/usr/bin/env bash
# bench.sh -- time pym against CPython 3.11, side by side in the same run.
#
# CPython is timed as a real binary: Debian's /usr/bin/python3.11 when present,
# else whatever `python3` resolves to (sys.executable, so a pyenv shim or a
# wrapper script's own start-up is not counted).  Every program runs under
# hyperfine, pym and CPython alternating: after one warm-up run of each, RUNS
# rounds (default 10) of timed runs of pym and of CPython (the order
# swapped every round), so that the
# machine's slow and fast phases (on a shared VM they last seconds and swing
# the speed by half) fall on both alike; medians.  Outputs are checked to be
# equal, and the report gives per-program ratios pym/CPython (below 1.00: pym
# is faster or smaller), their geometric mean, start-up time and peak RSS (GNU
# time).  The report is printed and written to bench/RESULTS.md.
#
# usage: scripts/bench.sh [PYM] [RUNS] [PUBLIC_DIR]     (PYTHON=... overrides CPython;
#        BENCH_STARTUP_ONLY=1: the start-up and import_lib rows only, printed)
#
# PUBLIC_DIR (or $PYM_PUBLIC_DIR; default /work/publicbench when it exists) is a
# folder of public benchmark programs nobody here wrote, each NAME.py with
# optional NAME.py.args and NAME.py.stdin, timed the same way into the
# "Public programs" table; a program pym cannot run is listed as failing.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
pym=$(realpath "${1:-$top/build/pym}"); runs=${2:-10}
need=()
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ -n "$PYTHON" ]; then py=$PYTHON
elif [ -x /usr/bin/python3.11 ]; then py=/usr/bin/python3.11
else py=python3; fi
py=$("$py" -c 'import sys; print(sys.executable)')     # resolve wrappers and shims
"$py" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || exit 1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "pym:     $pym"
echo "CPython: $py ($("$py" -c 'import sys; print(sys.version.split()[0])'))"

# one "NAME<TAB>json<TAB>pym-KiB<TAB>py-KiB" line per measured case
cases=$work/cases.tsv; : >"$cases"
# alternate NAME HYPERFINE-OPTIONS... -- PYM-COMMAND PY-COMMAND: one run of
# each to warm up (its times say how long a run takes), then $runs rounds of
# hyperfine, each timing the two commands k times (k runs fill about a
# quarter of a second: 1 for most programs, more for the short start-up and
# cliff cases); the rounds' times are merged into $work/NAME.json with
# their medians (scripts/bench_merge.py)
alternate() {
  local name=$1 opts=() i k
  shift
  while [ "$1" != -- ]; do opts+=("$1"); shift; done
  shift
  hyperfine "${opts[@]}" -r 1 --style none --export-json "$work/$name.warm.json" \
    "$1" "$2" >/dev/null 2>&1 || return 1
  k=$("$py" -c 'import json, sys
t = max(r["median"] for r in json.load(open(sys.argv[1]))["results"])
print(max(1, min(50, int(0.25 / max(t, 1e-4)))))' "$work/$name.warm.json")
  # odd rounds run pym first, even rounds CPython first: a slow phase of
  # the machine that starts or ends inside a round falls on both alike
  for ((i = 1; i <= runs; i++)); do
    local first=$1 second=$2
    ((i % 2)) || { first=$2; second=$1; }
    hyperfine "${opts[@]}" -r "$k" --style none --export-json "$work/$name.round$i.json" \
      "$first" "$second" >/dev/null 2>&1 || return 1
  done
  "$py" "$top/scripts/bench_merge.py" "$work/$name.json" "$work/$name".round*.json
}
measure() {             # measure NAME ARGS... -- the same arguments for both
  local name=$1; shift
  local a b
  a=$("$pym" "$@" 2>&1) || true; b=$("$py" "$@" 2>&1) || true
  if [ "$a" != "$b" ]; then echo "$name: OUTPUT DIFFERS" >&2; echo "$name	differs		" >>"$cases"; return; fi
  local q=() arg
  for arg in "$@"; do q+=("$(printf '%q' "$arg")"); done
  alternate "$name" -N -- "$pym ${q[*]}" "$py ${q[*]}"
  local mp mc
  mp=$(/usr/bin/time -f %M "$pym" "$@" 2>&1 >/dev/null | tail -1)
  mc=$(/usr/bin/time -f %M "$py" "$@" 2>&1 >/dev/null | tail -1)
  echo "$name	$work/$name.json	$mp	$mc" >>"$cases"
  printf '.' >&2
}
cd "$top/bench"
measure startup -c pass
# import_lib: one program importing every lib/ module (and package submodule)
# that CPython 3.11 has too; both run with a warm cache (pym's
# lib/__pycache__ is written by the first run, CPython's stdlib has its .pyc)
"$py" - "$top/lib" >"$work/import_lib.py" <<'PY'
import importlib.util, os, sys
lib, names = sys.argv[1], []
for e in sorted(os.listdir(lib)):
    p = os.path.join(lib, e)
    if e.endswith(".py") and not e.startswith("_pym"):
        names.append(e[:-3])
    elif os.path.isfile(os.path.join(p, "__init__.py")):
        names.append(e)
        names += [e + "." + s[:-3] for s in sorted(os.listdir(p))
                  if s.endswith(".py") and s != "__init__.py"]
for n in names:
    try:
        if importlib.util.find_spec(n) is not None:
            print("import", n)
    except ImportError:
        pass
PY
"$pym" "$work/import_lib.py" >/dev/null 2>&1 || true        # warm pym's cache
measure import_lib "$work/import_lib.py"
if [ -n "$BENCH_STARTUP_ONLY" ]; then   # these two rows only, bench/RESULTS.md untouched
  echo >&2; "$py" "$top/scripts/bench_report.py" "$cases" "$pym" "$py" "$runs"; exit 0
fi
for f in *.py; do
  [ "$f" = cliffs.py ] && continue
  measure "${f%.py}" "$f"
done
measure tracemalloc -X tracemalloc slots_alloc.py
cliffs=$work/cliffs.tsv; : >"$cliffs"
while read -r c small large; do
  measure "cliff:$c:$small" cliffs.py "$c" "$small"
  measure "cliff:$c:$large" cliffs.py "$c" "$large"
done <<'CASES'
index_nonascii 20000 80000
slice_nonascii 20000 80000
find_nonascii 20000 80000
str_iadd 100000 300000
fstring_spec 50000 200000
percent_format 50000 200000
genexpr 500000 2000000
sort_ints 100000 400000
sort_strs 100000 400000
sort_key 100000 400000
format_calls 50000 200000
number_str 50000 200000
compile_chain 700 2800
CASES
# ---- public benchmark programs (Benchmarks Game, pyperformance, pystone) ----
# Each DIR/NAME.py runs from DIR as INTERP NAME.py ARGS < STDIN.  With a stdin
# file hyperfine runs both commands through a shell (whose spawn time it
# measures and subtracts); otherwise directly (-N).  A program whose output or
# exit status differs from CPython's is listed with pym's last stderr line.
public=${3:-${PYM_PUBLIC_DIR:-/work/publicbench}}
measure_public() {      # measure_public NAME.py (in the public folder)
  local f=$1 name=public:${1%.py} args=() in=/dev/null ra rb
  [ -f "$f.args" ] && read -r -a args <"$f.args"
  [ -f "$f.stdin" ] && in=$f.stdin
  # outputs compared as files: some are binary (mandelbrot's PBM)
  "$pym" "$f" "${args[@]}" <"$in" >"$work/public.a" 2>"$work/public.err" && ra=0 || ra=$?
  "$py" "$f" "${args[@]}" <"$in" >"$work/public.b" 2>/dev/null && rb=0 || rb=$?
  if [ $ra != $rb ] || ! cmp -s "$work/public.a" "$work/public.b"; then
    local why
    why=$(tail -n 1 "$work/public.err" | tr '\t' ' ' | cut -c1-100)
    [ -n "$why" ] || why="exit $ra vs $rb, output differs"
    echo "$name: FAILS ($why)" >&2
    echo "$name	fails	$why	" >>"$cases"; return
  fi
  local q=() arg
  for arg in "${args[@]}"; do q+=("$(printf '%q' "$arg")"); done
  local how=(-N) redir=""
  [ -f "$f.stdin" ] && how=() && redir=" < $f.stdin"
  if ! alternate "$name" "${how[@]}" -- "$pym $f ${q[*]}$redir" "$py $f ${q[*]}$redir"; then
    echo "$name: FAILS (a timed run failed)" >&2
    echo "$name	fails	a timed run failed	" >>"$cases"; return
  fi
  local mp mc
  mp=$(/usr/bin/time -f %M "$pym" "$f" "${args[@]}" <"$in" 2>&1 >/dev/null | tail -1)
  mc=$(/usr/bin/time -f %M "$py" "$f" "${args[@]}" <"$in" 2>&1 >/dev/null | tail -1)
  echo "$name	$work/$name.json	$mp	$mc" >>"$cases"
  printf '.' >&2
}
if [ -d "$public" ]; then
  (cd "$public" && for f in *.py; do measure_public "$f"; done)
else
  echo "public programs: skipped (no folder $public; give PUBLIC_DIR or PYM_PUBLIC_DIR)" >&2
  echo "public:skipped	skipped	$public	" >>"$cases"
fi
# ---- end of public benchmark programs ----
echo >&2
"$py" "$top/scripts/bench_report.py" "$cases" "$pym" "$py" "$runs" | tee "$top/bench/RESULTS.md"
