#!/usr/bin/env bash
# corpus.sh -- run a folder of outside Python programs under pym and under
# CPython 3.11 and say which ones pym runs unchanged.
#
# usage: scripts/corpus.sh DIR [PYM]        (PYM defaults to build/pym)
#
# Every DIR/NAME.py is run from inside DIR, once by each interpreter, as
#     INTERP NAME.py ARGS < STDIN
# where ARGS are the words of DIR/NAME.py.args (if present) and STDIN is
# DIR/NAME.py.stdin (else /dev/null).  A program "runs unchanged" when its
# stdout, its stderr and its exit status are byte-for-byte CPython's.  Each
# run has a time limit (CORPUS_TIMEOUT seconds, default 60).  The programs
# themselves are public code and stay outside this repository; the folder's
# SOURCES.txt says where each came from.
#
# Output: one line per program -- ok, or FAIL with the first differing line
# (or the exit statuses) -- then "N of M run unchanged".
set -u
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: scripts/corpus.sh DIR [PYM]}
pym=$(cd "$(dirname "${2:-$here/../build/pym}")" && pwd)/$(basename "${2:-pym}")
[ -x "$pym" ] || { echo "corpus.sh: no pym at $pym" >&2; exit 2; }
cpy=${PYTHON:-/usr/bin/python3.11}
limit=${CORPUS_TIMEOUT:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # run INTERP NAME OUTPREFIX
  local args=() in=/dev/null
  [ -f "$2.args" ] && read -r -a args < "$2.args"
  [ -f "$2.stdin" ] && in=$2.stdin
  timeout "$limit" "$1" "$2" "${args[@]}" < "$in" > "$3.out" 2> "$3.err"
  echo $? > "$3.rc"
}

cd "$dir" || exit 2
total=0 same=0
for f in *.py; do
  total=$((total + 1))
  run "$cpy" "$f" "$work/c"
  run "$pym" "$f" "$work/p"
  if cmp -s "$work/c.out" "$work/p.out" && cmp -s "$work/c.err" "$work/p.err" &&
     cmp -s "$work/c.rc" "$work/p.rc"; then
    same=$((same + 1)); printf 'ok    %s\n' "$f"
  else
    why="exit $(cat "$work/c.rc") vs $(cat "$work/p.rc")"
    if ! cmp -s "$work/c.err" "$work/p.err"; then
      why="$why; stderr: $(tail -n 1 "$work/p.err" | cut -c1-110)"
    elif ! cmp -s "$work/c.out" "$work/p.out"; then
      why="$why; stdout differs at line $(cmp "$work/c.out" "$work/p.out" 2>&1 |
        sed -n 's/.* line \([0-9]*\).*/\1/p;s/.*EOF on \(.*\) after.*/EOF on \1/p' | head -n 1)"
    fi
    printf 'FAIL  %s  (%s)\n' "$f" "$why"
  fi
done
echo "$same of $total run unchanged"
