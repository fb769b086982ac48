#!/usr/bin/env bash
# fuzz.sh -- build the libFuzzer targets (tests/fuzz, clang + ASan/UBSan,
# in build-fuzz/) and run each for SECONDS, seeded from the script tests
# (tests/py) and the kept corpus (tests/fuzz/corpus).  Crashes, sanitizer
# reports and leaks are written to build-fuzz/findings/<target>/; a finding is
# fixed and its input kept in tests/fuzz/corpus/ (replayed by the ctest
# fuzz-corpus).  Timeouts and out-of-memory runs are not findings (the run
# target's step budget and memory cap end runaway programs; what is left is a
# slow C-level loop).  Runs at the lowest priority, one job per target.
# usage: fuzz.sh SECONDS [TARGET...]      (targets: compile run; default both)
set -e
top=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:?usage: fuzz.sh SECONDS [TARGET...]}; shift
targets=("${@:-compile}"); [ $# -gt 0 ] || targets=(compile run)
b=$top/build-fuzz
if ! command -v clang >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq clang libclang-rt-dev >/dev/null 2>&1 ||
    $sudo apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi
CC=clang cmake -S "$top" -B "$b" -DPYM_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$b" -j2 --target "${targets[@]/#/fuzz_}" >/dev/null
seed=$b/seed; rm -rf "$seed"; mkdir -p "$seed"
find "$top/tests/py" -name '*.py' -exec cp {} "$seed/" \;
cp "$top"/tests/fuzz/corpus/* "$seed/" 2>/dev/null || true
export ASAN_OPTIONS=allocator_may_return_null=1:detect_leaks=1
export PYM_MALLOC=malloc
for t in "${targets[@]}"; do
  mkdir -p "$b/corpus/$t" "$b/findings/$t" "$b/work-$t"
  (cd "$b/work-$t" && nice -n 19 "$b/fuzz_$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 \
     -ignore_ooms=1 -timeout=20 -rss_limit_mb=2048 -max_len=4000 -max_total_time="$secs" \
     -artifact_prefix="$b/findings/$t/" "$b/corpus/$t" "$seed" > "$b/fuzz-$t.log" 2>&1) &
done
wait
for t in "${targets[@]}"; do
  n=$(ls "$b/findings/$t" | grep -c -v '^timeout-\|^oom-' || true)
  echo "fuzz_$t: ${secs}s, $(grep -c '^#' "$b/fuzz-$t.log" || true) status lines, $n findings in $b/findings/$t"
done
