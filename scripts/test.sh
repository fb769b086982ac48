#!/usr/bin/env bash
# test.sh -- build pym (installing what is missing) and run the whole test
# suite with CTest: Check unit tests, script tests, article demos, fuzzing.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/build.sh"
cd "$top/build"
status=0
ctest --output-on-failure -j"$(nproc)" "$@" || status=$?
# what ran, from the tests' own output (a suite or folder that ran nothing shows)
log=Testing/Temporary/LastTest.log
if [ -f "$log" ]; then
  units=$(grep -o '^unit: [0-9]* checks in [0-9]* suites' "$log" | tail -1)
  files=$(grep -o '^py: [0-9]* script files' "$log" | awk '{n += $2} END {print n + 0}')
  echo "test.sh: ${units:-unit: not run}; py: $files script files"
fi
exit $status
