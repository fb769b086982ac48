#!/usr/bin/env bash
# gen_exp.sh -- write NAME.py.exp for script tests from CPython 3.11 (the oracle).
# usage: scripts/gen_exp.sh tests/py/AREA/NAME.py ...   (or a folder)
here=$(cd "$(dirname "$0")" && pwd)
py=${PYTHON:-python3}
"$py" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || exit 1
for arg in "$@"; do
  if [ -d "$arg" ]; then set -- "$arg"/*.py; else set -- "$arg"; fi
  for f in "$@"; do
    d=$(dirname "$f"); b=$(basename "$f")
    (cd "$d" && "$here/normalize_output.sh" "$py" "$b" > "$b.exp")
    echo "wrote $f.exp"
  done
done
