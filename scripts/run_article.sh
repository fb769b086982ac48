#!/usr/bin/env bash
# run_article.sh -- run the article's demo scripts listed in
# tests/article/enabled.txt and hold each output against accept/NAME.txt.
# usage: run_article.sh PYM DIR
here=$(cd "$(dirname "$0")" && pwd)
pym=$1; dir=$2
pass=0; fail=0
while read -r name; do
  case "$name" in ''|'#'*) continue ;; esac
  out=$(mktemp)
  (cd "$dir" && timeout 120 "$pym" "$name.py" >"$out" 2>&1)
  rc=$?
  if [ $rc -eq 0 ] && perl "$here/check_accept.pl" "$dir/accept/$name.txt" "$out"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $name (exit $rc)"; head -40 "$out"
  fi
  rm -f "$out"
done < "$dir/enabled.txt"
echo "article: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
