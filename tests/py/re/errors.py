# re.error messages and positions for malformed patterns and templates, as CPython's.
import re

BAD = [
    "(", "(a", "a)", "())", "(?", "(?P", "(?P<", "(?P<a", "(?P<>a)", "(?P<a-b>x)",
    "(?P<a>x)(?P<a>y)", "(?P=", "(?P=a)", "(?P<a>(?P=a))", "(?Px)", "(?<x)", "(?<",
    "(?#abc", "(?z)", "(?i", "(?i-)", "(?-", "(?-i", "(?i-i:a)", "(?iL)", "(?au)",
    "(?-a:x)", "a(?i)", "(?x)(?i)a|(?s)b", "(?t:x)",
    "*", "+a", "?", "{1}", "a**", "a*+*", "a??+", "^*", "$+", "\\b*", "a{2,1}",
    "x{4294967296}",
    "[", "[a", "[^", "[a-", "[z-a]", "[\\d-z]", "[a-\\w]", "[]", "[^]",
    "\\", "a\\", "\\q", "\\1", "(a)\\2", "(a\\1)", "\\x", "\\x1", "\\xZ", "\\u12", "\\U1234",
    "\\U00110000", "\\777", "[\\777]", "[\\q]", "[\\1]", "\\N",
    "(?(1)a|b)", "(?(a)x)", "(?(1a)x)", "(?(0)x)", "(a)(?(1)x|y|z)", "(?(1", "(?(-1)x)",
    "(?<=a*)b", "(?<=a|bc)d", "(?<!x+)y", "(?<=(a)\\1)b", "(a)(?<=\\1)",
    "line1\nline2(", "ab\ncd\n[",
    b"(", b"\\u1234", b"(?u)x", b"[\\d-z]", b"\\\xe9",
]
for pat in BAD:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError) as e:
        print(repr(pat), "->", type(e).__name__, e)

for pat, flags in [("a", re.L), ("(?a)a", re.U), (b"a", re.U), (b"a", re.A | re.L)]:
    try:
        re.compile(pat, flags)
    except ValueError as e:
        print("ValueError:", e)

# bad templates
for repl in ["\\", "\\g", "\\g<", "\\g<a", "\\g<>", "\\g<1a>", "\\g<9>", "\\3", "\\q",
             "\\g<-1>", "\\400", "\\g<name>"]:
    try:
        re.sub("(a)(b)", repl, "ab")
        print(repr(repl), "ok")
    except re.error as e:
        print(repr(repl), "->", e)
    except IndexError as e:
        print(repr(repl), "-> IndexError", e)

e = re.error("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno, str(re.error("plain")), re.error("x").pos)
print(isinstance(e, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile("a(b")
except Exception as e:
    print(type(e).__name__, e.args)
