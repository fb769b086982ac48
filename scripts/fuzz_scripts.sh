#!/usr/bin/env bash
# fuzz_scripts.sh -- feed truncated and mutated versions of the script tests
# to pym and fail if any run ends by a signal (crash) instead of an exit
# status.  Mutations are deterministic (fixed seed) so failures reproduce.
# usage: fuzz_scripts.sh PYM TESTS_DIR [VARIANTS_PER_FILE]
pym=$1; dir=$2; per=${3:-6}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
runs=0; crashes=0
mapfile -t files < <(find "$dir" -name '*.py' | sort)
i=0
for f in "${files[@]}"; do
  i=$((i + 1))
  for v in $(seq 1 "$per"); do
    m="$work/m.py"
    perl -e '
      my ($file, $seed) = @ARGV; srand($seed);
      local $/; open(my $h, "<", $file) or exit 1; my $s = <$h>; my $n = length $s;
      my $kind = $seed % 6;
      if ($n == 0) { print $s; exit 0 }
      my $p = int(rand($n));
      if ($kind == 0) { $s = substr($s, 0, $p) }                          # truncate
      elsif ($kind == 1) { substr($s, $p, 1) = chr(int(rand(128))) }      # replace a byte
      elsif ($kind == 2) { substr($s, $p, 0) = ("(", "[", "{", ":", "\"", "\x27", "\\", "\t", "    ", "\n", "lambda", "*", "**", "yield", ",")[int(rand(15))] }
      elsif ($kind == 3) { my @l = split /\n/, $s, -1; splice(@l, int(rand(@l)), 1); $s = join("\n", @l) }  # drop a line
      elsif ($kind == 4) { my @l = split /\n/, $s, -1; my $k = int(rand(@l)); $l[$k] = "  " . $l[$k]; $s = join("\n", @l) }  # indent a line
      else { my $q = int(rand($n)); my ($a, $b) = $p < $q ? ($p, $q) : ($q, $p); substr($s, $a, $b - $a) = "" }  # cut a range
      print $s;' "$f" "$((i * 100 + v))" > "$m"
    (cd "$work" && timeout 10 "$pym" m.py </dev/null >/dev/null 2>&1)
    rc=$?
    runs=$((runs + 1))
    if [ $rc -ge 128 ] && [ $rc -ne 124 ]; then
      crashes=$((crashes + 1))
      cp "$m" "$work/../pym-crash-$i-$v.py" 2>/dev/null
      echo "CRASH (status $rc): variant $v of $f (saved as $(dirname "$work")/pym-crash-$i-$v.py)"
    fi
  done
done
echo "fuzz: $((runs - crashes)) passed, $crashes failed"
[ "$crashes" -eq 0 ]
