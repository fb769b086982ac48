class A:
    def f(self, x): pass
    def g(self, *, k): pass
    @staticmethod
    def s(a, b=1): pass
    @classmethod
    def c(cls, a): pass
def h(a, b, /, c, *, d, e=5, **kw): pass
def v(*a): pass
def z(): pass
def d1(a, b=2, *args, c, d=4): pass
cases = ["A().f()", "A().f(1, 2)", "A.f(1)", "A().f(y=1)", "A().f(1, x=2)", "A().g(1)", "A().g()", "A.s()", "A.s(1, 2, 3)",
         "A.c()", "A().c(1, 2)", "h(1)", "h(1, 2)", "h(1, 2, 3)", "h(1, 2, 3, 4, d=1)", "h(a=1, b=2, c=3, d=4)", "h(1, 2, c=3, d=4, c=5)" if False else "h(1, 2, 3, d=4, b=9)",
         "v(k=1)", "z(1)", "z(a=1)", "d1()", "d1(1)", "d1(1, c=1, e=2)", "d1(1, 2, 3, c=1, a=5)", "A(1)", "object(1)", "A().f(*[1, 2])",
         "h(*[1, 2, 3], **{'d': 1, 'x': 2})", "z(**{'a': 1, 'b': 2})", "z(*[1, 2, 3])", "(lambda x, y: 0)(1)", "(lambda: 0)(1)",
         "(lambda *, k: 0)()", "int(x=1)", "A.f()", "h(1, 2, 3, d=1, **{'e': 1, 'e2': 2})", "f = A().f; f(1, 2, 3)", "d1(1, 2, 3, 4, 5, c=0, d=1, q=2)",
         "def q(a, b, c, d): pass\nq(1)", "def q(a, b, c, d): pass\nq(1, 2)", "def q(*, a, b): pass\nq()", "def q(a, *, b): pass\nq()",
         "h(1, 2, 3, d=4, **{'d': 5})", "def q(**kw): pass\nq(1)", "def q(a): pass\nq(**{1: 2})", "def q(a): pass\nq(*1)", "def q(a): pass\nq(**1)"]
for src in cases:
    try:
        exec(src, globals())
        print("ok:", src)
    except TypeError as e:
        print(f"{src!r:45} {e}")
A().f(1, 2, 3)
