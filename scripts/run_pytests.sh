#!/usr/bin/env bash
# run_pytests.sh -- run every tests/py/AREA/*.py with pym and compare with the
# committed NAME.py.exp (CPython 3.11's output, see gen_exp.sh).  On a mismatch
# the actual output is left in OUTDIR/NAME.py.out and a diff is printed;
# OUTDIR is in the build tree (default: py-out/AREA next to PYM), never next
# to the sources, so two runs of one source tree do not clash.  A .py
# without its .exp fails (a test whose expectation was never made is not a
# pass); helper_*.py are modules imported by the tests, not tests.
# usage: run_pytests.sh PYM DIR [OUTDIR]
here=$(cd "$(dirname "$0")" && pwd)
pym=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); dir=$2
out=${3:-$(dirname "$pym")/py-out/$(basename "$dir")}
mkdir -p "$out" || exit 1
# the leak check (pym only; CPython ignores it): a leaked object prints
# "pym: leak check: ..." on stderr, which fails the comparison
export PYMLEAKCHECK=1
pass=0; fail=0; skip=0; failed=()
for f in "$dir"/*.py; do
  b=$(basename "$f")
  case $b in helper_*) continue ;; esac   # modules the tests import, not tests
  # PYM_SKIP_LIST: a file of AREA/NAME.py lines a build mode cannot run
  # (.ci/run's stress stage); each skip is printed, never silent
  if [ -n "$PYM_SKIP_LIST" ] && grep -qx "$(basename "$dir")/$b" "$PYM_SKIP_LIST"; then
    echo "SKIP $f (listed in $PYM_SKIP_LIST)"; skip=$((skip + 1)); continue
  fi
  if [ ! -e "$f.exp" ]; then     # a test without its expectation is an error
    fail=$((fail + 1)); failed+=("$b")
    echo "FAIL $f: no $b.exp (make it with scripts/gen_exp.sh)"; continue
  fi
  (cd "$dir" && "$here/normalize_output.sh" "$pym" "$b") > "$out/$b.out"
  if cmp -s "$f.exp" "$out/$b.out"; then
    pass=$((pass + 1)); rm -f "$out/$b.out"
  else
    fail=$((fail + 1)); failed+=("$b")
    echo "FAIL $f (output in $out/$b.out)"; diff "$f.exp" "$out/$b.out" | head -20
  fi
done
echo "$(basename "$dir"): $pass passed, $fail failed$( [ $skip -eq 0 ] || echo ", $skip skipped")"
echo "py: $((pass + fail)) script files"
[ "$fail" -eq 0 ]
