# The re module's functions, Pattern and Match objects, flags and the cache.
import re

# sub / subn with templates and callables
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k> (\g<0>)", "a=1 b=2"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"a", lambda m: m.group().upper() * 2, "banana"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) + 1), "a1 b22 c333", count=2))
print(re.subn(r"o", "0", "foo boo"), re.subn("z", "y", "abc"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub("a", r"\n\t\\", "xa"), re.sub("", "-", "abc"))
print(re.sub(r"(\d)", r"\g<1>0", "a5"), re.sub("(b)", r"\101\0", "abc"))
print(re.sub("^", ">", "a\nb", flags=re.M), re.sub("$", "<", "a\nb\n"))
# split
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"x*", "axbc"), re.split(r"(?:a|(b))", "1a2b3"))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE), re.split("x", ""), re.split("", "ab"))
# findall / finditer
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"(\w)=?(\d)?", "a1 b c3"))
print([m.span() for m in re.finditer(r"\d+", "1 22 333")])
print([m.group() for m in re.finditer(r"\b\w", "the cat sat")])
it = re.finditer("a", "aa")
print(next(it).start(), next(it).start(), list(it))
print(re.findall("", "ab"), re.findall(r"\b", "a b"))
# Pattern methods with pos and endpos
p = re.compile(r"\d+")
print(p.match("ab12cd34", 2), p.match("ab12cd34", 2, 3), p.search("ab12cd34", 4))
print(p.fullmatch("ab12cd", 2, 4), p.findall("1 2 3 4", 2, 5), p.search("abc", 10))
print(re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))
print(p.pattern, p.flags, p.groups, p.groupindex == {}, repr(p))
q = re.compile(r"(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?", re.X | re.I)
print(q.groups, sorted(q.groupindex.items()), q.flags, q)
print(q.groupindex["mon"], re.compile("(?i)x").flags, re.compile("x", re.A).flags)
# Match
m = q.search("on 2024-03 ok")
print(m, m.re is q, m.string, m.pos, m.endpos)
print(m.group(), m.group(0), m.group(1, "mon"), m["year"], m[2], m.groups(), m.groups("-"))
print(m.groupdict(), m.groupdict(0), m.start(), m.end(), m.span(), m.span("day"))
print(m.start(3), m.end("day"), m.lastindex, m.lastgroup, m.regs)
print(m.expand(r"\g<mon>/\g<year> \1"), bool(m))
for bad in (4, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.lastindex, m.span(2), m.start(2), m.group(2))
m = re.match(r"((a)|b)+", "ab")
print(m.groups(), m.lastindex)
m = re.match(r"(?P<x>a)(?P<y>b)", "ab")
print(m.lastgroup, re.match("(a)(?P<y>b)|c", "c").lastgroup)
print(re.match("a" * 30, "a" * 40))
# escape
print(re.escape("a.b*c?d+(e)[f]{g}|h^$\\ -#&~\t"), re.escape("naïve_ü1"))
print(re.escape(b"a.b c"), re.escape(""))
# flags and their reprs
print(re.I, re.M | re.I, re.S | re.X, repr(re.A), int(re.U), re.IGNORECASE == 2)
print(re.compile("a", re.I | re.S | re.X), re.compile("a", re.M), re.compile("(?s)a"))
print(re.compile(b"a", re.I), re.compile("a" * 300).__repr__()[-20:])
print(isinstance(re.I, int), re.I | 8, type(re.I | re.M).__name__)
# cache and purge
a = re.compile("xyz+")
print(re.compile("xyz+") is a, re.compile(a) is a)
re.purge()
print(re.compile("xyz+") is a, re.compile("xyz+") == a, re.compile("xyz+", re.I) == a)
try:
    re.compile(a, re.I)
except ValueError as e:
    print("ValueError:", e)
print(type(a).__name__, type(m).__name__, re.Pattern, re.Match)
# bytes patterns
print(re.findall(rb"\w+", b"ab c\xe9d"), re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
print(re.match(rb"(?i)ABC", b"abc"), re.split(rb",", b"a,b"), re.compile(rb"\d").flags)
print(re.search(rb"\s", b"a\x85b"), re.search(r"\s", "a\x85b"))
for bad in [(r"\d", b"1"), (rb"\d", "1"), ("x", 5)]:
    try:
        re.search(*bad)
    except TypeError as e:
        print("TypeError:", e)
for args in [(re.sub, "a", 5, "a"), (re.sub, b"a", "x", b"a"), (re.compile, 5)]:
    try:
        args[0](*args[1:])
    except TypeError as e:
        print("TypeError:", e)
# finditer checks its argument at once; the TEMPLATE flag forbids repeats
try:
    re.finditer("a", 5)
except TypeError as e:
    print("TypeError:", e)
print(list(re.finditer("a", "aba", 1)), re.findall("a|b", "abc", re.T))
try:
    re.compile("a*", re.T)
except re.error as e:
    print("re.error:", e)
it = re.compile(r"\d").finditer("a1b2c3", 2, 5)
print([(m.group(), m.pos, m.endpos) for m in it], list(it))
print(re.sub("a", "b", "aaaa", 2), re.split("a", "babab", 1), re.subn("", "-", "ab", 2))
