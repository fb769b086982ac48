# async for / async with: the protocols and CPython's TypeErrors

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def uses():
    async with CM("a") as x, CM("b") as y:
        print("body", x, y)
    async with CM("c", True):
        raise KeyError("suppressed")
    try:
        async with CM("d"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with CM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    return "ok"

async def returns_from_with():
    async with CM("r"):
        return "returned"

print(run(uses()))
print(run(returns_from_with()))

async def bad_for(obj):
    async for x in obj:
        pass

async def bad_with(obj):
    async with obj:
        pass

class NoAexit:
    async def __aenter__(self):
        return self

class SyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): pass

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class BadExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

class AiterInt:
    def __aiter__(self):
        return 1

class AnextInt:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

for coro in [bad_for([1, 2]), bad_for(AiterInt()), bad_for(AnextInt()), bad_with(SyncCM()),
             bad_with(NoAexit()), bad_with(BadEnter()), bad_with(BadExit()), bad_with(5)]:
    try:
        run(coro)
    except TypeError as e:
        print("TypeError:", e)
