# __eq__/__hash__ interplay, reflected operators, error messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
show(lambda: hash(NoHash()))
show(lambda: {NoHash()})
class WithHash(NoHash):
    def __hash__(self):
        return 7
print(hash(WithHash()), len({WithHash(), WithHash()}))
class Explicit:
    __hash__ = None
show(lambda: hash(Explicit()))
class Inherit(WithHash):
    pass
print(hash(Inherit()))
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1), len({p1, p2, p1}))
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
class BadHash:
    def __hash__(self):
        return 'x'
show(lambda: hash(BadHash()))

# eq and ne
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
print(OnlyEq(1) in [OnlyEq(0), OnlyEq(1)], [OnlyEq(2)].index(OnlyEq(2)))

# reflected operators and NotImplemented
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print('radd', type(other).__name__)
        return self + other
    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented
    def __repr__(self):
        return f'{self.v}m'
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), 2.5 + Meters(1))
show(lambda: Meters(1) + 'x')
show(lambda: 'x' + Meters(1))
show(lambda: Meters(1) < 3)
show(lambda: 3 > Meters(1))
print(Meters(1) < Meters(2), Meters(3) > Meters(2))

class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.radd'
print(Base() + Derived(), Derived() + Base(), 1 + Base())
class Left:
    def __eq__(self, o):
        print('Left.eq')
        return NotImplemented
class Right:
    def __eq__(self, o):
        print('Right.eq')
        return NotImplemented
print(Left() == Right())
class Sub(Left):
    def __eq__(self, o):
        print('Sub.eq')
        return True
print(Left() == Sub())

# common error messages
class A:
    pass
class B:
    pass
show(lambda: A() < B())
show(lambda: A() + B())
show(lambda: -A())
show(lambda: abs(A()))
show(lambda: ~A())
show(lambda: A()[0])
show(lambda: A()())
show(lambda: len(A()))
show(lambda: iter(A()))
show(lambda: 1 in A())
show(lambda: A(1))
show(lambda: object(1))
show(lambda: A().missing)
show(lambda: A.missing)
show(lambda: format(A(), 'd'))
show(lambda: int(A()))
show(lambda: float(A()))
show(lambda: [1, 2][A()])
show(lambda: next(A()))
def delitem():
    a = A()
    del a[0]
show(delitem)
def setitem():
    a = A()
    a[0] = 1
show(setitem)
class BadRepr:
    def __repr__(self):
        return 42
show(lambda: repr(BadRepr()))
show(lambda: str(BadRepr()))
class BadStr:
    def __str__(self):
        return None
show(lambda: str(BadStr()))
class BadInit:
    def __init__(self):
        return 5
show(lambda: BadInit())
class BadBool:
    def __bool__(self):
        return 1
show(lambda: bool(BadBool()))
class NegLen:
    def __len__(self):
        return -1
show(lambda: len(NegLen()))
class StrLen:
    def __len__(self):
        return '3'
show(lambda: len(StrLen()))
class BadIter:
    def __iter__(self):
        return 5
show(lambda: iter(BadIter()))
class BadIndex:
    def __index__(self):
        return 'x'
show(lambda: [1][BadIndex()])
class InitArgs:
    def __init__(self, a):
        self.a = a
show(lambda: InitArgs())
show(lambda: InitArgs(1, 2))
show(lambda: object.__init__(InitArgs(1), 2))
show(lambda: object.__new__(InitArgs, 1).__class__.__name__)
show(lambda: object.__new__(5))
show(lambda: int.__new__(A))
show(lambda: type('x', 1))
show(lambda: type(1, 2, 3))
show(lambda: isinstance(1, 'str'))
show(lambda: issubclass(1, int))
show(lambda: issubclass(int, 'x'))
show(lambda: super(A, 1))
class WithCall:
    def __call__(self, x):
        return x * 2
print(WithCall()(21), callable(WithCall()), callable(A()), callable(A))
class Err:
    def __getattr__(self, name):
        raise KeyError(name)
show(lambda: Err().foo)
show(lambda: hasattr(Err(), 'foo'))
