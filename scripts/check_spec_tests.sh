#!/bin/sh
# check_spec_tests.sh -- every specialized instruction of src/opcodes.h
# (PYM_SPECIALIZED_LIST) is named by a unit test (tests/unit/*.c, as
# OP_NAME): issue 10 asks a test of each one's fast path and deoptimization.
# usage: scripts/check_spec_tests.sh SOURCE_DIR
top=${1:-.}
names=$(sed -n '/^#define PYM_SPECIALIZED_LIST(X)/,/[^\\]$/p' "$top/src/opcodes.h" |
        sed -n 's/^ *X(\([A-Z0-9_]*\),.*/\1/p')
[ -n "$names" ] || { echo "FAIL: no specialized instructions found in src/opcodes.h"; exit 1; }
missing=0 n=0
for op in $names; do
  n=$((n + 1))
  if ! grep -qw "OP_$op" "$top"/tests/unit/*.c; then
    echo "FAIL: no unit test names OP_$op"
    missing=$((missing + 1))
  fi
done
[ "$missing" -eq 0 ] || exit 1
echo "ok: all $n specialized instructions are named by unit tests"
