#!/bin/sh
# link_order.sh -- writes a linker script that gathers glibc's start-up code.
# usage: scripts/link_order.sh CC OUT.ld LIST
#
# A static pym links the members of libc.a / libm.a / libgcc_eh.a it needs
# in archive order, so what every start runs (libc's initialisation, the
# IFUNC resolvers, malloc's set-up, the string functions chosen) is spread
# over some 800 KiB of .text: a page fault per 64 KiB window touched.  This
# takes GNU ld's default script for a static, position-dependent link and
# puts the members that define the functions listed in LIST (one per line,
# '#' comments; scripts/startup_order.txt) right after pym's own start-up
# code (.text.sorted, in the order gcc's profile first ran it), and moves
# .fini (run at exit) up next to .init, in the file's first 64 KiB.
#
# Exits non-zero, writing nothing, when the linker is not GNU ld or the
# archives cannot be read: the build then links without the script.
set -e
cc=$1 out=$2 list=$3
[ -n "$cc" ] && [ -n "$out" ] && [ -r "$list" ] || { echo "usage: $0 CC OUT.ld LIST" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# the default script, between ld --verbose's two lines of '='
"$cc" -static -no-pie -Wl,--verbose -x c /dev/null -o "$tmp/a.out" 2>/dev/null |
  awk '/^==========/ { n++; next } n == 1' >"$tmp/default.ld"
grep -q 'SORT(\.text\.sorted\.\*)' "$tmp/default.ld" || { echo "$0: not GNU ld's script" >&2; exit 1; }

# the archives: libm.a may be a linker script naming the real one
archives=""
for name in libc.a libm.a libgcc_eh.a; do
  f=$("$cc" -print-file-name=$name)
  [ -f "$f" ] || continue
  if ar t "$f" >/dev/null 2>&1; then
    archives="$archives $f"
  else
    for g in $(sed -n 's/.*GROUP *( *\(.*\))/\1/p' "$f"); do
      ar t "$g" >/dev/null 2>&1 && archives="$archives $g"
    done
  fi
done
[ -n "$archives" ] || { echo "$0: no archives" >&2; exit 1; }

# member of each listed function ("archive:member:addr T name" from nm -A),
# in the order of the list, each member once
sed 's/#.*//; /^[[:space:]]*$/d' "$list" >"$tmp/want"
# shellcheck disable=SC2086
nm -A --defined-only $archives 2>/dev/null |
  awk 'NR == FNR { rank[$1] = NR; next }
       ($2 ~ /^[TtWi]$/) && ($3 in rank) {
         n = split($1, p, ":"); a = p[1]; sub(/.*\//, "", a)
         key = "*" a ":" p[2]
         if (!(key in seen) || rank[$3] < seen[key]) seen[key] = rank[$3]
       }
       END { for (k in seen) print seen[k], k }' "$tmp/want" - |
  sort -n | awk '{ print "    " $2 "(.text .text.*)" }' >"$tmp/members"
[ -s "$tmp/members" ] || { echo "$0: no member found" >&2; exit 1; }

# and .fini (the 9 bytes of _fini, run at exit) moved up next to .init, in
# the first window of the file, rather than alone after 2 MiB of .text
awk -v members="$tmp/members" '
  /^  \.fini +:/ { skip = 1 }
  skip { if ($0 ~ /^  }/) skip = 0; next }
  { print }
  /^  \.init +:/ { init = 1 }
  init && /^  }/ {
    init = 0
    print "  .fini           :"
    print "  {"
    print "    KEEP (*(SORT_NONE(.fini)))"
    print "  }"
  }
  /SORT\(\.text\.sorted\.\*\)/ {
    print "    /* pym: glibc start-up code, gathered (scripts/link_order.sh) */"
    while ((getline l < members) > 0) print l
  }' "$tmp/default.ld" >"$tmp/out.ld"
grep -q 'SORT_NONE(\.fini)' "$tmp/out.ld" || { echo "$0: lost .fini" >&2; exit 1; }
mv "$tmp/out.ld" "$out"
