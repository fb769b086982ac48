#!/usr/bin/env bash
# replay_corpus.sh -- runs pym on every file of a corpus folder (inputs the
# libFuzzer targets once found to crash or leak: tests/fuzz/corpus) and fails
# if a run ends by a signal or with a sanitizer report (with a PYM_SANITIZE
# build, LeakSanitizer included).  Python-level errors are fine.
# usage: replay_corpus.sh PYM DIR
pym=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); dir=$2
export PYM_MALLOC=malloc ASAN_OPTIONS=${ASAN_OPTIONS:-allocator_may_return_null=1:detect_leaks=1}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
n=0; bad=0
for f in "$dir"/*; do
  n=$((n + 1))
  (cd "$work" && timeout 20 "$pym" "$f" < /dev/null > /dev/null 2> "$work/err"); rc=$?
  if [ $rc -gt 128 ] && [ $rc -ne 124 ] || grep -q -e 'Sanitizer' -e 'runtime error:' "$work/err"; then
    bad=$((bad + 1)); echo "FAIL $f (status $rc)"; head -20 "$work/err"
  fi
done
echo "corpus: $n inputs replayed, $bad failed"
[ "$bad" -eq 0 ]
