#!/usr/bin/env bash
# bench.sh -- run bench/*.py with pym and python3 side by side and report the
# ratios (pym / python3; below 1.00 means pym is faster or smaller): wall time
# (best of N runs; 'net' subtracts each one's start-up time), peak RSS, and
# start-up time.  Outputs must be equal.
# usage: scripts/bench.sh [PYM] [RUNS]
top=$(cd "$(dirname "$0")/.." && pwd)
pym=${1:-$top/build/pym}; runs=${2:-3}
py=${PYTHON:-python3}
# best wall time in seconds of $runs runs of "$@"
best() {
  local b=
  for _ in $(seq "$runs"); do
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    b=$(echo "$s $e $b" | awk '{t=$2-$1; if ($3=="" || t<$3) print t; else print $3}')
  done
  echo "$b"
}
# peak RSS in KiB of "$@" (GNU time when present, else from /proc via a poller)
peak() {
  if command -v /usr/bin/time >/dev/null; then
    /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1
  else
    echo "?"
  fi
}
sp=$(best "$pym" -c pass); sc=$(best "$py" -c pass)
printf '%-14s %9s %9s %7s %7s   %9s %9s %7s\n' bench pym_s py_s ratio net pym_KiB py_KiB ratio
for f in "$top"/bench/*.py; do
  name=$(basename "$f" .py)
  a=$("$pym" "$f" 2>&1); b=$("$py" "$f" 2>&1)
  if [ "$a" != "$b" ]; then echo "$name: OUTPUT DIFFERS"; continue; fi
  tp=$(best "$pym" "$f"); tc=$(best "$py" "$f")
  mp=$(peak "$pym" "$f"); mc=$(peak "$py" "$f")
  printf '%-14s %9.3f %9.3f %7.2f %7.2f   %9s %9s %7s\n' "$name" "$tp" "$tc" \
    "$(echo "$tp $tc" | awk '{print $1/$2}')" \
    "$(echo "$tp $sp $tc $sc" | awk '{ d=$3-$4; if (d > 0) print ($1-$2)/d; else print 0 }')" "$mp" "$mc" \
    "$(echo "$mp $mc" | awk '{ if ($2+0 > 0) printf "%.2f", $1/$2; else print "?" }')"
done
printf '%-14s %9.3f %9.3f %7.2f\n' startup "$sp" "$sc" "$(echo "$sp $sc" | awk '{print $1/$2}')"
echo "ratio: whole run; net: run minus each interpreter's start-up time"
