# Instances, recursion and references through the memo, __reduce__,
# __getstate__/__setstate__, copyreg, slots, errors.
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = "not pickled"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.v = state["v"]
        self.cache = "rebuilt"


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


class MyList(list):
    pass


class MyDict(dict):
    pass


class Outer:
    class Inner:
        pass


class Vec:
    def __init__(self, *xs):
        self.xs = xs


def reduce_vec(v):
    return (Vec, v.xs)


copyreg.pickle(Vec, reduce_vec)


def top_level():
    return 42


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    p = Point(1, "two")
    data = pickle.dumps(p, proto)
    print(" point", data)
    print(" ", pickle.loads(data))
    pts = [p, p, Point(3, 4)]
    data = pickle.dumps(pts, proto)
    print(" shared", data)
    back = pickle.loads(data)
    print(" ", back, back[0] is back[1])

    rec = [1]
    rec.append(rec)
    data = pickle.dumps(rec, proto)
    back = pickle.loads(data)
    print(" recursive list", data, back[1] is back)
    d = {}
    d["self"] = d
    back = pickle.loads(pickle.dumps(d, proto))
    print(" recursive dict", back["self"] is back)
    t = ([],)
    t[0].append(t)
    data = pickle.dumps(t, proto)
    back = pickle.loads(data)
    print(" recursive tuple", data, back[0][0] is back)

    s = Slotted(5)
    data = pickle.dumps(s, proto) if proto >= 2 else b"(needs protocol 2)"
    print(" slots", data)
    if proto >= 2:
        back = pickle.loads(data)
        print(" ", back.a, hasattr(back, "b"))

    w = pickle.loads(pickle.dumps(WithState(7), proto))
    print(" state", w.v, w.cache)
    data = pickle.dumps(Reduced(1, [2]), proto)
    r = pickle.loads(data)
    print(" reduce", data, r.a, r.b)
    ml = MyList([1, 2])
    ml.tag = "t"
    back = pickle.loads(pickle.dumps(ml, proto))
    print(" list subclass", type(back).__name__, back, back.tag)
    md = MyDict(a=1)
    data = pickle.dumps(md, proto)
    back = pickle.loads(data)
    print(" dict subclass", data, type(back).__name__, back)
    data = pickle.dumps([Outer.Inner, top_level, Point], proto)
    back = pickle.loads(data)
    print(" globals", data, back[0] is Outer.Inner, back[1]())
    v = pickle.loads(pickle.dumps(Vec(1, 2), proto))
    print(" copyreg", pickle.dumps(Vec(1, 2), proto), v.xs)
    try:
        pickle.dumps(lambda: 0, proto)
    except pickle.PicklingError as e:
        print(" lambda:", str(e).split(" at ")[0])

# Pickler and Unpickler objects: two dumps share the memo
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
x = [1, 2, 3]
pk.dump(x)
pk.dump(x)
print(f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
a = up.load()
b = up.load()
print(a, a is b)

for bad in (b"", b"\x80\x04K", b"z", b"\x80\x09.", b"\x80\x02h\x05."):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in (lambda: pickle.dumps(1, 6), lambda: pickle.dumps((i for i in ())),
             lambda: pickle.loads("str")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)


def local_scope():
    def inner():
        pass
    return inner


try:
    pickle.dumps(local_scope())
except AttributeError as e:
    print("AttributeError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.loads(b"(lp0\nI1\naI2\na."), pickle.loads(b"\x80\x02c__builtin__\nset\nq\x00]q\x01K\x01a\x85q\x02Rq\x03."))
# bytearray's own reduction (copy and pickle below protocol 5 use it)
for proto in (0, 2, 3, 5):
    print(bytearray(b"ab").__reduce_ex__(proto), bytearray().__reduce_ex__(proto))
print(bytearray(b"\xff").__reduce__())
