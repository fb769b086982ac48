#!/usr/bin/env bash
# fuzz_scripts.sh -- feed mutated versions of the script tests to pym and fail
# if any run ends by a signal (a crash) or with a sanitizer report (with an
# ASan/UBSan build; PYM_MALLOC=malloc lets ASan see every block).  Runs past
# the time limit (a mutation may loop forever) are counted, not failed.
# Mutations are deterministic (the
# seed is the file's number and the variant's), so a failure reproduces; each
# failing input is kept as /tmp/pym-crash-<file>-<variant>.py.
#
# Mutation kinds (variant number modulo 16): truncate; replace a byte; insert
# a token or keyword; drop a line; indent a line; cut a range; delete a
# bracket, colon or comma; swap two tokens; duplicate a line; dedent a line;
# put a keyword at the start of a line; replace a number with an extreme
# one; replace a name by another name of the file; swap two lines; nest a
# line in a new block (if/for/def/try/with/class); repeat a bracket run.
# Runs use all cores (xargs -P); the report is in a fixed order.
# usage: fuzz_scripts.sh PYM TESTS_DIR [VARIANTS_PER_FILE] [TIMEOUT_SECONDS]
pym=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); dir=$2; per=${3:-12}; tmo=${4:-5}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
jobs=$(nproc 2>/dev/null || echo 2)
mapfile -t files < <(find "$dir" -name '*.py' | sort)
# a cap on the number of runs (PYM_FUZZ_MAX_RUNS, default 3000) so that the
# test's time does not grow with the number of script tests: fewer variants
# per file, then every k-th file
max=${PYM_FUZZ_MAX_RUNS:-3000}
if [ $(( ${#files[@]} * per )) -gt "$max" ]; then
  per=$(( max / ${#files[@]} )); [ "$per" -ge 1 ] || per=1
  if [ "${#files[@]}" -gt "$max" ]; then
    k=$(( (${#files[@]} + max - 1) / max )); kept=()
    for i in "${!files[@]}"; do [ $((i % k)) -eq 0 ] && kept+=("${files[$i]}"); done
    files=("${kept[@]}")
  fi
fi

# 1. every variant of every file, written by one perl process
printf '%s\n' "${files[@]}" | perl -e '
  my ($work, $per) = @ARGV;
  my @toks = ("(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "\"", "\x27", "\"\"\"", "\\", "\t",
              "    ", "\n", "=", ":=", "->", "@", "*", "**", "f\x27", "b\x27", "#", "0", "1e999",
              "lambda", "yield", "await", "async", "return", "def", "class", "if", "else", "elif",
              "try", "except", "finally", "with", "for", "while", "del", "global", "nonlocal",
              "not", "is", "in", "import", "from", "raise", "assert", "pass", "break", "continue",
              "None", "True", "...", "__class__", "super()", "self", "as", "and", "or",
              "match", "case", "|", "_",
              "except*", "async for", "async with", "await", "ExceptionGroup");
  my @kw = ("return ", "yield ", "del ", "global x; ", "nonlocal x; ", "raise ", "await ",
            "break; ", "continue; ", "lambda: ", "not ", "*", "async ", "else: ", "except: ",
            "finally: ", "import ", "from . ", "class ", "def ", "with ", "assert ");
  my @nums = ("10**100", "-1", "0", "2**63", "2**64-1", "1e308", "-0.0", "float(\"nan\")",
              "10**4300", "-(2**31)", "255", "256", "1j", "0x", "1_000", "09", "10**10**2");
  my @heads = ("if x:", "for x in y:", "def f():", "try:", "with x:", "class C:", "while 0:",
               "async def f():", "else:", "lambda:", "match x:", "case [a, *_]:",
               "async for x in y:", "async with x:", "except* E:");
  my $fi = 0;
  while (my $file = <STDIN>) {
    chomp $file; $fi++;
    open(my $h, "<", $file) or next; local $/; my $orig = <$h>; close $h;
    for my $v (1 .. $per) {
      srand($fi * 1000 + $v);
      my $s = $orig; my $n = length $s;
      my $kind = $v % 16;
      my @l = split /\n/, $s, -1;
      my $p = $n ? int(rand($n)) : 0;
      if ($n == 0) { }
      elsif ($kind == 0) { $s = substr($s, 0, $p) }
      elsif ($kind == 1) { substr($s, $p, 1) = chr(int(rand(128))) }
      elsif ($kind == 2) { substr($s, $p, 0) = $toks[int(rand(@toks))] }
      elsif ($kind == 3) { splice(@l, int(rand(@l)), 1); $s = join("\n", @l) }
      elsif ($kind == 4) { my $k = int(rand(@l)); $l[$k] = "  " . $l[$k]; $s = join("\n", @l) }
      elsif ($kind == 5) { my $q = int(rand($n)); my ($a, $b) = $p < $q ? ($p, $q) : ($q, $p);
                           substr($s, $a, $b - $a) = "" }
      elsif ($kind == 6) { my @at; while ($s =~ /[][(){}:,]/g) { push @at, pos($s) - 1 }
                           for (1 .. 1 + int(rand(2))) { last unless @at;
                             my $i = splice(@at, int(rand(@at)), 1); substr($s, $i, 1) = "" ;
                             @at = map { $_ > $i ? $_ - 1 : $_ } @at } }
      elsif ($kind == 7) { my @t = split /(\s+|[][(){}:,.=+*\/-])/, $s;
                           if (@t > 2) { my ($a, $b) = (int(rand(@t)), int(rand(@t)));
                             @t[$a, $b] = @t[$b, $a] } $s = join("", @t) }
      elsif ($kind == 8) { my $k = int(rand(@l)); splice(@l, int(rand(@l + 1)), 0, $l[$k]);
                           $s = join("\n", @l) }
      elsif ($kind == 9) { my @ind = grep { $l[$_] =~ /^\s+\S/ } 0 .. $#l;
                           if (@ind) { my $k = $ind[int(rand(@ind))]; $l[$k] =~ s/^\s+//; }
                           $s = join("\n", @l) }
      elsif ($kind == 10) { my $k = int(rand(@l)); $l[$k] =~ s/^(\s*)/$1 . $kw[int(rand(@kw))]/e;
                            $s = join("\n", @l) }
      elsif ($kind == 11) { my @at; while ($s =~ /\b\d+(?:\.\d+)?\b/g) { push @at, [$-[0], $+[0] - $-[0]] }
                            if (@at) { my $m = $at[int(rand(@at))]; substr($s, $m->[0], $m->[1]) = $nums[int(rand(@nums))] }
                            else { substr($s, $p, 0) = $nums[int(rand(@nums))] } }
      elsif ($kind == 12) { my @names = ($s =~ /\b([A-Za-z_]\w*)\b/g);
                            if (@names > 1) { my ($a, $b) = ($names[int(rand(@names))], $names[int(rand(@names))]);
                              my $cnt = 0; $s =~ s/\b\Q$a\E\b/(++$cnt % 2) ? $b : $a/ge } }
      elsif ($kind == 13) { my ($a, $b) = (int(rand(@l)), int(rand(@l))); @l[$a, $b] = @l[$b, $a];
                            $s = join("\n", @l) }
      elsif ($kind == 14) { my $k = int(rand(@l)); my ($ind) = $l[$k] =~ /^(\s*)/;
                            splice(@l, $k, 1, $ind . $heads[int(rand(@heads))], $ind . "    " . $l[$k] =~ s/^\s*//r);
                            $s = join("\n", @l) }
      else { my $c = ("(", "[", "{", "-", "not ", "lambda:", "*", "~")[int(rand(8))];
             substr($s, $p, 0) = $c x (50 + int(rand(3000))) }
      open(my $o, ">", "$work/$fi-$v.py") or die; print $o $s; close $o;
    }
  }' "$work" "$per"

# 2. run them (each in its own empty folder: the scripts may write files)
run_one() {    # VARIANT_FILE -> "name status verdict"
  local m=$1 name; name=$(basename "$m" .py)
  local d="$work/run-$name"; mkdir -p "$d"; cp "$m" "$d/m.py"
  # perl tells a signal (a crash) from an exit status >= 128 (sys.exit(-1))
  local how; how=$(cd "$d" && ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1} \
    perl -e 'my ($t, @cmd) = @ARGV; my $pid = fork;
      if (!$pid) { open(STDIN, "<", "/dev/null"); open(STDOUT, ">", "/dev/null");
                   open(STDERR, ">", "err"); exec @cmd; exit 127 }
      $SIG{ALRM} = sub { kill "KILL", $pid; waitpid($pid, 0); print "timeout 124\n"; exit 0 };
      alarm $t; waitpid($pid, 0); alarm 0;
      print $? & 127 ? "signal " . ($? & 127) . "\n" : "exit " . ($? >> 8) . "\n"' "$tmo" "$pym" m.py)
  local rc=${how#* } verdict=ok
  if [[ $how == signal* ]]; then verdict=crash
  elif grep -q -e 'ERROR: AddressSanitizer' -e 'runtime error:' -e 'ERROR: LeakSanitizer' "$d/err"; then verdict=sanitizer
  elif [[ $how == timeout* ]]; then verdict=timeout
  fi
  rm -rf "$d"
  echo "$name $rc $verdict"
}
export -f run_one; export pym work tmo
ls "$work"/*.py | xargs -P "$jobs" -I{} bash -c 'run_one {}' > "$work/results"

# 3. report
runs=0; bad=0; timeouts=0
while read -r name rc verdict; do
  runs=$((runs + 1))
  case $verdict in
    ok) ;;
    timeout) timeouts=$((timeouts + 1)) ;;
    *) bad=$((bad + 1))
       fi=${name%-*}; v=${name#*-}
       cp "$work/$name.py" "/tmp/pym-crash-$name.py" 2>/dev/null
       echo "FAIL ($verdict $rc): variant $v of ${files[$((fi - 1))]} (saved as /tmp/pym-crash-$name.py)" ;;
  esac
done < <(sort -t- -k1,1n -k2,2n "$work/results")
echo "fuzz: $runs runs ($timeouts ran past ${tmo}s), $jobs jobs"
echo "fuzz: $((runs - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
