# Corner cases of re that CPython 3.11 answers in particular ways.
import re
print(repr(re.sub('a', 'b', 'aa', -1)), re.subn('a', 'b', 'aa', -1), re.split('a', 'bab', -1))
m = re.match('(a)', 'a')
for g in (1.0, True, -1, 2, "x"):
    try: print(m.group(g))
    except IndexError as e: print("IndexError", e)
print(re.compile('a', re.A), re.compile(b'a', re.L), re.compile('a', re.U), re.compile('(?u)a'))
print(re.compile("(?<=b)a").search("ba", 1), re.compile("a").search("a", -5).pos, re.compile("a").search("a", 0, 99).endpos)
print(re.match("(?x) a \\  b [ ]", "a b "), re.match("(?x)a#c\n b", "ab"))
print(re.sub('(?P<x>a)', lambda m: None, 'bab'))
print(re.findall(r'\d', '١٢'), re.findall(rb'\d', b'12'), re.findall(r'(?a)\d', '١2'))
print(re.match(r'[\s\S]+', 'a\nb'), re.match(r'(?s:.)+', 'a\nb'), re.match(r'(?-s:.)+', 'a\nb', re.S))
print(re.compile(r'(?i)[k]').match('\u212a'), re.compile(r'(?i)[^k]').match('K'))
print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'(?:a|ab)(?:c|bcd)', 'abcd'))
print(re.match("a+", "a" * 100), re.compile("b" * 250), re.search(b"x+", b"x" * 80))
print(re.search("é+", "é" * 60))
