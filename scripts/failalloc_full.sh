#!/usr/bin/env bash
# failalloc_full.sh -- the allocation-failure walk, strict (a leak
# reported after a MemoryError fails like a crash or a wrong result).  Two
# walks of scripts/failalloc_walk.sh, in parallel (one job per core):
#   1. POINTS failure points per program, spread evenly over its
#      allocations (all of them for a smaller program), over
#        - tests/failalloc/*.py (class-heavy, string-heavy, imports of lib/),
#        - the article demos (tests/article/*.py),
#        - the script tests named in tests/failalloc/scripts.txt;
#   2. every allocation of the small programs in tests/failalloc/regress/
#      (regression programs: each fault path fixed so far stays walked,
#      whatever allocation number it moves to).
# Each walk prints its count of points walked and passed.
#   failalloc ctest (CI):  failalloc_full.sh PYM 60    ~1 800 points
#   the dense walk:        failalloc_full.sh PYM 700   ~15 900 points
# (PYM_FAILALLOC_POINTS, read by failalloc_walk.sh, overrides both counts:
# .ci/run's ASan stage walks fewer.)
# usage: failalloc_full.sh PYM [POINTS_PER_PROGRAM]     (default 700)
top=$(cd "$(dirname "$0")/.." && pwd)
pym=$1; points=${2:-700}
[ -x "$pym" ] || { echo "usage: failalloc_full.sh PYM [POINTS]" >&2; exit 2; }
progs=("$top"/tests/failalloc/*.py "$top"/tests/article/*.py)
while read -r line; do
  case $line in ''|'#'*) continue ;; esac
  progs+=("$top/tests/py/$line")
done < "$top/tests/failalloc/scripts.txt"
export FAILALLOC_STRICT=1
status=0
"$top/scripts/failalloc_walk.sh" "$pym" "$points" "${progs[@]}" || status=1
"$top/scripts/failalloc_walk.sh" "$pym" 1000000 "$top"/tests/failalloc/regress/*.py || status=1
exit $status
