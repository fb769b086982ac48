#!/usr/bin/env bash
# test_harness.sh -- the script-test runner (run_pytests.sh) leaves the
# output of a failing test in the build tree, never next to the test's
# sources: two runs of one source tree (two build trees, or ctest twice at
# once) must not write the same files.  usage: test_harness.sh PYM
here=$(cd "$(dirname "$0")" && pwd)
pym=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/area" "$work/build1" "$work/build2"
printf 'print(1)\n' >"$work/src/area/ok.py"
printf '1\n' >"$work/src/area/ok.py.exp"
printf 'print(2)\n' >"$work/src/area/bad.py"
printf '3\n' >"$work/src/area/bad.py.exp"
fail=0
for b in build1 build2; do
  if "$here/run_pytests.sh" "$pym" "$work/src/area" "$work/$b/out" >"$work/$b.log" 2>&1; then
    echo "FAIL: a failing test passed ($b)"; fail=1
  fi
  grep -q "1 passed, 1 failed" "$work/$b.log" || { echo "FAIL: counts ($b)"; cat "$work/$b.log"; fail=1; }
  [ -s "$work/$b/out/bad.py.out" ] || { echo "FAIL: no $b/out/bad.py.out"; fail=1; }
  [ ! -e "$work/$b/out/ok.py.out" ] || { echo "FAIL: a passing test's output kept ($b)"; fail=1; }
done
leftover=$(find "$work/src" -name '*.out')
[ -z "$leftover" ] || { echo "FAIL: output written next to the sources: $leftover"; fail=1; }
# without OUTDIR: py-out/AREA next to the pym binary
mkdir -p "$work/bin" && ln -s "$(cd "$(dirname "$pym")" && pwd)/$(basename "$pym")" "$work/bin/pym"
"$here/run_pytests.sh" "$work/bin/pym" "$work/src/area" >/dev/null 2>&1
[ -s "$work/bin/py-out/area/bad.py.out" ] || { echo "FAIL: no default py-out/area/bad.py.out"; fail=1; }
[ -z "$(find "$work/src" -name '*.out')" ] || { echo "FAIL: default run wrote next to the sources"; fail=1; }
[ $fail -eq 0 ] && echo "harness: ok"
exit $fail
