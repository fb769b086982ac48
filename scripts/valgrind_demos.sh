#!/usr/bin/env bash
# valgrind_demos.sh -- runs the article demos (tests/article/enabled.txt)
# under valgrind with PYM_MALLOC=malloc (every block visible): any memory
# error or definitely/indirectly lost block fails.
# usage: valgrind_demos.sh PYM ARTICLE_DIR
pym=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); dir=$2
command -v valgrind >/dev/null || { echo "valgrind: not installed"; exit 1; }
export PYM_MALLOC=malloc
bad=0; n=0
for name in $(grep -v '^#' "$dir/enabled.txt"); do
  n=$((n + 1))
  if (cd "$dir" && valgrind -q --error-exitcode=1 --leak-check=full --show-possibly-lost=no \
        --errors-for-leak-kinds=definite,indirect "$pym" "$name.py" > /dev/null 2> /tmp/pym-valgrind-$$.txt); then
    echo "valgrind: $name clean"
  else
    bad=$((bad + 1)); echo "valgrind: $name FAILED"; head -40 /tmp/pym-valgrind-$$.txt
  fi
done
rm -f /tmp/pym-valgrind-$$.txt
echo "valgrind: $n demos, $bad failed"
[ "$bad" -eq 0 ]
