# LOAD_NAME's cache (keys version + value slot) at module level, in class
# bodies and under exec: stores, deletions, new keys, shadowing builtins.
acc = 0
for i in range(30):
    acc += i
    if i == 10:
        extra = 'new key'          # keys change: the cache refills
    if i == 20:
        del extra                  # a deletion: the next load misses
print(acc)
try:
    extra
except NameError as e:
    print(e)

# a global shadowing a builtin, then removed
out = []
for i in range(6):
    if i == 2:
        len = lambda x: -1
    if i == 4:
        del len
    out.append(len('abc'))
print(out)


class C:
    k = 1
    vals = []
    for j in range(20):
        vals.append(k)
        if j == 5:
            k = 2
        if j == 10:
            del k
            k = 3
    total = sum(vals)
print(C.total, C.vals[4:12])

# exec with fresh dicts: same code, several namespaces
code = compile("r = []\nfor q in range(12):\n    r.append(base + q)\n", "<x>", "exec")
for base in (100, 200):
    ns = {'base': base}
    exec(code, ns)
    print(ns['r'][-1])


# a dict subclass as the namespace (not exact: no cache)
class D(dict):
    def __getitem__(self, key):
        if key == 'magic':
            return 42
        return dict.__getitem__(self, key)


ns = D(n=1)
exec("for i in range(10):\n    n = n + magic\n", {}, ns)
print(ns['n'])

# a locals dict whose keys grow while the loop reads a name
ns = {}
exec("for i in range(40):\n    globals()['v%d' % i] = i\n    last = i\nres = last\n", ns)
print(ns['res'], len([k for k in ns if k.startswith('v')]))
