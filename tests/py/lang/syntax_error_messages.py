srcs = [
 "def f():\n    x = 1\n    global x", "def f():\n    print(x)\n    global x", "nonlocal x", "def f():\n    nonlocal y",
 "def f(a):\n    global a", "def f(a, a): pass", "lambda a, a: 0", "return", "yield 1", "class C:\n    return 1",
 "await f()" if False else "1", "f(x for x in y, z)", "f(**k, *a)", "f(a=1, b)", "x += 1, 2 = 3" if False else "(a, b) += 1",
 "[a, b] += 1", "f() += 1", "1 += 1", "del 1", "del f()", "del (a, 1)", "(yield) = 1", "a if b else c = 1", "[x for x in y] = 1",
 "lambda: 1 = 2", "x = yield = 1", "*a = 1", "*a, *b = 1, 2", "a, *b, *c = x", "print(*)", "f(*)", "def f(*): pass",
 "def f(*, **k): pass", "def f(**k, a): pass", "def f(a=1, /, b): pass", "def f(/, a): pass", "x = 5 if True", "if x = 1: pass",
 "while x = 1: pass", "for x in range(3) pass", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
 "break", "continue", "def f():\n    break", "for x in y:\n    def g():\n        continue", "import a.b as", "from . import *" if False else "1",
 "def f():\n    from m import *", "a = 1 2", "a = (1 2)", "print('a' 'b' 3)", "x = [1, 2 3]", "True = 1", "__debug__ = 1", "f(True=1)",
 "def f(None): pass", "class None: pass", "x.None = 1", "import None" if False else "1", "a.b: int = c", "(a): int", "[a]: int = 1",
 "global x: int" if False else "1", "def f():\n    x: int\n    global x", "with a as 1: pass", "for 1 in x: pass", "f = lambda *: 0",
 "x = {'a': 1, **}", "x = [*]", "'''abc", "b'é'", "f'{'", "f'}'", "f'{x!}'", "f'{x:{y:{z}}}'", "f'{}'", "0b", "0x", "1e", "1_", "0_x",
 "07", "1.2.3", "x = 1 if 2", "def f:\n  pass", "class C(:\n  pass", "if True:\npass", "x = (", "x = )", "@\ndef f(): pass",
 "def f():\n  return *a", "def f():\n  return *a, b", "a = *b", "a = *b,", "print(a for a in b for)", "[i for i in]", "{a: b for}",
]
for s in srcs:
    try:
        compile(s, "<probe>", "exec")
        print(repr(s)[:40], "OK")
    except SyntaxError as e:
        print(repr(s)[:40], "->", type(e).__name__, e.msg, e.lineno)
