#!/usr/bin/env bash
# test_install.sh -- pym installed like an interpreter: `cmake --install`
# into a temporary prefix gives P/bin/pym and P/lib/pym/; the installed
# binary says its version, finds its library relative to itself (also after
# the prefix is moved), runs a `#!/usr/bin/env pym` script from PATH, and
# passes the article demos run from another directory.
# usage: test_install.sh BUILD_DIR ARTICLE_DIR
here=$(cd "$(dirname "$0")" && pwd)
build=$1; art=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
no() { echo "FAIL: $*"; fail=1; }

cmake --install "$build" --prefix "$tmp/p" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
[ -x "$tmp/p/bin/pym" ] || no "no P/bin/pym"
[ -f "$tmp/p/lib/pym/weakref.py" ] || no "no P/lib/pym/weakref.py"

# moved after installation: nothing may point back at the first prefix or the source tree
mv "$tmp/p" "$tmp/moved"
P=$tmp/moved
v=$("$P/bin/pym" -V)
[[ "$v" =~ ^pym\ [0-9]+\.[0-9]+\ \(Python\ 3\.11\ subset\)$ ]] || no "pym -V printed '$v'"
out=$(cd "$tmp" && "$P/bin/pym" -c '
import sys, weakref, tracemalloc, collections
print(sys.implementation.name)
print(weakref.__file__)
print([p for p in sys.path if p.endswith("lib/pym") or p.endswith("/lib")])')
real=$(cd "$P/lib/pym" && pwd -P)
expect="pym
$real/weakref.py
['$real']"
[ "$out" = "$expect" ] || no "library lookup: got
$out
expected
$expect"

# a script with a shebang line, found through PATH
mkdir -p "$tmp/scripts"
printf '#!/usr/bin/env pym\nimport sys\nprint("hello from", sys.implementation.name)\n' > "$tmp/scripts/hello"
chmod +x "$tmp/scripts/hello"
out=$(cd "$tmp" && PATH="$P/bin:$PATH" ./scripts/hello)
[ "$out" = "hello from pym" ] || no "shebang script printed '$out'"

# the article demos, copied to another directory, run by the installed pym
mkdir -p "$tmp/article"
cp "$art"/*.py "$art"/enabled.txt "$tmp/article/" && cp -r "$art/accept" "$tmp/article/"
"$here/run_article.sh" "$P/bin/pym" "$tmp/article" || no "article demos with the installed pym"

[ $fail -eq 0 ] && echo "install: ok"
exit $fail
