# Patterns that backtrack a lot, nest deeply or run over long subjects: the
# matcher keeps its stacks on the heap, so each ends with CPython's result.
import re

print(re.match(r"(a*)*b", "a" * 16))
print(re.match(r"(a*)*b", "a" * 5000 + "b").span())
print(re.match(r"(a|aa)*c", "a" * 18))
print(re.match(r"(?:a+)+b", "a" * 18))
print(re.match(r"(x+x+)+y", "x" * 16))
print(re.match(r"(?:a|b)*c", "ab" * 50000 + "c").end())
print(len(re.findall(r"(?:a|b)*?c", ("ab" * 1000 + "c") * 20)))
print(re.match(r"(a?){12}a{12}", "a" * 12).span())
print(re.match(r"(?>a*)*b", "a" * 50000))
print(re.fullmatch(r"(?:(?:a*)*)*", "a" * 20000).span())
print(re.search(r"(.*)(.*)(.*)x", "y" * 60))

deep = "(" * 300 + "a" + ")" * 300
m = re.match(deep, "a")
print(m.span(), m.lastindex, len(m.groups()), m.group(300))
deep = "(?:" * 80 + "b|a" + ")*" * 80
print(re.match(deep, "ab" * 20).span())
print(re.match(r"((((((((((a))))))))))\10", "aa").span())

s = "x" * 200000
print(re.search("y", s), re.search(r"x$", s).start(), len(re.sub("x", "yy", s)))
print(len(re.split("x", s)), re.fullmatch(r"(?:x|z)+", s).end())
print(re.match(r"(.)*", s).span(1), re.match(r"(.)*?$", s).span(1))
print(re.search(r"(\w+)\s+\1", "the cat the " * 1000 + "the the").span())
