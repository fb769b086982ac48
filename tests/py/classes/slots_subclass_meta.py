# __slots__, __init_subclass__, __set_name__, metaclasses
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__, repr(P.x))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError', e)
p.x = 10
print(p.x)
class P3(P):
    __slots__ = ('z',)
q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, '__dict__'))
class PD(P):
    pass
r = PD(1, 2)
r.w = 5
print(r.w, r.__dict__)
class WithDict:
    __slots__ = ('a', '__dict__')
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)
class Priv:
    __slots__ = ('__secret', 'public')
    def __init__(self):
        self.__secret = 's'
    def reveal(self):
        return self.__secret
print(Priv().reveal(), '_Priv__secret' in dir(Priv))
class One:
    __slots__ = 'only'
o = One()
o.only = 1
print(o.only)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print('ValueError', e)

# __init_subclass__
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class CsvPlugin(Plugin, name='csv'):
    pass
class JsonPlugin(Plugin):
    pass
class SubCsv(CsvPlugin, name='subcsv'):
    pass
print(Plugin.registry, CsvPlugin.plugin_name, SubCsv.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(object, flag=True):
        pass
except TypeError as e:
    print('TypeError', e)

# __set_name__
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class Model:
    a = Field()
    b = Field()
print(Model.a.name, Model.b.name)

# metaclasses
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['created_by'] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.via_meta = True
        return inst
    def describe(cls):
        return f'class {cls.__name__}'
class Thing(metaclass=Meta, tag='t'):
    def __init__(self, v):
        self.v = v
th = Thing(5)
print(type(Thing).__name__, Thing.created_by, Thing.extra, Thing.inited, th.v, th.via_meta)
print(Thing.describe(), isinstance(Thing, Meta), isinstance(Thing, type), hasattr(th, 'describe'))
class SubThing(Thing):
    pass
print(type(SubThing).__name__, SubThing.created_by, SubThing.extra, SubThing(1).via_meta)

class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, ns)
        Registry.classes[name] = cls
        return cls
class Base(metaclass=Registry):
    pass
class Impl(Base):
    pass
print(sorted(Registry.classes))

Dyn = type('Dyn', (Base,), {'x': 1, 'hello': lambda self: 'hi'})
print(Dyn.x, Dyn().hello(), type(Dyn).__name__, Dyn.__name__, Dyn.__module__, Dyn.__mro__)
Plain = type('Plain', (), {})
print(Plain, Plain.__bases__, type(3), type('x') is str)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class A3(A1, A2): pass
except TypeError as e:
    print('TypeError', e)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {}
class UsesPrepare(metaclass=Ordered):
    z = 1
print(UsesPrepare.z)
