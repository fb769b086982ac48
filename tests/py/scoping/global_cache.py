# LOAD_GLOBAL's cache (keys versions): a loaded global or builtin stays
# right while the loop stores into existing globals, and after globals and
# builtins gain, lose, shadow, replace and clear names; one code object
# run with several globals dicts.
import builtins

COUNT = 0
LIMIT = 3


def bump():
    global COUNT
    COUNT = COUNT + 1       # a store into an existing global at every call
    return COUNT * LIMIT + len("ab")


print("stores", [bump() for i in range(5)])
LIMIT = 10                  # rebound from outside
print("rebound", [bump() for i in range(3)])
globals()["LIMIT"] = 100    # rebound through the dict
print("dict store", bump())
len = lambda s: -1          # a global now shadows the builtin
print("shadowed", [bump() for i in range(2)])
del len
print("builtin again", [bump() for i in range(2)])
orig_len = builtins.len
builtins.len = lambda s: 1000   # the builtins change
print("builtins changed", [bump() for i in range(2)])
del builtins.len
print("builtins without len", end=" ")
try:
    bump()
except NameError as e:
    print("NameError:", e)
builtins.len = orig_len
print("builtins len restored", bump())
del LIMIT
try:
    bump()
except NameError as e:
    print("NameError:", e)
LIMIT = 7                   # back, in a new entry
print("re-added", bump())
for i in range(40):         # the globals table grows (a new keys object)
    globals()["g%d" % i] = i
print("grown", bump(), g39)
for i in range(40):
    del globals()["g%d" % i]
print("shrunk", bump())

# one code object, several globals dicts
src = """
def get():
    return X + len(Y)
"""
g1 = {"X": 1, "Y": "a"}
g2 = {"X": 10, "Y": "abc"}
exec(src, g1)
exec(src, g2)
print("g1 g2", [g1["get"]() + g2["get"]() for i in range(5)])
g3 = {}
exec(src, g3)
g3.update(X=5, Y="q")
print("g3", [g3["get"]() for i in range(3)])
g3["len"] = lambda s: 50
print("g3 shadow", g3["get"]())
g3.pop("len")
print("g3 pop", g3["get"]())
get3 = g3["get"]
g3.clear()
try:
    get3()
except NameError as e:
    print("NameError:", e)
g3["X"] = 2
g3["Y"] = "zz"
print("g3 refilled", [get3() for i in range(3)])
g3.popitem()
try:
    get3()
except NameError as e:
    print("NameError:", e)
g3["Y"] = "yyy"
print("g3 after popitem", get3())
g4 = dict(g3)               # a copy: its own keys
exec(src, g4)
print("g4", g4["get"](), get3())
g4["X"] = 40
print("g4 store", g4["get"](), get3())


# a builtin used in a loop whose globals change shape at every turn
def churn(n):
    t = 0
    for i in range(n):
        globals()["tmp"] = i
        t += abs(-i) + max(i, 1)
        del globals()["tmp"]
    return t


print("churn", churn(50))
