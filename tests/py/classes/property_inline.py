# Property getters that are Python functions run as inline frames of the
# eval loop (LOAD_ATTR's property cache); everything else through a call.
import sys
import traceback


class P:
    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2

    @property
    def refs(self):
        return sys.getrefcount(self)

    @property
    def frames(self):
        f = sys._getframe()
        return f.f_code.co_name, f.f_back.f_code.co_name

    @property
    def bad(self):
        return 1 / self.v

    @property
    def missing(self):
        return self.nope


def use(o):
    return o.double + 1


def spin(o, n):
    t = 0
    for i in range(n):
        t += o.double
    return t


p = P(3)
print(spin(p, 50), use(p))

# the stack and the frame hold self, as CPython's do
def refs_of(o):
    return o.refs


print([refs_of(p) for i in range(20)][-1] - sys.getrefcount(p))

# the getter's frame sits on the caller's
def frames_of(o):
    return o.frames


print(frames_of(p), [frames_of(p) for i in range(20)][-1])

# an exception in the getter: tracebacks show the caller's line, then the getter's
def bad_of(o):
    return o.bad


z = P(0)
for i in range(20):
    try:
        bad_of(z)
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
print([(f.name, f.line) for f in tb])

# AttributeError from inside a getter
for i in range(20):
    try:
        p.missing
    except AttributeError as e:
        msg = str(e)
print(msg)


# a getter with free variables (cells bound for the inline frame)
def make(k):
    class C:
        @property
        def val(self):
            return k + self.base

        def __init__(self):
            self.base = 100

    return C


C = make(5)
c = C()
print(spin.__code__ is not None, [c.val for i in range(20)][-1])

# getters that do not take self alone: called, not inlined
class Q:
    a = property(lambda self, extra=7: extra)
    b = property(len)
    c = property(lambda *args: len(args))

    def __len__(self):
        return 4


q = Q()
print([(q.a, q.b, q.c) for i in range(20)][-1])


# a getter that is a generator function
class G:
    @property
    def g(self):
        yield 1
        yield 2


print([list(G().g) for i in range(20)][-1])


# the property replaced or changed while a loop runs
class R:
    def __init__(self):
        self.n = 0

    @property
    def x(self):
        self.n += 1
        if self.n == 10:
            R.x = property(lambda self: 'lambda')
        return self.n


r = R()
print([r.x for i in range(15)])


class S:
    @property
    def x(self):
        return 'first'


def sx(o):
    return o.x


s = S()
out = []
for i in range(30):
    if i == 10:
        S.x.__init__(lambda self: 'reinit')
    if i == 20:
        S.x = 'plain'
    out.append(sx(s))
print(out[9], out[10], out[20])

# an instance attribute of the same name does not shadow a property
class T:
    @property
    def x(self):
        return 't'


t = T()
t.__dict__['x'] = 'instance'
print([t.x for i in range(20)][-1])


# recursion through properties counts frames as calls do
class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        if self.n == 0:
            return 0
        return Deep(self.n - 1).depth + 1


print(Deep(200).depth)
try:
    Deep(10 ** 6).depth
except RecursionError as e:
    print('RecursionError', e)


# a getter in an expression with the value stack full
class U:
    @property
    def one(self):
        return 1


def tight(u):
    return u.one


def nested(u):
    return [u.one, (u.one, [u.one + u.one * u.one])]


u = U()
print([tight(u) for i in range(20)][-1], [nested(u) for i in range(20)][-1])

# getter returning a non-None value from a subclass property, super() in a getter
class Base:
    @property
    def name(self):
        return 'base'


class Derived(Base):
    @property
    def name(self):
        return 'derived/' + super().name


print([Derived().name for i in range(20)][-1])

# the getter's result replaces the object; the object is freed on time
class Tmp:
    def __del__(self):
        print('del Tmp')

    @property
    def val(self):
        return 'val'


def make_tmp():
    return Tmp()


for i in range(3):
    print(make_tmp().val)
print('end')
