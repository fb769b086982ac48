# try/except/else/finally and with ordering
def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError(x)
        if x == 2:
            return "returned"
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else")
    finally:
        print("finally", x)
    return "end"

for i in range(3):
    print(f(i))

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(swallow())

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)

with CM("s", True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("outer"):
        with CM("inner"):
            raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

def with_return():
    with CM("r"):
        return "value"
print(with_return())

for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

try:
    with 42:
        pass
except TypeError as e:
    print(e)

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)

def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    continue
                if i == 2:
                    return out
                out.append((i, j))
            finally:
                out.append("f")
    return out
print(nested_loops())

try:
    try:
        raise ValueError("v")
    except TypeError:
        print("wrong")
    except (KeyError, ValueError) as e:
        print("tuple match", e)
    else:
        print("no")
finally:
    print("outer finally")

try:
    e = 1
    try:
        raise ValueError
    except ValueError as e:
        pass
    print(e)
except NameError as x:
    print("NameError", x)

count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("loop finally", count)
assert count == 3
try:
    assert count == 4, "count is %d" % count
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("bare", repr(e))
