#!/usr/bin/env bash
# failalloc_walk.sh -- allocation-failure injection: runs each
# program once to learn its output and how many allocations it makes
# (PYMFAILALLOC_REPORT=1), then again with PYMFAILALLOC=N (the Nth
# allocation fails, obmalloc.c) for POINTS values of N spread evenly over the
# whole run.  Every run must end either with the normal output and status,
# or with status 1 and MemoryError on stderr -- never a signal, an assertion,
# a sanitizer report or a leak reported by the leak check (on for every run).
# Prints the number of distinct failure points walked; fails on any bad run
# (its program, N and stderr are shown).  Leaks reported after a MemoryError
# are counted apart (listed; FAILALLOC_SHOW_LEAKS=1 shows their reports) and
# fail the walk with FAILALLOC_STRICT=1, which scripts/failalloc_full.sh (the
# failalloc ctest and the dense walk) sets.
# usage: failalloc_walk.sh PYM POINTS_PER_PROGRAM PROGRAM.py...
pym=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); points=$2; shift 2
# PYM_FAILALLOC_POINTS overrides the points per program (.ci/run: fewer under ASan)
points=${PYM_FAILALLOC_POINTS:-$points}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export PYM_MALLOC=${PYM_MALLOC:-pymalloc} ASAN_OPTIONS=${ASAN_OPTIONS:-allocator_may_return_null=1}
jobs=$(nproc 2>/dev/null || echo 2)

one() {     # PROG_INDEX PROG N -> "ok" or "BAD ..." line
  local i=$1 prog=$2 n=$3 d; d="$work/$i-$n"; mkdir -p "$d"
  local status
  status=$(cd "$(dirname "$prog")" && PYMFAILALLOC=$n PYMLEAKCHECK=1 \
    perl -e 'my $pid = fork; if (!$pid) { open(STDIN, "<", "/dev/null");
        open(STDOUT, ">", $ARGV[0]); open(STDERR, ">", $ARGV[1]); exec @ARGV[2..$#ARGV]; exit 127 }
      $SIG{ALRM} = sub { kill "KILL", $pid; waitpid($pid, 0); print "timeout\n"; exit 0 };
      alarm 60; waitpid($pid, 0); print $? & 127 ? "signal" . ($? & 127) . "\n" : ($? >> 8) . "\n"' \
      "$d/out" "$d/err" "$pym" "$(basename "$prog")")
  local verdict=ok
  # source lines ("-> text") and object counts ("  +  1303  tuple") as blanks
  local norm='s/->.*/->/; s/^\(  [-+] *\)[0-9][0-9]*\(  *[A-Za-z_]\)/\1N\2/'
  # the leak check's own table failing turns the check off (a note, not a leak)
  sed -i '/leak check: out of memory, check disabled/d' "$d/err"
  if grep -q -e 'Assertion' -e 'Sanitizer' -e 'runtime error:' "$d/err"; then verdict=bad
  elif [ "$status" = "$(cat "$work/ref-$i.status")" ] && cmp -s "$d/out" "$work/ref-$i.out"; then verdict=ok
  elif [[ $status != signal* && $status != timeout ]] && grep -q 'MemoryError' "$d/err"; then
    verdict=ok     # uncaught (status 1), or ignored in a __del__ or callback
  elif [[ $status != signal* && $status != timeout ]] &&
       [ "$(grep -c MemoryError "$d/out")" -gt "$(grep -c MemoryError "$work/ref-$i.out")" ]; then
    verdict=ok     # caught by the program and printed ("except Exception as e:
                   # print(type(e).__name__)"), as CPython would
  elif [ "$status" = "$(cat "$work/ref-$i.status")" ] &&
       cmp -s <(sed "$norm" "$d/out") <(sed "$norm" "$work/ref-$i.out"); then
    verdict=ok     # linecache.getlines() answers [] on MemoryError, as CPython's:
                   # a traceback printed by tracemalloc then shows no source line
                   # and the cache holds one tuple less (the demo's object counts)
  else verdict=bad; fi
  if [ $verdict = ok ] && grep -q 'leak check' "$d/err"; then verdict=leak; fi
  if [ $verdict = ok ]; then echo ok
  else
    echo "${verdict^^} $prog PYMFAILALLOC=$n status $status"; head -c 1500 "$d/err" | sed 's/^/    /'
  fi
  rm -rf "$d"
}
export -f one; export pym work

: > "$work/list"; i=0; total_allocs=0
for prog in "$@"; do
  i=$((i + 1)); prog=$(cd "$(dirname "$prog")" && pwd)/$(basename "$prog")
  # a first run writes the imported modules' bytecode cache (src/marshal.c),
  # so that the reference run and the walked runs all make the same allocations
  (cd "$(dirname "$prog")" && "$pym" "$(basename "$prog")" < /dev/null > /dev/null 2>&1)
  (cd "$(dirname "$prog")" && PYMFAILALLOC_REPORT=1 PYMLEAKCHECK=1 "$pym" "$(basename "$prog")" \
     > "$work/ref-$i.out" 2> "$work/ref-$i.err"; echo $? > "$work/ref-$i.status")
  count=$(sed -n 's/^pym: allocations: //p' "$work/ref-$i.err" | tail -1)
  [ -n "$count" ] || { echo "failalloc: $prog: no allocation count"; exit 1; }
  total_allocs=$((total_allocs + count))
  # POINTS values spread over 1..count (all of them if fewer)
  perl -e 'my ($i, $p, $c, $k) = @ARGV; my %seen;
    for my $j (0 .. $k - 1) { my $n = 1 + int($j * $c / $k); print "$i $p $n\n" unless $seen{$n}++ }' \
    "$i" "$prog" "$count" "$(( points < count ? points : count ))" >> "$work/list"
done
xargs -P "$jobs" -L 1 bash -c 'one "$@"' _ < "$work/list" > "$work/results"
walked=$(grep -c -e '^ok$' -e '^BAD' -e '^LEAK' "$work/results")
bad=$(grep -c '^BAD' "$work/results"); leaks=$(grep -c '^LEAK' "$work/results")
awk '/^BAD/ {p = 1} /^(ok|LEAK)/ {p = 0} p' "$work/results" | head -200
if [ -n "$FAILALLOC_SHOW_LEAKS" ]; then
  awk '/^LEAK/ {p = 1} /^(ok|BAD)/ {p = 0} p' "$work/results" | head -400
else
  grep '^LEAK' "$work/results" | head -50
fi
echo "failalloc: $walked failure points walked over $# programs ($total_allocs allocations in all), $((walked - bad - leaks)) passed, $bad bad, $leaks leaking after MemoryError"
# leaks after a MemoryError are counted apart and fail only with
# FAILALLOC_STRICT=1; a crash, an assertion, a sanitizer report or a wrong
# result always fails
[ "$bad" -eq 0 ] && { [ -z "$FAILALLOC_STRICT" ] || [ "$leaks" -eq 0 ]; }
