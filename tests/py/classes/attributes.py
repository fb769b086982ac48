# class attributes vs instance attributes, __getattr__, __getattribute__,
# __setattr__, __delattr__, __dict__, dir()
class Config:
    debug = False
    items = []
    def __init__(self):
        self.name = 'cfg'

a = Config()
b = Config()
a.debug = True
a.items.append(1)
print(a.debug, b.debug, Config.debug, b.items, a.__dict__, b.__dict__)
Config.debug = 'changed'
print(a.debug, b.debug)
del a.debug
print(a.debug)
Config.extra = 5
print(a.extra, hasattr(b, 'extra'), getattr(b, 'missing', 'default'))
del Config.extra
print(hasattr(a, 'extra'))
try:
    del a.nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    a.nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    Config.nothing
except AttributeError as e:
    print('AttributeError', e)
try:
    del Config.nothing
except AttributeError as e:
    print('AttributeError', e)
setattr(a, 'dyn', 42)
print(getattr(a, 'dyn'), vars(a) == a.__dict__, sorted(vars(a)))
a.__dict__ = {'fresh': 1}
print(a.fresh, hasattr(a, 'name'))
print('name' in dir(b), 'debug' in dir(b), 'extra' in dir(b), dir(Config) == sorted(dir(Config)))

# methods added to the class later affect existing instances
def shout(self):
    return self.name.upper()
Config.shout = shout
print(b.shout())

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return 'hello'
tg = Target()
p = Proxy(tg)
print(p.x, p.hello())
p.y = 2
print(tg.y)
del p.y
print(hasattr(tg, 'y'), p.log)
try:
    p.zzz
except AttributeError as e:
    print('AttributeError', e)

class Audit:
    def __init__(self):
        self.seen = []
        self.v = 1
    def __getattribute__(self, name):
        if name != 'seen':
            object.__getattribute__(self, 'seen').append(name)
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
au = Audit()
print(au.v, au.magic, au.other, au.seen)

class Frozen:
    __slots__ = ()
    def __setattr__(self, k, v):
        raise AttributeError(f'{type(self).__name__} is frozen')
try:
    Frozen().x = 1
except AttributeError as e:
    print('AttributeError', e)

# attributes on builtins
try:
    (1).foo = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    'abc'.upper = None
except AttributeError as e:
    print('AttributeError', e)
try:
    int.foo = 1
except TypeError as e:
    print('TypeError', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    (1).real = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(a, 5)
except TypeError as e:
    print('TypeError', e)

# type attributes
class Doc:
    "A documented class."
    x: int = 3
    y: str
print(Doc.__doc__, Doc.__name__, Doc.__qualname__, Doc.__annotations__)
Doc.__name__ = 'Renamed'
print(Doc.__name__, Doc)
def make():
    class Inner:
        pass
    return Inner
print(make().__qualname__, make())
class Outer:
    class Nested:
        pass
print(Outer.Nested.__qualname__, Outer.Nested, Outer.Nested.__module__)
print(type(Doc.__dict__).__name__, Doc.__dict__['x'], 'x' in Doc.__dict__, len(Doc.__dict__) > 3)
try:
    Doc.__dict__['x'] = 5
except TypeError as e:
    print('TypeError', e)
print(int.__name__, int.__qualname__, int.__module__, object.__base__, int.__bases__)
print(type.__name__, type(type), type(int), type(Doc), type(object))
print(None.__class__, type(None)() is None, type(NotImplemented).__name__, type(...).__name__)
