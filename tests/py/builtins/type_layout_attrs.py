class A: pass
class S:
    __slots__ = ('a',)
class W:
    __slots__ = ('a', '__weakref__')
class I(int): pass
for c in [A, S, W, I, object, int, list]:
    print(c.__name__, c.__basicsize__, c.__dictoffset__, c.__weakrefoffset__, c.__itemsize__)
