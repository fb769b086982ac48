#!/usr/bin/env bash
# test_repl.sh -- drive pym's interactive prompt through a pseudo-terminal
# (tmux: send-keys, capture-pane) and check what a user sees: the '>>> ' and
# '... ' prompts, echo of expression values with repr, '_', multi-line
# blocks, errors printed without leaving, Ctrl-C (KeyboardInterrupt and a new
# prompt, also while a loop runs), Ctrl-D and sys.exit() ending the session
# with the right status.  With --compare, the same keystrokes are also sent
# to python3's REPL and the two screens must match (banner lines excepted).
# Prints "N passed, N failed"; exits non-zero on a failure; exits 0 with a
# note when tmux is missing.
# usage: test_repl.sh PYM [--compare]
pym=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); compare=${2:-}
if ! command -v tmux >/dev/null 2>&1; then
  echo "test_repl: tmux not found, skipped (scripts/setup installs it)"
  echo "repl: 0 passed, 0 failed"
  exit 0
fi
sock="pymrepl$$"                   # a private tmux server: never touches others
tm() { tmux -L "$sock" "$@"; }
work=$(mktemp -d)
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT
pass=0; fail=0

# session NAME CMD: starts CMD in a fresh 100x200 pane; when it exits, the
# pane shows "[exited N]" (its status) and stays for the checks
session() {
  tm kill-session -t "$1" >/dev/null 2>&1
  tm new-session -d -s "$1" -x 100 -y 200 \
    "env -u PYTHONSTARTUP -u PYTHONUNBUFFERED TERM=xterm LC_ALL=C.UTF-8 $2; echo \"[exited \$?]\"; sleep 600" \
    || return 1
  wait_for "$1" '>>>' 50
}
# wait_for NAME TEXT TENTHS: until the last non-blank line of the pane ends
# with TEXT (a prompt; trailing blanks are cut), at most TENTHS tenths of a
# second
wait_for() {
  local i
  for ((i = 0; i < $3; i++)); do
    [[ "$(screen "$1" | tail -1)" == *"$2" ]] && return 0
    sleep 0.1
  done
  return 1
}
# the pane's text, trailing blanks and blank lines cut
screen() {
  tm capture-pane -t "$1" -p | sed -e 's/[[:space:]]*$//' |
    awk '{ l[NR] = $0; if ($0 != "") last = NR } END { for (i = 1; i <= last; i++) print l[i] }'
}
# type NAME LINE: types LINE and Enter, then waits for a new prompt line
type_line() {
  local before; before=$(screen "$1" | wc -l)
  tm send-keys -t "$1" -l "$2"
  tm send-keys -t "$1" Enter
  local i last
  for ((i = 0; i < 50; i++)); do
    last=$(screen "$1" | tail -1)
    if [ "$(screen "$1" | wc -l)" -gt "$before" ] && [[ "$last" == ">>>" || "$last" == "..." ]]; then
      return 0
    fi
    sleep 0.05
  done
  return 1
}
# "dead N" once the process has exited with status N, "alive" before
pane_status() {
  local i s
  for ((i = 0; i < 30; i++)); do
    s=$(screen "$1" | grep -o '^\[exited [0-9]*\]$' | tail -1)
    [ -n "$s" ] && break
    sleep 0.1
  done
  if [ -n "$s" ]; then s=${s%]}; echo "dead ${s##* }"; else echo alive; fi
}

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -n "$2" ] && printf '%s\n' "$2" | sed 's/^/    | /'; }
# expect NAME WHAT LINES...: the screen holds LINES as consecutive lines
expect() {
  local name=$1 what=$2; shift 2
  local want; want=$(printf '%s\n' "$@")
  local got; got=$(screen "$name")
  if [[ "$got" == *"$want"* ]]; then ok; else bad "$what" "$got"; fi
}

# ---- 1: prompts, echo, _, blocks, errors ----
run_basic() {   # NAME CMD
  session "$1" "$2" || { bad "$1: no '>>> ' prompt"; return 1; }
  type_line "$1" '1 + 2'
  type_line "$1" '_ * 10'
  type_line "$1" "'a' + 'b'"
  type_line "$1" 'None'
  type_line "$1" 'x = [1, "two", (3,)]'
  type_line "$1" 'x'
  type_line "$1" 'def f(n):'
  type_line "$1" '    return n * 2'
  type_line "$1" ''
  type_line "$1" 'f(21)'
  type_line "$1" 'for i in range(3):'
  type_line "$1" '    print(i)'
  type_line "$1" ''
  type_line "$1" '1/0'
  type_line "$1" '1 +'
  type_line "$1" 'undefined_name'
  type_line "$1" 'print("still here")'
  type_line "$1" '_'
  type_line "$1" 'class C:'
  type_line "$1" '    def __repr__(self): return "<C!>"'
  type_line "$1" ''
  type_line "$1" 'C()'
  type_line "$1" 'if True:'
  type_line "$1" '  1'
  type_line "$1" ''
}
run_basic basic "$pym"
expect basic "banner: pym's name and version, as pym -V says" \
  "$("$pym" -V) on linux" 'Type "help" for more information.' '>>> 1 + 2'
expect basic "prompt and expression echo" '>>> 1 + 2' '3'
expect basic "_ holds the last value" '>>> _ * 10' '30'
expect basic "echo uses repr" ">>> 'a' + 'b'" "'ab'"
expect basic "None is not echoed" '>>> None' '>>> x = [1, "two", (3,)]' '>>> x' "[1, 'two', (3,)]"
expect basic "multi-line def with '... '" '>>> def f(n):' '...     return n * 2' '...' '>>> f(21)' '42'
expect basic "for block" '>>> for i in range(3):' '...     print(i)' '...' '0' '1' '2'
expect basic "runtime error then a new prompt" '>>> 1/0' 'Traceback (most recent call last):' \
  '  File "<stdin>", line 1, in <module>' 'ZeroDivisionError: division by zero' '>>> 1 +'
expect basic "syntax error" '>>> 1 +' '  File "<stdin>", line 1' '    1 +' '       ^' \
  'SyntaxError: invalid syntax'
expect basic "NameError" "NameError: name 'undefined_name' is not defined" '>>> print("still here")' 'still here'
expect basic "_ unchanged by statements and errors" '>>> _' '42'
expect basic "__repr__ of a user class" '>>> C()' '<C!>'
expect basic "expression inside a block is echoed" '>>> if True:' '...   1' '...' '1'
tm send-keys -t basic C-d
if [ "$(pane_status basic)" = "dead 0" ]; then ok; else bad "Ctrl-D exits with status 0" "$(pane_status basic)"; fi

# ---- 2: Ctrl-C at the prompt, in a block, and in a running loop ----
run_intr() {
  session "$1" "$2" || { bad "$1: no '>>> ' prompt"; return 1; }
  tm send-keys -t "$1" -l 'abc'
  # as a user would: Ctrl-C once the keys are on the screen (the terminal
  # discards input not yet read when it sends SIGINT; a slow build, ASan's,
  # may not have read 'abc' yet)
  wait_for "$1" '>>> abc' 50
  tm send-keys -t "$1" C-c
  wait_for "$1" '>>>' 20
  type_line "$1" 'for i in range(2):'
  tm send-keys -t "$1" C-c
  wait_for "$1" '>>>' 20
  type_line "$1" 'n = 0'
  type_line "$1" 'while True: n += 1'
  tm send-keys -t "$1" Enter
  sleep 0.5
  tm send-keys -t "$1" C-c
  wait_for "$1" '>>>' 30
  type_line "$1" 'n > 0'
  type_line "$1" 'import sys; sys.exit(3)'
}
run_intr intr "$pym"
expect intr "Ctrl-C on a half-typed line" '>>> abc' 'KeyboardInterrupt' '>>> for i in range(2):'
expect intr "Ctrl-C at '... '" '>>> for i in range(2):' '...' 'KeyboardInterrupt' '>>> n = 0'
expect intr "Ctrl-C stops a running loop" 'Traceback (most recent call last):' \
  '  File "<stdin>", line 1, in <module>' 'KeyboardInterrupt' '>>> n > 0' 'True'
if [ "$(pane_status intr)" = "dead 3" ]; then ok; else bad "sys.exit(3) ends the session with status 3" "$(pane_status intr)"; fi

# ---- 2b: line editing (pym's own editor in a static pym, libedit otherwise):
# cursor keys, Backspace, Home, Up for the history, a line longer than the
# pane (it wraps), non-ASCII text ----
session edit "$pym" || bad "edit: no '>>> ' prompt"
tm send-keys -t edit -l 'print(12+3)'
tm send-keys -t edit Left Left BSpace
tm send-keys -t edit -l '4'
tm send-keys -t edit Home
tm send-keys -t edit -l '5 or '
type_line edit ''
tm send-keys -t edit Up
tm send-keys -t edit BSpace BSpace
type_line edit '9)'
type_line edit "s = 'é€😀'; print(len(s), s[::-1])"
tm send-keys -t edit -l "len('$(printf 'a%.0s' {1..120})')"
tm send-keys -t edit Left Left
type_line edit 'bc'
expect edit "Left, Backspace, Home edit the line" '>>> 5 or print(1243)' '5'
expect edit "Up brings back the last line" '>>> 5 or print(1249)' '5'
# libedit, without a locale, drops non-ASCII keys; pym's own editor (a static
# pym: no program interpreter) takes them
if ! readelf -l "$pym" 2>/dev/null | grep -q INTERP; then
  expect edit "non-ASCII input" '3 😀€é'
fi
if screen edit | grep -qx '122'; then ok; else bad "a line longer than the pane, edited" "$(screen edit)"; fi
tm send-keys -t edit C-d

# ---- 3: the same keystrokes to python3 (what is deterministic must match) ----
if [ "$compare" = "--compare" ] && command -v python3 >/dev/null 2>&1; then
  py=$(command -v python3)
  command -v pyenv >/dev/null 2>&1 && py=$(pyenv which python3 2>/dev/null || echo "$py")
  for t in basic intr; do
    screen "$t" | tail -n +3 > "$work/$t.pym"
    run_"$t" "py$t" "$py -q" >/dev/null
    [ "$t" = basic ] && { tm send-keys -t "py$t" C-d; pane_status "py$t" >/dev/null; }
    screen "py$t" > "$work/$t.py"
    # pym prints a banner of 2 lines, python3 -q none; the echo of ^C and ^D
    # differs (libedit echoes ^D at EOF, GNU readline does not)
    if diff <(sed -e 's/\^[CD]//g' -e 's/ *$//' "$work/$t.py") <(sed -e 's/\^[CD]//g' -e 's/ *$//' "$work/$t.pym") > "$work/$t.diff"; then ok
    else bad "screen of '$t' differs from python3's" "$(cat "$work/$t.diff")"; fi
  done
fi

echo "repl: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
