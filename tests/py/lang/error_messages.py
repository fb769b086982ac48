tests = [
 "1 + 'a'", "'a' + 1", "[] + ()", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "2 ** -1 // 0",
 "int('abc')", "int('')", "int('12', 1)", "float('x')", "[][0]", "()[5]", "'abc'[10]", "{}['k']", "{}[(1,2)]",
 "None()", "1()", "'s'.foo", "len(5)", "x_undefined", "[1].index(2)", "[].pop()", "{}.popitem()", "set().pop()",
 "list.append()", "[].append(1, 2)", "abs('x')", "hash([])", "hash({})", "iter(5)", "next(iter([]))",
 "int.foo", "object().x", "chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "[1, 2] < 'a'", "1 < None",
 "None < None", "sorted([1, 'a'])", "max([])", "min()", "sum(['a'])", "sum([1], 'x')", "'a' * 1.5", "[1] * 'x'",
 "-'x'", "~1.5", "import nosuchmod", "from sys import nosuch", "range(1.5)", "range(0, 10, 0)", "'%d' % 'x'",
 "'%d %d' % (1,)", "'%s' % (1, 2)", "'{}'.format()", "'{0} {}'.format(1, 2)", "'{x}'.format()", "int(None)",
 "float([])", "list(5)", "tuple(1)", "dict(5)", "dict([1])", "dict([(1,)])", "str.join(',', [1])", "','.join([1, 2])",
 "(1, 2).count()", "getattr(1, 'x')", "setattr(1, 'x', 2)", "delattr(1, 'x')", "object.__new__(5)",
 "isinstance(1, 5)", "issubclass(1, int)", "type(1, 2)", "f = lambda x: x; f()", "f = lambda x: x; f(1, 2)",
 "f = lambda x: x; f(y=1)", "f = lambda x: x; f(1, x=1)", "def g(*, k): pass\ng(1)", "def g(a, b): pass\ng(1)",
 "def g(a, b, c): pass\ng()", "def g(): pass\ng(**{'a': 1})", "a, b = [1, 2, 3]", "a, b, c = [1, 2]", "a, b = 1",
 "a, *b, c = [1]", "x = 1; x[0]", "x = 1; x[0] = 2", "x = (1,); x[0] = 2", "del (1,)[0]" if False else "t = (1,); del t[0]",
 "s = 'ab'; s[0] = 'x'", "'abc'.split('')", "'x'.center('a')", "int('1_')", "int('0x10')", "int('0x10', 16) + int('z', 36) + int('9', 8)",
 "bytes('abc')", "bytes([256])", "b'a' + 'b'", "'a' in 1", "1 in 1", "[x for x in 5]", "{[]: 1}", "{[]}",
 "float(10 ** 400)", "1e308 * 10 == float('inf') and int(float('inf'))", "int(float('nan'))", "math.sqrt(-1)",
 "import math; math.sqrt(-1)", "import math; math.log(0)", "import math; math.factorial(-1)", "2 << -1",
 "'abc'.encode('nosuch')", "b'\\xff'.decode()", "raise TypeError", "raise 5", "raise ValueError from 5",
 "class A: pass\nA() < A()", "class A: pass\nA() + 1", "class A: pass\nlen(A())", "class A: pass\nA()[0]",
 "class A: pass\nA()()", "class A: pass\nfor x in A(): pass", "class A: pass\nA().m()", "class A: pass\nA.m",
 "class A:\n def __init__(self): return 1\nA()", "class A:\n def __len__(self): return -1\nlen(A())",
 "class A:\n def __len__(self): return 'x'\nlen(A())", "class A:\n def __str__(self): return 1\nstr(A())",
 "class A:\n def __repr__(self): return 1\nrepr(A())", "class A:\n def __iter__(self): return 1\niter(A())",
 "class A:\n def __hash__(self): return 'x'\nhash(A())", "class A:\n def __bool__(self): return 2\nbool(A())",
 "class A:\n def __index__(self): return 'x'\n[1][A()]", "super()", "nonexistent.attr", "int.__add__(1, 'a')",
 "[1,2,3][1:2:0]", "list(range(3))[::0]", "x = [1]; x[5] = 1", "x = {}; x.update(1)", "x = {}; x.update([1])",
 "'abc'.startswith(1)", "'a'.replace(1, 2)", "'a'.strip(1)", "str(b'a', 'nosuch')", "'a'.count()",
 "enumerate()", "zip(1)", "map(len)", "filter(None)", "sorted()", "sorted([], key=1, foo=2)", "print(sep=1)",
 "print(end=5)", "isinstance()", "divmod(1)", "open('/nonexistent/file')", "exec(5)", "eval('1 +')", "eval('x y')",
 "compile", "globals()['__builtins__'] and vars(5)", "dir(1, 2)", "min(1)", "max(1, key=5)", "iter()", "int(1, 2)",
 "int('1', base=99)", "bool(1, 2)", "float('1', '2')", "hex(1.5)", "bin('a')", "oct(None)", "callable()",
]
import math
for src in tests:
    try:
        exec(src, {"math": math})
        print("no error:", src)
    except BaseException as e:
        print(f"{src!r:40} {type(e).__name__}: {e}")
