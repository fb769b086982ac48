# compile-time errors raised by the symbol table and the code generator, through exec
srcs = [
 "def f():\n    x = 1\n    global x\n",
 "def f():\n    print(x)\n    global x\n",
 "def f(x):\n    global x\n",
 "def f(x, x): pass\n",
 "lambda a, a: 1\n",
 "def f():\n    nonlocal x\n",
 "class A:\n    nonlocal y\n",
 "def f():\n    def g():\n        nonlocal q\n",
 "x: int = 1\nglobal x\n",
 "def f():\n  x: int\n  global x\n",
 "def f():\n  global x\n  x: int\n",
 "def f():\n  nonlocal x\n  x: int\n",
 "for i in x:\n    def f():\n        break\n",
 "while 1:\n    class A:\n        continue\n",
 "return\n",
 "class A:\n    return 1\n",
 "yield\n",
 "x = (yield from y)\n",
 "{(yield 1) for x in y}\n",
 "{(yield 1): 1 for x in y}\n",
 "def f():\n  return [(yield) for x in y]\n",
 "def f():\n  x = [y for y in (yield)]\n  return x\n",
 "*a = 1\n",
 "for *a in b: pass\n",
 "a, *b, *c = d\n",
 "[*a, *b] = c\n",
 "x = *a\n",
 "print(*a)\nx = *a\n",
 "del *a\n",
 "f(a=1, b=2, a=3)\n",
 "class C(x=1, x=2): pass\n",
 "def f():\n  from m import *\n",
 "class A:\n  [(y := 1) for x in z]\n",
 "[x := 1 for x in y]\n",
 "def f():\n  x = 1\n  def g():\n    nonlocal x\n    global x\n",
 "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass\n",
 "def f():\n    global x\n    nonlocal x\n",
 "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n",
 "nonlocal __debug__\n",
]
for s in srcs:
    try:
        exec(s)
        print("OK", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset)
    except Exception as e:
        print(repr(s), "-> runtime", type(e).__name__)
