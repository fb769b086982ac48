import sys
def show(e, indent=0):
    print(" " * indent + repr(e))
eg = ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('in', [ValueError(3), KeyError(4)])])
try:
    raise eg
except* ValueError as e:
    print("V", repr(e), sys.exc_info()[1] is e)
except* TypeError as e:
    print("T", repr(e))
except* KeyError:
    print("K")
print("after")
try:
    try:
        raise eg
    except* ValueError:
        print("handled V")
except ExceptionGroup as rest:
    print("rest", repr(rest), rest is eg, rest.__traceback__ is eg.__traceback__)
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", repr(e), e.exceptions[0].__traceback__ is e.__traceback__, e.__traceback__)
try:
    try:
        raise ValueError("x")
    except* TypeError:
        print("no")
except ValueError as e:
    print("naked passthrough", repr(e))
try:
    try:
        raise eg
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise
except BaseExceptionGroup as g:
    print("combined", repr(g))
    print([repr(x.__context__) for x in g.exceptions])
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError(2)
except KeyError as e:
    print("single raised", repr(e), repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
def f():
    try:
        raise eg
    except* ValueError:
        pass
    except* (TypeError, KeyError) as e:
        print("tuple", repr(e))
    else:
        print("else?")
    finally:
        print("finally")
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ran")
f()
for i in range(2):
    try:
        raise ValueError(i)
    except* ValueError:
        for j in range(3):
            if j == 1:
                break
        print("loop ok", i)
