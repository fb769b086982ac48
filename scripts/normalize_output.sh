#!/usr/bin/env bash
# normalize_output.sh -- run one script test and print its normalized result:
# stdout, then "--- stderr ---" and stderr if any, then "--- exit N ---" if N != 0.
# Directory parts of traceback paths are cut and object addresses in stderr
# (" at 0x7f...") are masked, so that pym's and CPython's
# outputs compare equal when the behaviour is the same.
# usage: normalize_output.sh INTERPRETER SCRIPT.py   (run inside the script's folder)
interp=$1; script=$2
out=$(mktemp); err=$(mktemp)
# 60 s per file, or what a "# pym-test-timeout: SECONDS" line in the file's
# first 10 lines asks (a test that is heavy by design and slow on a loaded
# or sanitized machine)
tmo=$(head -10 "$script" | sed -n 's/^# pym-test-timeout: *\([0-9][0-9]*\).*/\1/p' | head -1)
tmo=${tmo:-60}
timeout "$tmo" "$interp" "$script" </dev/null >"$out" 2>"$err"
rc=$?
# absolute paths of the test's own folder are cut to the file name, so the
# expected output does not depend on where the checkout is
here=$(pwd -P)
sed -e "s#$here/##g" "$out"
if [ -s "$err" ]; then
  echo "--- stderr ---"
  sed -E -e 's#File "([^"]*/)?([^"/]+)"#File "\2"#' \
      -e 's/ at 0x[0-9a-f]+/ at 0x.../g' -e "s#$here/##g" "$err"
fi
[ "$rc" -ne 0 ] && echo "--- exit $rc ---"
rm -f "$out" "$err"
exit 0
