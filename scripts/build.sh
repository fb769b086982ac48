#!/usr/bin/env bash
# build.sh -- set up a fresh machine if needed, then configure and build pym
# into build/ (build/pym).  Extra arguments go to cmake's configure step.
#
# The build is the fast one: -O2, link-time optimization and profile-guided
# optimization in two stages in the same build tree -- an instrumented pym
# (PYM_PGO=GEN) runs the programs of bench/, then everything is rebuilt with
# the profile (PYM_PGO=USE).  Training is redone only when a source is newer
# than the last training.  A plain build is one option away:
#   scripts/build.sh -DPYM_PGO=OFF                 (no PGO, still LTO)
#   scripts/build.sh -DCMAKE_BUILD_TYPE=Debug      (no PGO, no LTO, -g)
# PYM_BUILD_DIR=dir puts the build elsewhere.
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
bdir=${PYM_BUILD_DIR:-$top/build}
"$top/scripts/setup"
pgo=1
for a in "$@"; do
  case $a in
    -DPYM_PGO=*|-DCMAKE_BUILD_TYPE=Debug|-DPYM_SANITIZE=ON|-DPYM_DEBUG=ON) pgo=0 ;;
  esac
done
configure() { cmake -S "$top" -B "$bdir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null; }
if [ $pgo = 0 ]; then
  configure -DPYM_PGO=OFF "$@"
else
  stamp=$bdir/pgo-trained.stamp
  if [ ! -f "$stamp" ] ||
     [ -n "$(find "$top/src" "$top/grammar" "$top/bench" "$top/CMakeLists.txt" -newer "$stamp" \
               \( -name '*.[chy]' -o -name '*.re' -o -name '*.py' -o -name CMakeLists.txt \) \
               -print -quit)" ]; then
    configure -DPYM_PGO=GEN "$@"
    cmake --build "$bdir" -j"$(nproc)" --target pym
    find "$bdir" -name '*.gcda' -delete
    echo "build.sh: training the profile on bench/ ..."
    (cd "$top/bench" && for f in *.py; do
       [ "$f" = cliffs.py ] && continue
       "$bdir/pym" "$f" >/dev/null 2>&1 || echo "build.sh: training run $f failed" >&2
     done
     "$bdir/pym" -X tracemalloc slots_alloc.py >/dev/null 2>&1 || true)
    touch "$stamp"
  fi
  configure -DPYM_PGO=USE "$@"
fi
cmake --build "$bdir" -j"$(nproc)"
