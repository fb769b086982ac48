class A:
    def __init__(s): s.x=1
class S:
    __slots__=('a','b', '__p')
class L(list): pass
class D(dict): pass
a=A(); s=S(); s.a=5
def show(r):
    return tuple(getattr(x, '__name__', x) if callable(x) and not isinstance(x, type) else (type(x).__name__ if 'iterator' in type(x).__name__ else x) for x in r)
print(show(a.__reduce_ex__(4))); print(show(a.__reduce_ex__(2))); print(show(s.__reduce_ex__(4))); print(show(L([1]).__reduce_ex__(4))); print(show(D(k=1).__reduce_ex__(4)))
print(a.__getstate__(), s.__getstate__(), object().__getstate__(), show(A().__reduce__()))
print(show((5).__reduce_ex__(4)), show('ab'.__reduce_ex__(2)), show((1.5).__reduce_ex__(4)), show([1].__reduce_ex__(4)))
try: print((x for x in []).__reduce_ex__(4))
except Exception as e: print(type(e).__name__, e)
print(show(a.__reduce_ex__(0))); print(show(object().__reduce_ex__(1)))
try: print((5).__reduce_ex__(1))
except Exception as e: print(type(e).__name__, e)
print(BaseException('x').__reduce_ex__(4), ValueError(1,2).__reduce__())
e=ValueError(1); e.__setstate__({'y': 3}); print(e.y)
f, args, state, *_ = a.__reduce_ex__(4); b = f(*args); b.__dict__.update(state); print(type(b).__name__, b.x)
f, args, *rest = a.__reduce_ex__(1); c = f(*args); print(type(c).__name__)
print(float.__getformat__('double'), float.__getformat__('float'))
try: float.__getformat__('x')
except ValueError as e: print(e)
print(int.__basicsize__, list.__itemsize__, int.__itemsize__, A.__dictoffset__, A.__weakrefoffset__, type.__text_signature__, bool(int.__flags__ & (1 << 24)), bool(A.__flags__ & (1 << 9)), bool(list.__flags__ & (1 << 25)))
class Abs:
    def f(self): pass
    def g(self): pass
Abs.__abstractmethods__ = frozenset({'g', 'f'})
print(Abs.__abstractmethods__ == {'f', 'g'})
try: Abs()
except TypeError as e: print(e)
Abs.__abstractmethods__ = frozenset()
print(type(Abs()).__name__)
try: type.__abstractmethods__
except AttributeError as e: print('AttributeError', e)
try: A.__abstractmethods__
except AttributeError as e: print('AttributeError', e)
print([1] + [2], 'a' + 'b', b'x' + b'y', (1,) + (2,))
class R:
    def __radd__(self, o): return 'radd'
print([1] + R(), 'a' + R(), (1,) + R())
