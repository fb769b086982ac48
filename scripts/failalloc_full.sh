#!/usr/bin/env bash
# failalloc_full.sh -- the dense allocation-failure walk (issue 6): over
# 10 000 distinct failure points, every one required to pass (strict: a leak
# reported after a MemoryError fails too).  It walks scripts/failalloc_walk.sh
# over
#   - tests/failalloc/*.py (class-heavy, string-heavy, imports of lib/ modules),
#   - the article demos (tests/article/*.py),
#   - the script tests named in tests/failalloc/scripts.txt (chosen because
#     they exercise many types and print only what CPython computes; a test
#     that catches every exception, prints gc counts or times would turn an
#     injected MemoryError into a different output),
# in parallel (one job per core), POINTS failure points per program spread
# evenly over its allocations (all of them for a smaller program).  Prints
# the walk's count of points walked and passed; exit status 0 only if all
# passed.  The failalloc ctest walks a stride of the same programs (CI).
# usage: failalloc_full.sh PYM [POINTS_PER_PROGRAM]     (default 700)
# Takes about 15 minutes of 2 cores with build/pym (the PGO build).
top=$(cd "$(dirname "$0")/.." && pwd)
pym=$1; points=${2:-700}
[ -x "$pym" ] || { echo "usage: failalloc_full.sh PYM [POINTS]" >&2; exit 2; }
progs=("$top"/tests/failalloc/*.py "$top"/tests/article/*.py)
while read -r line; do
  case $line in ''|'#'*) continue ;; esac
  progs+=("$top/tests/py/$line")
done < "$top/tests/failalloc/scripts.txt"
FAILALLOC_STRICT=1 exec "$top/scripts/failalloc_walk.sh" "$pym" "$points" "${progs[@]}"
