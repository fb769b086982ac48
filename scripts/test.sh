#!/usr/bin/env bash
# test.sh -- build pym (installing what is missing) and run the whole test
# suite with CTest: Check unit tests, script tests, article demos, fuzzing.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/build.sh"
cd "$top/build"
ctest --output-on-failure -j"$(nproc)" "$@"
