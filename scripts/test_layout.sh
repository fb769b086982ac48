#!/bin/sh
# test_layout.sh -- checks that a static pym linked with the start-up order
# (scripts/link_order.sh, build/startup-order.ld) has glibc's start-up code
# gathered: the listed anchors all within one 160 KiB stretch of .text; and
# that glibc's _dl_get_origin (a readlink of /proc/self/exe) is replaced by
# src/static_origin.c's where the configure check allowed it.
# usage: scripts/test_layout.sh PATH/TO/pym
pym=$1
ld=$(dirname "$pym")/startup-order.ld
if [ ! -f "$ld" ]; then
  echo "no startup-order.ld next to $pym (not a static gcc/GNU ld build): nothing to check"
  exit 0
fi
grep -q 'pym: glibc start-up code' "$ld" || { echo "FAIL: $ld lacks the member list"; exit 1; }
nm "$pym" | awk '
  $3 == "__libc_start_main_impl" || $3 == "_dl_aux_init" || $3 == "__tunables_init" ||
  $3 == "_dl_non_dynamic_init" || $3 == "ptmalloc_init.part.0" || $3 == "__libc_setup_tls" {
    a = 0; h = tolower($1)
    for (i = 1; i <= length(h); i++) a = a * 16 + index("0123456789abcdef", substr(h, i, 1)) - 1
    n++; if (n == 1 || a < lo) lo = a; if (n == 1 || a > hi) hi = a
    print "  " $3 " at " $1
  }
  END {
    if (n < 4) { print "FAIL: found " n " of the anchors"; exit 1 }
    if (hi - lo > 163840) { printf "FAIL: spread over %d KiB\n", (hi - lo) / 1024; exit 1 }
    printf "ok: %d anchors within %d KiB\n", n, (hi - lo) / 1024
  }' || exit 1
cache=$(dirname "$pym")/CMakeCache.txt
if grep -q '^PYM_STATIC_ORIGIN_OK:INTERNAL=1' "$cache" 2>/dev/null; then
  size=$(nm -S "$pym" | awk '$4 == "_dl_get_origin" { print $2 }')
  [ -n "$size" ] || { echo "FAIL: no _dl_get_origin in $pym"; exit 1; }
  if [ $((0x$size)) -gt 32 ]; then
    echo "FAIL: _dl_get_origin is glibc's ($((0x$size)) bytes), not src/static_origin.c's"
    exit 1
  fi
  echo "ok: _dl_get_origin is src/static_origin.c's ($((0x$size)) bytes)"
fi
