# A larger program: shapes, a bank with accounts and an inventory, using
# inheritance, properties, class/static methods, operators, __slots__,
# descriptors, __init_subclass__ registries and a small metaclass.
import math

# ---------------------------------------------------------------- shapes
class Shape:
    registry = {}
    sides = 0

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls

    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash((type(self).__name__,) + self.key())

    def key(self):
        return ()

    def __repr__(self):
        args = ', '.join(f'{v!r}' for v in self.key())
        return f'{type(self).__name__}({args})'

    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    def key(self):
        return (self.r,)

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def key(self):
        return (self.w, self.h)
    def __mul__(self, k):
        return type(self)(*(v * k for v in self.key()))
    __rmul__ = __mul__

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def key(self):
        return (self.w,)

class Triangle(Shape):
    sides = 3
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f'invalid triangle {a}, {b}, {c}')
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
    def key(self):
        return (self.a, self.b, self.c)

shapes = [Shape.create('circle', 1), Shape.create('rect', 2, 3), Square(2),
          Triangle(3, 4, 5), 2 * Square(1), Rect(1, 1) * 3]
print(sorted(Shape.registry))
for s in sorted(shapes):
    print(f'{s!r:22} area={s.area():8.3f} perimeter={s.perimeter():7.3f} sides={s.sides}')
print(Square(2) == Square(2), Square(2) == Rect(2, 2), len({Square(2), Square(2), Rect(2, 2)}))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
try:
    Triangle(1, 1, 5)
except ValueError as e:
    print('ValueError:', e)
class Blob(Shape):
    pass
try:
    Blob().area()
except NotImplementedError as e:
    print('NotImplementedError:', e)

# ---------------------------------------------------------------- money
class Money:
    __slots__ = ('cents',)

    def __init__(self, amount=0):
        if isinstance(amount, Money):
            self.cents = amount.cents
        elif isinstance(amount, int):
            self.cents = amount * 100
        else:
            self.cents = round(amount * 100)

    @classmethod
    def from_cents(cls, c):
        m = cls()
        m.cents = c
        return m

    def __add__(self, other):
        if isinstance(other, Money):
            return Money.from_cents(self.cents + other.cents)
        if isinstance(other, int):
            return Money.from_cents(self.cents + other * 100)
        return NotImplemented
    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return Money.from_cents(self.cents - other.cents)

    def __neg__(self):
        return Money.from_cents(-self.cents)

    def __mul__(self, k):
        return Money.from_cents(round(self.cents * k))

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f'Money({self.cents / 100:.2f})'

    def __str__(self):
        sign = '-' if self.cents < 0 else ''
        return f'{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}'

    def __format__(self, spec):
        return format(str(self), spec)

print(Money(5) + Money(2.5), sum([Money(1), Money(2)]), Money(10) - Money(0.01), -Money(3))
print(repr(Money(1.5) * 3), bool(Money()), Money(2) == Money(2.0), Money(1) < Money(2))
print(f'[{Money(7):>10}]', f'[{Money(7):<10}]')

# ---------------------------------------------------------------- bank
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner}: cannot withdraw {amount}, balance {account.balance}')
        self.account = account
        self.amount = amount

class Positive:
    """A data descriptor validating positive Money amounts."""
    def __set_name__(self, owner, name):
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        value = Money(value)
        if value.cents < 0:
            raise ValueError(f'{self.private[1:]} must not be negative')
        setattr(obj, self.private, value)

class Account:
    _next_id = 1
    interest = 0.0
    limit = Positive()

    def __init__(self, owner, balance=0, limit=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = Money(balance)
        self.limit = limit
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        amount = Money(amount)
        if amount <= Money(0):
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self

    def withdraw(self, amount):
        amount = Money(amount)
        if self._balance - amount < -self.limit:
            raise InsufficientFunds(self, amount)
        self._balance = self._balance - amount
        self.history.append(('withdraw', amount))
        return self

    def month_end(self):
        gained = self._balance * self.interest
        if gained:
            self._balance += gained
            self.history.append(('interest', gained))

    def __repr__(self):
        return f'<{type(self).__name__} #{self.id} {self.owner} {self.balance}>'

class Savings(Account):
    interest = 0.02
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == 'withdraw']) >= 2:
            raise PermissionError('savings: at most two withdrawals')
        return super().withdraw(amount)

class Checking(Account):
    fee = Money(0.5)
    def withdraw(self, amount):
        super().withdraw(Money(amount) + self.fee)
        return self

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, kind, owner, *args, **kw):
        acct = kind(owner, *args, **kw)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except (InsufficientFunds, PermissionError) as e:
            return f'failed: {e}'
        dst.deposit(amount)
        return 'ok'

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: a.id))

    def __getitem__(self, id):
        return self.accounts[id]

    def __contains__(self, acct):
        return acct.id in self.accounts

    @property
    def total(self):
        return sum((a.balance for a in self), Money())

bank = Bank('PyBank')
alice = bank.open(Savings, 'alice', 100)
bob = bank.open(Checking, 'bob', 20, limit=10)
carol = bank.open(Account, 'carol')
print(len(bank), bank.total, alice in bank, bank[2])
print(bank.transfer(alice, bob, 30))
print(bank.transfer(bob, carol, 55))
print(bank.transfer(bob, carol, 5))
print(bank.transfer(alice, carol, 1))
print(bank.transfer(alice, carol, 1))
for acct in bank:
    acct.month_end()
    print(acct, [f'{k}:{v}' for k, v in acct.history])
print('total', bank.total)
try:
    carol.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
try:
    carol.limit = -1
except ValueError as e:
    print('ValueError:', e)
try:
    carol.balance = 5
except AttributeError as e:
    print('AttributeError:', e)
print(type(Account.__dict__['limit']).__name__, Account.limit.private)

# ---------------------------------------------------------------- inventory
class Meta(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.items() if isinstance(v, type)]
        ns['_fields'] = tuple(fields)
        return super().__new__(mcls, name, bases, ns)

    def __repr__(cls):
        return f'<record {cls.__name__} {cls._fields}>'

class Record(metaclass=Meta):
    def __init__(self, *values):
        if len(values) != len(self._fields):
            raise TypeError(f'{type(self).__name__} expects {len(self._fields)} values')
        for name, value in zip(self._fields, values):
            kind = type(self).__dict__[name]
            if not isinstance(value, kind):
                raise TypeError(f'{name} must be {kind.__name__}, not {type(value).__name__}')
            setattr(self, name, value)

    def __iter__(self):
        for f in self._fields:
            yield getattr(self, f)

    def __repr__(self):
        return f'{type(self).__name__}({", ".join(repr(v) for v in self)})'

class Item(Record):
    sku = str
    qty = int
    price = float

print(Item, Item._fields)
stock = [Item('apple', 10, 0.5), Item('pear', 0, 0.75), Item('fig', 4, 2.0)]
print(stock)
try:
    Item('x', 'many', 1.0)
except TypeError as e:
    print('TypeError:', e)
try:
    Item('x')
except TypeError as e:
    print('TypeError:', e)

class Inventory:
    def __init__(self, items):
        self._items = {i.sku: i for i in items}

    def __getattr__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise AttributeError(f'no item {sku!r}') from None

    def __len__(self):
        return sum(1 for i in self._items.values() if i.qty)

    def value(self):
        return sum(i.qty * i.price for i in self._items.values())

    def restock(self, sku, n):
        getattr(self, sku).qty += n
        return self

inv = Inventory(stock)
print(len(inv), inv.apple.qty, inv.value())
inv.restock('pear', 8).restock('fig', 1)
print(len(inv), inv.pear, round(inv.value(), 2))
try:
    inv.kiwi
except AttributeError as e:
    print('AttributeError:', e)
print(bool(Inventory([])), list(Item('a', 1, 1.0)))
