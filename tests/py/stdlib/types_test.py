import types
import sys


def f():
    pass


def g():
    yield 1


class C:
    __slots__ = ("a",)

    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      types.FunctionType is types.LambdaType)
print(isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
print(types.MappingProxyType, types.CodeType, types.CellType, types.ModuleType)
print(types.FrameType, types.TracebackType, types.MemberDescriptorType,
      types.GetSetDescriptorType)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType),
          isinstance(e.__traceback__.tb_frame, types.FrameType))

# SimpleNamespace
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="two"), ns == types.SimpleNamespace(a=1))
ns.c = [3]
del ns.a
print(ns, vars(ns))
ns.me = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(types.SimpleNamespace.__hash__)


class MyNS(types.SimpleNamespace):
    pass


print(MyNS(x=1), types.SimpleNamespace())

# MappingProxyType
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp), "k" in mp, mp.get("z", 0))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError:", e)

# MethodType
def speak(self, word):
    return "%s says %s" % (self.name, word)


class Dog:
    name = "rex"


d = Dog()
d.speak = types.MethodType(speak, d)
print(d.speak("hi"), d.speak.__self__ is d, d.speak.__func__ is speak)
try:
    types.MethodType(3, d)
except TypeError as e:
    print("TypeError:", e)

# new_class / prepare_class / resolve_bases
def body(ns):
    ns["x"] = 10
    ns["hello"] = lambda self: "hello %d" % self.x


K = types.new_class("K", (object,), {}, body)
print(K.__name__, K().hello(), K.__bases__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


M = types.new_class("M", (), {"metaclass": Meta, "flag": 1})
print(type(M).__name__, M.from_prepare)
meta, nsd, kw = types.prepare_class("P", (), {"metaclass": Meta, "opt": 2})
print(meta.__name__, nsd, kw)
print(types.prepare_class("Q"))
print(types.resolve_bases((int, str)))


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


print(types.resolve_bases((int, Entries())))
R = types.new_class("R", (Entries(),))
print(R.__bases__, R.__orig_bases__[0].__class__.__name__)


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    types.new_class("Bad", (A1, A2))
except TypeError as e:
    print("TypeError:", e)


# DynamicClassAttribute
class WithDyn:
    def __init__(self):
        self._v = 5

    @types.DynamicClassAttribute
    def value(self):
        return self._v


print(WithDyn().value)
try:
    WithDyn.value
except AttributeError:
    print("AttributeError on class")

print(types.coroutine(g) is g)
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError:", e)
