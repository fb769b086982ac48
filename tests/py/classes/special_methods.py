# every special-method family on a user class
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __str__(self):
        return f'<{self.x},{self.y}>'
    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __le__(self, other):
        return (self.x, self.y) <= (other.x, other.y)
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, int):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        if mod is None:
            return Vec(self.x ** k, self.y ** k)
        return Vec(pow(self.x, k, mod), pow(self.y, k, mod))
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v == self.x or v == self.y
    def __lshift__(self, n): return Vec(self.x << n, self.y << n)
    def __rshift__(self, n): return Vec(self.x >> n, self.y >> n)
    def __and__(self, n): return Vec(self.x & n, self.y & n)
    def __or__(self, n): return Vec(self.x | n, self.y | n)
    def __xor__(self, n): return Vec(self.x ^ n, self.y ^ n)

a = Vec(1, 2)
b = Vec(3, 4)
print(a, repr(a), str(b), [a, b])
print(a + b, a + 1, 1 + a, sum([a, b], Vec(0, 0)))
print(a - b, a * 3, 3 * a, a @ b, b / 2, b // 2, b % 2)
print(a ** 2, pow(b, 2, 5), -a, +a, abs(b), ~a)
print(a << 2, b >> 1, b & 1, a | 4, a ^ 3)
print(a == Vec(1, 2), a != Vec(1, 2), a == 5, a != 5, a < b, a <= b, a > b, b >= a)
print(bool(a), bool(Vec(0, 0)), len(a), a[0], a[-1], list(a), 2 in a, 5 in a)
print(hash(a) == hash(Vec(1, 2)), {a: 'x'}[Vec(1, 2)], len({a, Vec(1, 2), b}))
x, y = b
print(x, y, sorted([b, a]), max(a, b), min([b, a]))

# in-place operators
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __isub__(self, v):
        self.items.remove(v)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
acc = Acc()
acc += 1
acc += 2
acc -= 1
acc *= 3
print(acc.items)
v = Vec(1, 1)
v += Vec(2, 2)   # falls back to __add__
print(v)
v *= 2
print(v)

# __call__, __getattr__-less item protocol, __setitem__/__delitem__
class Table:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        del self.d[k]
    def __call__(self, *args, **kw):
        return ('called', args, sorted(kw.items()))
    def __len__(self):
        return len(self.d)
t = Table()
t['a'] = 1
t['b'] = 2
del t['a']
print(t['b'], len(t), bool(t), t(1, 2, z=3))
try:
    t['zz']
except KeyError as e:
    print('KeyError', e)

# iterator protocol
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))

# old-style sequence iteration through __getitem__
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())

# __index__, __int__, __float__
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __float__(self):
        return self.v + 0.5
print([10, 20, 30][Num(1)], 'abcdef'[Num(1):Num(3)], float(Num(2)), int(Num(7)), hex(Num(255)))
class OnlyInt:
    def __int__(self):
        return 42
print(int(OnlyInt()))

# __format__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.cents // 100}'
        return f'${self.cents / 100:.2f}'
m = Money(12345)
print(f'{m}', f'{m:short}', format(m, ''), '{:short}'.format(m))

# __bool__ vs __len__
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty())

# __del__
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
n = Noisy('one')
del n
print('after del')
def scope():
    Noisy('two')
    print('in scope')
scope()

# __contains__ fallback to __iter__
class Bag:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in Bag(), 5 in Bag())
