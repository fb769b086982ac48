#!/usr/bin/env bash
# test_bytecode_cache.sh -- the bytecode cache (src/marshal.c) from outside:
# a module imported cold and warm gives the same results; truncated files,
# random bytes, a wrong magic / size / mtime, and payloads damaged behind a
# fresh checksum are never trusted blindly (the result stays right, or pym at
# least ends with an error and no signal) and the cache is rewritten; -B and
# PYMDONTWRITEBYTECODE write nothing.  Runs in a temporary copy of
# tests/bytecode_cache, so the source tree gets no __pycache__.
# usage: scripts/test_bytecode_cache.sh PATH/TO/pym TESTS_DIR
pym=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$src"/cmod.py "$src"/main.py "$src"/mutate.py "$tmp"/
cd "$tmp" || exit 1
unset PYMDONTWRITEBYTECODE
tag=$("$pym" -c 'import sys; print(sys.implementation.cache_tag)')
pyc=__pycache__/cmod.$tag.pyc
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

run() { "$pym" main.py > out 2>&1; echo "rc=$?" >> out; }

run; cp out cold
[ -f "$pyc" ] && ok || bad "cold import wrote no $pyc"
grep -q 'return VALUES\[0\] / 0' cold && ok || bad "traceback shows no source line"
cp "$pyc" good
run; cmp -s out cold && ok || bad "warm run differs"; cmp -s "$pyc" good && ok || bad "warm run rewrote the cache"
size=$(stat -c %s "$pyc")

# check WHAT: after damaging $pyc, the output is the cold one and the cache is rewritten
check() {
  run
  if cmp -s out cold && cmp -s "$pyc" good; then ok; else bad "$1"; diff cold out | head -5; fi
}
for n in 0 1 4 20 51 52 53 60 $((size / 2)) $((size - 1)); do
  head -c "$n" good > "$pyc"; check "truncated to $n bytes"
done
{ cat good; printf 'x'; } > "$pyc"; check "one byte too many"
{ printf 'XXXX'; tail -c +5 good; } > "$pyc"; check "wrong magic"
for seed in $(seq 1 40); do
  cp good "$pyc"
  off=$(( (seed * 7919) % size ))
  printf "$(printf '\\%03o' $(( (seed * 37 + 1) % 256 )))" |
    dd of="$pyc" bs=1 seek="$off" conv=notrunc status=none
  cmp -s "$pyc" good && continue      # the byte was already that value
  check "random byte at $off (seed $seed)"
done
head -c "$size" /dev/urandom > "$pyc"; check "random file"

# stale: the source's mtime or size changed
cp good "$pyc"; touch -d '2001-01-01' cmod.py; run
cmp -s out cold && ok || bad "stale mtime: output"
cmp -s "$pyc" good && bad "stale mtime: cache not rewritten" || ok
cp "$pyc" good
echo "# one more line" >> cmod.py; run
cmp -s out cold && ok || bad "changed size: output"
cmp -s "$pyc" good && bad "changed size: cache not rewritten" || ok
cp "$pyc" good

# damaged structure behind a fresh checksum (tests/bytecode_cache/mutate.py):
# the loader's own checks; pym may then run other code, but never crashes
for seed in $(seq 1 80); do
  cp good "$pyc"
  "$pym" mutate.py "$pyc" "$seed" "$src/../../src/opcodes.h" || { bad "mutate.py failed"; continue; }
  "$pym" main.py > out 2>&1; rc=$?
  if [ "$rc" -ge 128 ]; then bad "mutated payload (seed $seed): signal, status $rc"; else ok; fi
done

# -B and PYMDONTWRITEBYTECODE write nothing; sys.dont_write_bytecode shows them
rm -rf __pycache__
"$pym" -B main.py > /dev/null 2>&1
[ -e "$pyc" ] && bad "-B wrote $pyc" || ok
PYMDONTWRITEBYTECODE=1 "$pym" main.py > /dev/null 2>&1
[ -e "$pyc" ] && bad "PYMDONTWRITEBYTECODE wrote $pyc" || ok
[ "$("$pym" -B -c 'import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)')" = "True 1" ] && ok || bad "-B: sys flags"
[ "$("$pym" -c 'import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)')" = "False 0" ] && ok || bad "default: sys flags"
run; [ -f "$pyc" ] && ok || bad "cache not written after -B runs"

# an unwritable __pycache__ is no error
rm -rf __pycache__; mkdir __pycache__; chmod 555 __pycache__
run; cmp -s out cold && ok || bad "read-only __pycache__"
chmod 755 __pycache__

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
