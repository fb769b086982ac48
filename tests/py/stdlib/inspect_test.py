# inspect: kinds of objects, members, docs, source and signatures, printed
# the way CPython 3.11 prints them.
import inspect, functools, sys


def f(a, b: int = 1, /, c=2, *args, d, e: str = 'x', **kw) -> bool:
    """Doc of f.

        Indented more.
    Back.
    """
    return True


def g(x, y=[1, 2]):
    return x


@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)


class Base:
    """Base doc."""

    def __init__(self, name, *, size=3):
        self.name = name

    def method(self, x, y=0):
        "Method doc."
        return x

    @property
    def prop(self):
        return 1

    @staticmethod
    def st(p, q):
        pass

    @classmethod
    def cm(cls, r):
        pass


class Child(Base):
    def method(self, x, y=0):
        return y


class WithNew:
    def __new__(cls, alpha, beta=2):
        return super().__new__(cls)


class Callable:
    def __call__(self, item, /, count=1):
        return item


def gen():
    yield 1


def one(): return 1


def multi(a,
          b=(1,
             2)):
    x = a

    # a comment inside
    return x
# a comment after


async def coro():
    pass


for obj in (f, g, wrapper, Base, Child, WithNew, Base.method, Child('c').method,
            Base.st, Base.cm, Callable(), functools.partial(f, 1, 2, d=4),
            functools.partial(g, y=5), lambda z, *, w=1: z):
    sig = inspect.signature(obj)
    print(sig, repr(sig), list(sig.parameters))
print(inspect.signature(wrapper, follow_wrapped=False))

sig = inspect.signature(f)
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, p.default is p.empty,
          p.annotation)
print(sig.return_annotation, sig.parameters['b'].replace(name='bb'))
print(sig.replace(return_annotation=inspect.Signature.empty))
print(sig == inspect.signature(f), sig == inspect.signature(g))

ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs)
ba = inspect.signature(g).bind(1)
ba.apply_defaults()
print(ba, ba.arguments)
print(inspect.signature(g).bind_partial(y=3))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}),
                     ((1,), {'q': 2})]:
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    sig.bind(1, b=2, d=3)
except TypeError as e:
    print('TypeError:', e)
try:
    inspect.signature(42)
except TypeError as e:
    print('TypeError:', e)

P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=None)])
print(s2)
for bad in ([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)],
            [P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)],
            [P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]):
    try:
        inspect.Signature(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    P('1x', P.POSITIONAL_ONLY)
except ValueError as e:
    print('ValueError:', e)

spec = inspect.getfullargspec(f)
print(spec)

print(inspect.getdoc(f))
print(repr(inspect.getdoc(Child)), repr(inspect.getdoc(Child.method)))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print([name for name, _ in inspect.getmembers(Child) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([c.__name__ for c in inspect.getmro(Child)])
print(inspect.getsource(Child), end='')
print(inspect.getsource(Base.st), end='')
print(inspect.getsource(one), inspect.getsource(multi), end='')
print(inspect.getsourcelines(wrapper)[1], inspect.getsource(wrapper), end='')
print(inspect.getsourcefile(f) == __file__, inspect.getmodule(f) is sys.modules[__name__])

for pred in ('isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin',
             'isroutine', 'isgeneratorfunction', 'iscoroutinefunction',
             'isgenerator', 'isdatadescriptor', 'ismethoddescriptor', 'isabstract'):
    check = getattr(inspect, pred)
    print(pred, [check(o) for o in (f, Child('c').method, Child, inspect, len,
                                    gen, coro, gen(), Base.__dict__['prop'],
                                    str.join)])
print(inspect.unwrap(wrapper) is g)
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function)
