#!/usr/bin/env bash
# test_memviz.sh -- the memory pictures (tests/memviz): every SVG is rendered
# by a real SVG renderer (rsvg-convert, Debian librsvg2-bin, installed by
# scripts/setup), and its numbers are held against what the interpreter
# reports for the same moment: the heap map against sys._debugmallocstats(),
# the timeline's collection counts against gc.get_stats(), the -X gctrace
# lines against gc.callbacks info; the leak check names allocation sites.
# usage: test_memviz.sh PYM DIR
here=$(cd "$(dirname "$0")" && pwd)
pym=$1; dir=$2
command -v rsvg-convert >/dev/null || { echo "FAIL: rsvg-convert missing (run scripts/setup)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the pictures are of pymalloc's arenas and pools: run on pymalloc whatever
# the caller's PYM_MALLOC (.ci/run's sanitizer stage sets malloc)
export PYM_MALLOC=pymalloc
fail=0
no() { echo "FAIL: $*"; fail=1; }
render() {   # a well-formed SVG that the renderer draws to a non-empty PNG
  rsvg-convert "$1" -o "$1.png" 2>"$tmp/rsvg.err" && [ -s "$1.png" ] ||
    no "rsvg-convert $1: $(cat "$tmp/rsvg.err")"
}

# heap map on demand, against _debugmallocstats at the same moment
"$pym" "$dir/heapmap_stats.py" "$tmp/map.svg" 2>"$tmp/map.txt" || no "heapmap_stats.py failed"
render "$tmp/map.svg"
perl "$here/check_heapmap.pl" "$tmp/map.svg" "$tmp/map.txt" || no "heap map numbers"
grep -q 'heapmap_stats.py:[0-9]*: [0-9]* B</title>' "$tmp/map.svg" ||
  no "no tracemalloc source line in the tooltips"

# heap map at exit: -X heapmap=F and PYMHEAPMAP=F
"$pym" -X heapmap="$tmp/exit1.svg" -c 'x = [str(i) for i in range(1000)]' || no "-X heapmap"
render "$tmp/exit1.svg"
PYMHEAPMAP="$tmp/exit2.svg" "$pym" -c 'pass' || no "PYMHEAPMAP"
render "$tmp/exit2.svg"

# collector trace: lines agree with gc.callbacks; summary at exit
"$pym" -X gctrace "$dir/gctrace_callbacks.py" >"$tmp/gc.out" 2>"$tmp/gc.err" || no "gctrace script: $(cat "$tmp/gc.err")"
first=$(sed -n 's/^first //p' "$tmp/gc.out")
grep '^cb ' "$tmp/gc.out" | awk '{print $2, $3, $4}' >"$tmp/cb.txt"
n=$(wc -l <"$tmp/cb.txt")
[ "$n" -ge 3 ] || no "only $n callbacks recorded"
perl -ne 'print "$2 $3 $4\n" if /^gc (\d+) gen(\d): \d+ examined, \d+ unreachable, (\d+) collected, (\d+) uncollectable, \d+ us, tracked \d+ -> \d+$/ && $1 >= '"${first:-0}"' && $1 < '"${first:-0}"' + '"$n" \
  "$tmp/gc.err" >"$tmp/trace.txt"
cmp -s "$tmp/cb.txt" "$tmp/trace.txt" || no "gctrace lines differ from gc.callbacks:
$(diff "$tmp/cb.txt" "$tmp/trace.txt")"
grep -q '^pauses agree with gc.get_stats' "$tmp/gc.out" || no "pause figures vs gc.get_stats()"
for g in 0 1 2; do
  grep -q "^gc summary gen$g: [0-9]* collections, pause total [0-9]* us, longest [0-9]* us" "$tmp/gc.err" ||
    no "no exit summary for generation $g"
done
PYMGCTRACE=1 "$pym" -c 'import gc; gc.collect()' 2>&1 | grep -q '^gc [0-9]* gen2: ' || no "PYMGCTRACE=1"

# memory timeline: collection counts as gc.get_stats() at the end
"$pym" -X tracemalloc -X memtimeline="$tmp/tl.svg" "$dir/timeline.py" >"$tmp/tl.out" || no "timeline.py failed"
render "$tmp/tl.svg"
want=$(sed -n 's/^stats //p' "$tmp/tl.out")
got=$(perl -ne 'print "$1 $2 $3" if /id="collections" data-gen0="(\d+)" data-gen1="(\d+)" data-gen2="(\d+)"/' "$tmp/tl.svg")
[ -n "$want" ] && [ "$want" = "$got" ] || no "timeline collections '$got', gc.get_stats() '$want'"
marks=$(grep -c 'class="collection"' "$tmp/tl.svg")
[ "$marks" -gt 0 ] || no "no collection marked on the timeline"
grep -q 'data-name="tracemalloc current"' "$tmp/tl.svg" || no "no tracemalloc line on the timeline"

# leak check names the allocation site
"$pym" -X leakcheck -X tracemalloc=5 "$dir/leaksite.py" >/dev/null 2>"$tmp/leak.err"
grep -q 'pym: leak check: list object at 0x[0-9a-f]* (56 bytes), allocated at' "$tmp/leak.err" &&
grep -q 'File ".*leaksite.py", line 6$' "$tmp/leak.err" &&
grep -q 'File ".*leaksite.py", line 5$' "$tmp/leak.err" || no "leak check sites:
$(cat "$tmp/leak.err")"

[ $fail -eq 0 ] && echo "memviz: ok"
exit $fail
