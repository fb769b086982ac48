# Deeply nested containers: repr/==/hash end in RecursionError; freeing them
# does not recurse on the C stack.
def t(label, fn):
    try:
        print(label, fn())
    except RecursionError:
        print(label, "RecursionError")
a = []
for _ in range(10**5): a = [a]
b = []
for _ in range(10**5): b = [b]
t("repr list", lambda: len(repr(a)))
t("list ==", lambda: a == b)
d = {}
for _ in range(10**5): d = {1: d}
t("str dict", lambda: len(str(d)))
tu = ()
for _ in range(10**5): tu = (tu,)
t("hash tuple", lambda: hash(tu))
t("tuple ==", lambda: tu == tu)
s = frozenset()
for _ in range(10**4): s = frozenset([s])
t("repr frozenset", lambda: len(repr(s)))
del a, b, d, tu, s
x = None
for _ in range(10**6): x = [x]
del x
y = None
for _ in range(10**6): y = {"k": y}
del y
print("freed")
l = [1]
l.append(l)
print(l, l == l)
dd = {}
dd[1] = dd
print(dd)
