# big1: a small library-management system mixing classes, generators,
# closures, exceptions, formatting, sorting and text parsing.

import sys
import math


class LibraryError(Exception):
    """Base class for library errors."""


class NotAvailable(LibraryError):
    def __init__(self, title, holder):
        super().__init__(f"{title!r} is held by {holder}")
        self.title = title
        self.holder = holder


class UnknownMember(LibraryError, KeyError):
    pass


class Book:
    _next_id = 1

    def __init__(self, title, author, year, tags=()):
        self.id = Book._next_id
        Book._next_id += 1
        self.title = title
        self.author = author
        self.year = year
        self.tags = frozenset(tags)
        self.holder = None
        self.history = []

    def __repr__(self):
        return f"Book(#{self.id} {self.title!r}, {self.author}, {self.year})"

    def __str__(self):
        return f"{self.title} by {self.author} ({self.year})"

    def __eq__(self, other):
        if not isinstance(other, Book):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __lt__(self, other):
        return (self.author, self.year, self.title) < (other.author, other.year, other.title)

    @property
    def age(self):
        return 2024 - self.year

    @property
    def available(self):
        return self.holder is None


class Member:
    __slots__ = ("name", "limit", "books")

    def __init__(self, name, limit=3):
        self.name = name
        self.limit = limit
        self.books = []

    def __repr__(self):
        return "Member(%r, limit=%d, holding=%d)" % (self.name, self.limit, len(self.books))


class Library:
    def __init__(self, name):
        self.name = name
        self.books = {}
        self.members = {}
        self.log = []
        self._listeners = []

    def on(self, fn):
        self._listeners.append(fn)
        return fn

    def _emit(self, event, **info):
        self.log.append((event, info))
        for fn in self._listeners:
            fn(event, info)

    def add(self, *books):
        for b in books:
            self.books[b.id] = b
        self._emit("add", count=len(books))

    def join(self, name, **opts):
        m = Member(name, **opts)
        self.members[name] = m
        return m

    def member(self, name):
        try:
            return self.members[name]
        except KeyError:
            raise UnknownMember(name) from None

    def lend(self, book_id, name):
        m = self.member(name)
        b = self.books[book_id]
        if not b.available:
            raise NotAvailable(b.title, b.holder)
        if len(m.books) >= m.limit:
            raise LibraryError(f"{name} reached the limit of {m.limit}")
        b.holder = name
        b.history.append(name)
        m.books.append(b)
        self._emit("lend", book=b.id, who=name)

    def give_back(self, book_id):
        b = self.books[book_id]
        if b.available:
            return False
        m = self.members[b.holder]
        m.books.remove(b)
        b.holder = None
        self._emit("return", book=b.id)
        return True

    def search(self, *, author=None, tag=None, before=None):
        for b in sorted(self.books.values()):
            if author and author.lower() not in b.author.lower():
                continue
            if tag and tag not in b.tags:
                continue
            if before is not None and b.year >= before:
                continue
            yield b

    def stats(self):
        by_author = {}
        for b in self.books.values():
            by_author.setdefault(b.author, []).append(b)
        return {a: (len(bs), min(b.year for b in bs), max(b.year for b in bs))
                for a, bs in sorted(by_author.items())}


CATALOG = """
# title | author | year | tags
Dune | Frank Herbert | 1965 | scifi, classic
Neuromancer | William Gibson | 1984 | scifi, cyberpunk
The Hobbit | J. R. R. Tolkien | 1937 | fantasy, classic
The Silmarillion | J. R. R. Tolkien | 1977 | fantasy
Snow Crash | Neal Stephenson | 1992 | scifi, cyberpunk, satire
Anathem | Neal Stephenson | 2008 | scifi
Count Zero | William Gibson | 1986 | scifi, cyberpunk
  Emma   |Jane Austen|1815|classic, romance
"""


def parse_catalog(text):
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 4:
            raise ValueError(f"line {lineno}: expected 4 fields, got {len(parts)}")
        title, author, year, tags = parts
        yield Book(title, author, int(year), (t.strip() for t in tags.split(",") if t.strip()))


lib = Library("City")
events = []


@lib.on
def record(event, info):
    events.append(event)


lib.add(*parse_catalog(CATALOG))
print(f"{lib.name} has {len(lib.books)} books")
for b in lib.books.values():
    print(f"  {b.id:>2} {b.title:<18.18} {b.author:>16} {b.year:5d} age={b.age:<4} {','.join(sorted(b.tags))}")

alice = lib.join("alice")
bob = lib.join("bob", limit=1)
print(alice, bob)

attempts = [(1, "alice"), (2, "alice"), (1, "bob"), (3, "bob"), (4, "bob"), (5, "carol"), (99, "alice")]
for book_id, who in attempts:
    try:
        lib.lend(book_id, who)
    except NotAvailable as e:
        print("not available:", e, "| holder:", e.holder)
    except UnknownMember as e:
        print("unknown member:", e, isinstance(e, KeyError), isinstance(e, LibraryError))
    except LibraryError as e:
        print("library error:", e)
    except KeyError as e:
        print("no such book:", e)
    else:
        print(f"lent #{book_id} to {who}")

print(alice, bob)
print("returned:", lib.give_back(1), lib.give_back(1))
print("events:", events)
print("log kinds:", {k: sum(1 for e, _ in lib.log if e == k) for k in ("add", "lend", "return")})

print("cyberpunk:", [b.title for b in lib.search(tag="cyberpunk")])
print("gibson before 1985:", list(lib.search(author="gibson", before=1985)))
print("classic:", [str(b) for b in lib.search(tag="classic")])

for author, (n, first, last) in lib.stats().items():
    span = last - first
    print(f"{author:.<20}{n:>2} book{'s' if n != 1 else ' '} {first}-{last} span {span:>3}")

# decade histogram with a closure-based counter
def make_histogram():
    buckets = {}

    def add(value, width=10):
        key = value // width * width
        buckets[key] = buckets.get(key, 0) + 1
        return key

    def render():
        lines = []
        for key in sorted(buckets):
            lines.append(f"{key}s | {'#' * buckets[key]} ({buckets[key]})")
        return "\n".join(lines)

    add.render = render
    return add


hist = make_histogram()
for b in lib.books.values():
    hist(b.year)
print(hist.render())

# generators: windowed averages over years
def windows(seq, n):
    seq = list(seq)
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]


years = sorted(b.year for b in lib.books.values())
for w in windows(years, 3):
    avg = sum(w) / len(w)
    print(f"window {w} avg={avg:.2f} std={math.sqrt(sum((y - avg) ** 2 for y in w) / len(w)):.3f}")

# word statistics over titles
words = {}
for b in lib.books.values():
    for w in b.title.lower().split():
        words[w] = words.get(w, 0) + 1
common = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("common title words:", common)

# a tiny expression evaluator (recursive descent) used for queries
class Tokenizer:
    def __init__(self, text):
        self.toks = []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                self.toks.append(("num", int(text[i:j])))
                i = j
            elif ch.isalpha():
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                self.toks.append(("name", text[i:j]))
                i = j
            elif text.startswith(("<=", ">=", "==", "!="), i):
                self.toks.append(("op", text[i:i + 2]))
                i += 2
            elif ch in "<>()":
                self.toks.append(("op", ch))
                i += 1
            else:
                raise SyntaxError(f"bad character {ch!r} at {i}")
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok


OPS = {"<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b,
       ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b}


def compile_query(text):
    tz = Tokenizer(text)

    def parse_or():
        left = parse_and()
        while tz.peek() == ("name", "or"):
            tz.take()
            right = parse_and()
            left = (lambda l, r: lambda b: l(b) or r(b))(left, right)
        return left

    def parse_and():
        left = parse_cmp()
        while tz.peek() == ("name", "and"):
            tz.take()
            right = parse_cmp()
            left = (lambda l, r: lambda b: l(b) and r(b))(left, right)
        return left

    def parse_cmp():
        kind, val = tz.take()
        if (kind, val) == ("op", "("):
            inner = parse_or()
            if tz.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return inner
        if kind != "name":
            raise SyntaxError(f"expected field, got {val!r}")
        field = val
        okind, op = tz.take()
        if okind != "op" or op not in OPS:
            raise SyntaxError(f"expected operator after {field}")
        nkind, num = tz.take()
        if nkind != "num":
            raise SyntaxError("expected number")
        fn = OPS[op]
        return lambda b: fn(getattr(b, field), num)

    pred = parse_or()
    if tz.peek() != (None, None):
        raise SyntaxError(f"trailing input at token {tz.pos}")
    return pred


for q in ["year < 1950", "year >= 1980 and year < 1990", "(year < 1940 or year > 2000) and id != 3",
          "age > 40 and age < 60", "year <", "year ~ 3", "year > 1 1"]:
    try:
        pred = compile_query(q)
    except SyntaxError as e:
        print(f"{q!r}: syntax error: {e}")
        continue
    hits = [b.id for b in lib.books.values() if pred(b)]
    print(f"{q!r}: {hits}")

# numbers: big ints and formatting in a report
isbn_base = 978_0_00_000000
checks = []
for b in sorted(lib.books.values(), key=lambda b: b.id):
    n = isbn_base + b.id * 7919
    digits = [int(c) for c in str(n)]
    s = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    checks.append((b.id, n, (10 - s % 10) % 10))
print("isbn checks:", checks[:3], "...", checks[-1])
total = 1
for b in lib.books.values():
    total *= b.year
print("product of years:", total, "bits:", total.bit_length(), "hex:", hex(total)[:12] + "...")
print("mean year: %.3f, median: %s" % (sum(years) / len(years), (years[len(years) // 2 - 1] + years[len(years) // 2]) / 2))

try:
    lib.member("zed")
except LibraryError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

print(repr(lib.books[1]), lib.books[1] == lib.books[1], lib.books[1] != lib.books[2], lib.books[1] == "Dune")
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.maxsize).__name__)
