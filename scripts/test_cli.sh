#!/usr/bin/env bash
# test_cli.sh -- command-line behaviour of pym: -c, -V, -h, -m, piped stdin,
# "-", unknown options, a missing script, -X options, exit statuses.
# usage: scripts/test_cli.sh PATH/TO/pym      prints "N passed, N failed"
pym=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0

# check NAME EXPECTED_STATUS EXPECTED_STDOUT EXPECTED_STDERR_SUBSTRING -- command...
check() {
  local name=$1 want_rc=$2 want_out=$3 want_err=$4; shift 5
  local out err rc
  out=$("$@" 2>"$tmp/err"); rc=$?
  err=$(cat "$tmp/err")
  if [ "$rc" = "$want_rc" ] && [ "$out" = "$want_out" ] &&
     { [ -z "$want_err" ] || [[ "$err" == *"$want_err"* ]]; }; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name: status $rc (want $want_rc)"
    echo "  stdout: $(printf %q "$out") (want $(printf %q "$want_out"))"
    echo "  stderr: $(printf %q "$err") (want substring $(printf %q "$want_err"))"
  fi
}

check "-c" 0 "3" "" -- "$pym" -c 'print(1 + 2)'
check "-c argv" 0 "['-c', 'a', 'b']" "" -- "$pym" -c 'import sys; print(sys.argv)' a b
check "-c path0" 0 "''" "" -- "$pym" -c 'import sys; print(repr(sys.path[0]))'
check "-c error" 1 "" "ZeroDivisionError: division by zero" -- "$pym" -c '1/0'
check "-c traceback" 1 "" 'File "<string>", line 1, in <module>' -- "$pym" -c '1/0'
check "-c exit" 7 "" "" -- "$pym" -c 'import sys; sys.exit(7)'
check "-c exit msg" 1 "" "bye" -- "$pym" -c 'raise SystemExit("bye")'
check "-c syntax" 1 "" "SyntaxError" -- "$pym" -c 'x = = 1'
check "-V" 0 "pym 0.1 (Python 3.11 subset)" "" -- "$pym" -V
check "--version" 0 "pym 0.1 (Python 3.11 subset)" "" -- "$pym" --version
out=$("$pym" -h); rc=$?
if [ $rc = 0 ] && [[ "$out" == usage:* ]]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL -h"; fi
check "unknown option" 2 "" "Unknown option: -z" -- "$pym" -z
check "unknown long option" 2 "" "unknown option --bogus" -- "$pym" --bogus
check "-c without arg" 2 "" "Argument expected for the -c option" -- "$pym" -c
check "-W options" 0 "['error', 'ignore::DeprecationWarning']" "" -- "$pym" -W error -Wignore::DeprecationWarning -c 'import sys; print(sys.warnoptions)'
check "-W error" 1 "" "UserWarning: boom" -- "$pym" -W error -c 'import warnings; warnings.warn("boom")'
check "missing file" 2 "" "pym: can't open file '$tmp/nofile.py': [Errno 2] No such file or directory" \
  -- "$pym" "$tmp/nofile.py"
(cd "$tmp" && "$pym" nofile.py 2>"$tmp/err2"); rc=$?
if [ $rc = 2 ] && grep -q "can't open file '$tmp/nofile.py'" "$tmp/err2"; then pass=$((pass + 1));
else fail=$((fail + 1)); echo "FAIL relative missing file: $rc $(cat "$tmp/err2")"; fi

check "piped stdin" 0 "45" "" -- bash -c "echo 'print(sum(range(10)))' | '$pym'"
check "piped stdin argv" 0 "['']" "" -- bash -c "echo 'import sys; print(sys.argv)' | '$pym'"
check "stdin dash" 0 "['-', 'x']" "" -- bash -c "echo 'import sys; print(sys.argv)' | '$pym' - x"
check "stdin error" 1 "" 'File "<stdin>", line 2, in <module>' -- bash -c "printf 'x = 1\nx.y\n' | '$pym'"

mkdir -p "$tmp/mods/pkg"
printf 'import sys\nprint("main of", __name__, sys.argv[1:])\n' > "$tmp/mods/runme.py"
printf 'X = 5\n' > "$tmp/mods/pkg/__init__.py"
printf 'from . import X\nprint("sub", X, __name__)\n' > "$tmp/mods/pkg/sub.py"
check "-m" 0 "main of __main__ ['a']" "" -- bash -c "cd '$tmp/mods' && '$pym' -m runme a"
check "-m package module" 0 "sub 5 __main__" "" -- bash -c "cd '$tmp/mods' && '$pym' -m pkg.sub"
check "-m missing" 1 "" "No module named nosuchmod" -- bash -c "cd '$tmp/mods' && '$pym' -m nosuchmod"

printf 'import sys\nprint(sys.argv)\nprint(__file__ == sys.argv[0] or __file__)\n' > "$tmp/args.py"
check "script argv" 0 "['$tmp/args.py', '1', '2']
True" "" -- "$pym" "$tmp/args.py" 1 2
printf 'import helper\nprint(helper.V)\n' > "$tmp/mods/usehelper.py"
printf 'V = "helper found"\n' > "$tmp/mods/helper.py"
check "script folder on path" 0 "helper found" "" -- "$pym" "$tmp/mods/usehelper.py"
check "PYMPATH" 0 "helper found" "" -- env PYMPATH="/nonexistent:$tmp/mods" "$pym" -c 'import helper; print(helper.V)'
check "-X option" 0 "{'tracemalloc': True, 'dev': '1'}" "" -- "$pym" -X tracemalloc -X dev=1 -c 'import sys; print(sys._xoptions)'
check "-i with piped input" 0 "3
4" "" -- bash -c "echo 'print(x + 1)' | '$pym' -i -c 'x = 3; print(x)'"
check "deep recursion" 0 "RecursionError" "" -- "$pym" -c '
import sys
sys.setrecursionlimit(100000)
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__)'
check "flush at exit" 0 "no newline" "" -- "$pym" -c 'import sys; sys.stdout.write("no newline")'
tmq='import tracemalloc as t; print(t.is_tracing(), t.get_traceback_limit())'
check "-X tracemalloc" 0 "True 1" "" -- "$pym" -X tracemalloc -c "$tmq"
check "-X tracemalloc=5" 0 "True 5" "" -- "$pym" -X tracemalloc=5 -c "$tmq"
check "-X tracemalloc=0" 0 "False 1" "" -- "$pym" -X tracemalloc=0 -c "$tmq"
check "PYMTRACEMALLOC" 0 "True 3" "" -- env PYMTRACEMALLOC=3 "$pym" -c "$tmq"
check "-X tracemalloc over PYMTRACEMALLOC" 0 "True 2" "" -- env PYMTRACEMALLOC=3 "$pym" -X tracemalloc=2 -c "$tmq"
check "-X tracemalloc=abc" 1 "" "-X tracemalloc=NFRAME: invalid number of frames" -- "$pym" -X tracemalloc=abc -c pass
check "-X tracemalloc too big" 1 "" "invalid number of frames" -- "$pym" -X tracemalloc=70000 -c pass
check "PYMTRACEMALLOC=x" 1 "" "PYMTRACEMALLOC: invalid number of frames" -- env PYMTRACEMALLOC=x "$pym" -c pass
check "traced from start-up" 0 "<string>:1" "" -- "$pym" -X tracemalloc -c 'x = bytes(999); import tracemalloc; print(tracemalloc.get_object_traceback(x))'

# a closed pipe (CPython's behaviour, as measured with python3 3.11):
# print() into it raises BrokenPipeError once and the exit is quiet; output
# still buffered at exit gives "Exception ignored in: <stdout>" and status 120
# (whatever the status would have been)
pipe_check() {   # NAME WANT_RC WANT_ERR CODE
  local rc err
  "$pym" -c "$4" 2>"$tmp/perr" | true; rc=${PIPESTATUS[0]}
  err=$(cat "$tmp/perr")
  if [ "$rc" = "$2" ] && [ "$err" = "$3" ]; then pass=$((pass + 1))
  else fail=$((fail + 1)); echo "FAIL $1: status $rc (want $2)"; echo "  stderr: $(printf %q "$err")"; fi
}
bp='BrokenPipeError: [Errno 32] Broken pipe'
ign="Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
pipe_check "closed pipe: print raises" 1 "$(printf 'Traceback (most recent call last):\n  File "<string>", line 2, in <module>\n%s' "$bp")" \
  'import time; time.sleep(0.2)
for i in range(10**5): print(i)'
pipe_check "closed pipe: caught" 0 "caught" 'import sys, time; time.sleep(0.2)
try:
    for i in range(10**5): print(i)
except BrokenPipeError: sys.stderr.write("caught")'
pipe_check "closed pipe: flush at exit" 120 "$(printf '%s\n%s' "$ign" "$bp")" \
  'import time; time.sleep(0.2); print("x" * 100, end="")'
pipe_check "closed pipe: error then flush at exit" 120 \
  "$(printf 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nZeroDivisionError: division by zero\n%s\n%s' "$ign" "$bp")" \
  'import time; time.sleep(0.2); print("x" * 100, end=""); 1/0'

# the interpreter's own 1 GiB C stack (main.c): recursion through C 100 000
# deep (some 40 MB of C stack, beyond a main thread's 8 MB) ends with
# RecursionError at the limit, not a crash; the process ends on that stack
# with the right status, stdout flushed, __del__ of globals run
check "deep C recursion" 0 "RecursionError" "" -- "$pym" -c '
import sys
sys.setrecursionlimit(100000)
class R:
    def __repr__(self): return repr(self)
try: repr(R())
except RecursionError as e: print(type(e).__name__)'
check "exit on own stack" 5 "$(printf 'unflushed\ndel g')" "" -- "$pym" -c '
import sys
class D:
    def __del__(self): print("del", self.n)
g = D(); g.n = "g"
sys.stdout.write("unflushed\n"); sys.exit(5)'

# the C backtrace of an injected allocation failure walks the big stack the
# interpreter runs on and stops at its top (main.c: switch_stack leaves a null
# return address there), then the MemoryError is reported as usual
check "failalloc trace on own stack" 1 "" "fails here:" -- \
  env PYMFAILALLOC=50 PYMFAILALLOC_TRACE=1 "$pym" -c 'x = [str(i) for i in range(100)]'

# multiprocessing: Pool is there (forked workers); what is not, pym says so
# (never a serial fake)
check "multiprocessing.Process refused" 1 "" \
  "NotImplementedError: multiprocessing.Process: pym's multiprocessing has only Pool" -- \
  "$pym" -c 'from multiprocessing import Process; Process(target=abs, args=(-1,))'

# sys.executable is the path pym was started by, symlinks not resolved (as
# CPython's); the library is still found through a symlink from elsewhere
# (the file it resolves to), and from a relative start
ln -s "$pym" "$tmp/pymlink"
check "executable" 0 "$pym" "" -- "$pym" -c 'import sys; print(sys.executable)'
check "executable via symlink" 0 "$tmp/pymlink True" "" -- \
  "$tmp/pymlink" -c 'import sys, weakref, os; print(sys.executable, os.path.isfile(os.path.join(sys.path[1], "weakref.py")))'
check "executable relative" 0 "$pym" "" -- bash -c "cd '$(dirname "$pym")' && ./'$(basename "$pym")' -c 'import sys; print(sys.executable)'"
check "executable dotted" 0 "$pym True" "" -- \
  "$(dirname "$pym")/./$(basename "$pym")" -c 'import sys, os; print(sys.executable, os.path.isdir(sys.path[1]))'
# the std streams ask the fd what it is only when first needed
check "stdout line_buffering in a pipe" 0 "False False" "" -- \
  "$pym" -c 'import sys; print(sys.stdout.line_buffering, sys.stdout.seekable())'
check "stdout to a file" 0 "False True" "" -- bash -c "'$pym' -c 'import sys; print(sys.stdout.line_buffering, sys.stdout.seekable())' > '$tmp/o.txt'; cat '$tmp/o.txt'"
check "stdin from a file" 0 "True" "" -- bash -c "echo hi > '$tmp/in.txt'; '$pym' -c 'import sys; print(sys.stdin.seekable())' < '$tmp/in.txt'"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
