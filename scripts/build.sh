#!/usr/bin/env bash
# build.sh -- set up a fresh machine if needed, then configure and build pym
# into build/ (build/pym).  Extra arguments go to cmake's configure step.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/setup"
cmake -S "$top" -B "$top/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$top/build" -j"$(nproc)"
