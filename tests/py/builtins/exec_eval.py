# exec, eval, compile with namespaces
print(eval("1 + 2 * 3"), eval("  x + 1", {"x": 41}), eval("[i * i for i in range(4)]"))
g = {"a": 2}
exec("b = a * 21\ndef f(n):\n    return n + b\nc = f(1)", g)
print(g["b"], g["c"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("x = 1\ny = x + 1", {}, loc)
print(loc)
y = 5
exec("y = y + 1")
print(y)
def inner():
    z = 3
    return eval("z * 2")
print(inner())
code = compile("p = 7\nq = p * 6", "<demo>", "exec")
ns = {}
exec(code, ns)
print(ns["q"], type(code).__name__)
print(eval(compile("10 // 3", "<e>", "eval")))
for src in ["1 +", "def", "x = = 1"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    eval("undefined_name_q")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("1", [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    compile("1", "f", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('k')")
except KeyError as e:
    print(type(e).__name__, e)
