#!/usr/bin/env bash
# test_ulimit.sh -- under `ulimit -v`, a program that keeps growing a list
# must end with MemoryError and exit status 1 (not a crash or a kill).
# usage: test_ulimit.sh PYM
pym=$1
out=$( (ulimit -v 300000; exec "$pym" -c '
x = []
while True:
    x.append("." * 10000)
') 2>&1); rc=$?
if [ $rc -eq 1 ] && [[ $out == *MemoryError* ]]; then echo "ulimit: MemoryError, exit 1"; exit 0; fi
echo "ulimit: expected MemoryError and exit 1, got status $rc:"; echo "$out" | tail -5; exit 1
