# ExceptionGroup / BaseExceptionGroup: construction, split, subgroup, derive
import sys

print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(sys.getsizeof(ExceptionGroup('m', [ValueError()])), sys.getsizeof(ValueError()))
for args in [('m',), (1, [ValueError()]), ('m', 5), ('m', []), ('m', [1]),
             ('m', [KeyboardInterrupt()]), ('m', {ValueError(): 1}), ('a', [ValueError()], 3)]:
    try:
        ExceptionGroup(*args)
        print("ok", args)
    except Exception as e:
        print(type(e).__name__, e)
print(type(BaseExceptionGroup('m', [ValueError()])).__name__,
      type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup('m', (ValueError(), SystemExit()))).__name__)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "*", excs)

class MyBEG(BaseExceptionGroup):
    pass

try:
    MyEG('m', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(type(MyBEG('m', [KeyboardInterrupt()])).__name__, type(MyBEG('m', [ValueError()])).__name__)

eg = ExceptionGroup('msg', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
print(repr(eg))
print(str(eg), eg.message, eg.exceptions, eg.args)
print(eg.subgroup(ValueError))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.split((TypeError,)))
print(eg.split(OSError))
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(Exception) is eg)
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner'))
for bad in [1, (ValueError, 1), "x"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)

eg.add_note("a note")
try:
    raise eg
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(m.__notes__, m.__notes__ is caught.__notes__, m.__traceback__ is caught.__traceback__)
    print(m.__suppress_context__, caught.__suppress_context__, m.__cause__, r.__context__)

my = MyEG('mine', [ValueError(1), TypeError(2)])
m, r = my.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
print(repr(my.derive([KeyError()])))
d = eg.derive([KeyError(5)])
print(type(d).__name__, repr(d))
print(repr(BaseExceptionGroup('b', [SystemExit(1)]).derive([ValueError()])))
def pred(e):
    raise RuntimeError("in predicate")
try:
    eg.split(pred)
except RuntimeError as e:
    print("RuntimeError:", e)
