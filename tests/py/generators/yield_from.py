# yield from: delegation of send/throw/close, return values
def inner():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("inner caught", e)
            x = 100
        if x is None:
            return total
        total += x

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield "after"

g = outer()
print(next(g))
print(g.send(1), g.send(2))
print(g.throw(ValueError("boom")))
print(g.send(None))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner cleanup")

def deleg():
    try:
        yield from closer()
    finally:
        print("outer cleanup")
g = deleg()
print(next(g))
g.close()
print("closed")

def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]]])))

def throw_through():
    try:
        yield from closer()
    except KeyError as e:
        yield "outer got " + repr(e)
g = throw_through()
next(g)
print(g.throw(KeyError("k")))

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
def from_iter():
    yield from It()
print(list(from_iter()))

def accumulate():
    tally = 0
    while True:
        nxt = yield
        if nxt is None:
            return tally
        tally += nxt
def gather(tallies):
    while True:
        tally = yield from accumulate()
        tallies.append(tally)
tallies = []
acc = gather(tallies)
next(acc)
for i in range(4):
    acc.send(i)
acc.send(None)
for i in range(5):
    acc.send(i)
acc.send(None)
print(tallies)
