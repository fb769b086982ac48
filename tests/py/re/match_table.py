# A table of (pattern, subject) cases: for each, the result of search,
# match and fullmatch with spans, groups and lastindex, as CPython prints.
import re

CASES = [
    # literals, dot, anchors
    ("abc", "xabcx"), ("a.c", "abc a\nc"), ("^abc", "abc"), ("^abc", "xabc"),
    ("abc$", "abc\n"), ("abc\\Z", "abc\n"), ("\\Aab", "ab"), ("$", "ab\n"),
    ("^$", ""), ("x*", ""), ("", "abc"),
    # greedy, lazy, possessive
    ("a*", "aaab"), ("a*?", "aaab"), ("a+?b", "aaab"), ("a{2}", "aaaa"),
    ("a{2,}", "aaaa"), ("a{,2}", "aaaa"), ("a{1,3}?", "aaaa"), ("a{3,5}", "aa"),
    ("(ab)*", "ababx"), ("(ab)*?x", "ababx"), ("(a|b)*c", "abbac"),
    ("(a|ab)(c|bcd)(d*)", "abcd"), ("(a+)+b", "aaab"), ("(a*)*b", "aab"),
    ("(a*)+b", "b"), ("(a?)*?b", "ab"), ("(?:a|)*b", "aab"), ("((a)|b)+", "ab"),
    ("(a|b)*?c", "abc"), ("(x{2,3}){2}", "xxxxxxx"), ("(x{2,3}?){2}", "xxxxxxx"),
    ("a++b", "aaab"), ("a++a", "aaa"), ("(?:ab)++a", "ababa"), ("a?+a", "a"),
    ("a{1,2}+a", "aaa"), ("(?>a|ab)c", "abc"), ("(?>ab|a)c", "abc"),
    ("(?:x{2}){3}", "xxxxxxx"),
    ("a{,}", "aaa"), ("a{", "a{"), ("a{1", "a{1"), ("a{1,x}", "a{1,x}"), ("{", "{"),
    # groups, names, backreferences
    ("(a)(b)(c)", "abc"), ("(a)(?:b)(c)", "abc"), ("((a)(b))", "ab"),
    ("(?P<first>\\w+) (?P<last>\\w+)", "Jane Doe"), ("(a)|(b)", "b"),
    ("(\\w)\\1", "hello"), ("(?P<q>['\"]).*?(?P=q)", "say 'hi' now"),
    ("(a)?b\\1", "b"), ("(a*)b\\1", "aabaa"), ("(?i)(a)\\1", "aA"),
    ("(a)(?(1)b|c)", "ab"), ("(a)?(?(1)b|c)", "c"), ("(?P<n>x)?(?(n)y|z)", "xy"),
    ("(?:(a)|b)*", "ab"), ("(?:(a)|(b))*", "ab"), ("(a)|b", "b"),
    # character classes
    ("[abc]+", "xxcabz"), ("[^abc]+", "abxyzc"), ("[a-f0-9]+", "zdeadbeef99z"),
    ("[]a]+", "]a]b"), ("[^]a]", "]ab"), ("[a-]+", "a-a-b"), ("[\\d\\s]+", "x1 2 3y"),
    ("[\\w.-]+@[\\w.-]+", "mail bob.s@ex-ample.com now"), ("[\\]]", "]"),
    ("[\\x41-\\x43]+", "ABCD"), ("[\\-a]", "-"), ("\\d+", "abc ١٢٣ 456"),
    ("\\w+", "héllo_wörld!"), ("\\s+", "a \t\n\u2003b"), ("\\S+", "  ab  "),
    ("\\W+", "ab, cd"), ("\\D+", "12ab34"), ("[^\\W\\d]+", "ab12cd"),
    # word boundaries
    ("\\bfoo\\b", "a foo b"), ("\\bfoo\\b", "afoo"), ("\\Boo\\B", "foob"), ("\\b", ""),
    ("\\bé", "x é"), ("(?a)\\bé", "xé"),
    # lookaround
    ("foo(?=bar)", "foobaz foobar"), ("foo(?!bar)", "foobar foobaz"),
    ("(?<=ab)c", "abc"), ("(?<!ab)c", "abc xc"), ("(?<=(a))b", "ab"),
    ("(?=(a+))a*b\\1", "baaabac"), ("(?<=\\d{3})x", "12x 123x"), ("(?!)", "a"),
    ("(?=a)*a", "a"), ("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abc123"),
    ("(?<=a|b)c", "bc"), ("(?<![a-z])\\d", "a1 2"),
    # flags
    ("(?i)hello", "HeLLo"), ("(?i)[a-z]+", "ABCdef"), ("(?i)[^a]", "A"),
    ("(?m)^b$", "a\nb\nc"), ("(?s)a.b", "a\nb"), ("(?x) a b # c\n c", "abc"),
    ("(?i:a)b", "Ab"), ("(?i:a)b", "AB"), ("a(?-i:b)", "ab"), ("(?i)straße", "STRASSE"),
    ("(?i)é", "É"), ("(?ai)é", "É"), ("(?a)\\w+", "héllo"), ("(?u)\\w+", "héllo"),
    ("(?i)ſ", "S"),
    # alternation
    ("a|b|c", "xcba"), ("ab|a", "ab"), ("a|ab", "ab"), ("(|a)b", "ab"), ("|", "x"),
    ("cat|category", "category"), ("(?:cat|category)$", "category"),
    # escapes
    ("\\x41\\u0042\\U00000043", "ABC"), ("\\101\\0", "A\0"), ("\\n\\t", "\n\t"),
    ("\\.\\*\\+", ".*+"), ("\\$\\^", "$^"), ("\\\\", "a\\b"), ("\\011", "\t"),
    # non-ASCII subjects
    ("ö+", "schööön"), ("(.)(.)", "日本語"), ("[α-ω]+", "ΑΒγδε"), ("😀+", "a😀😀b"),
    ("\\w+$", "naïve café"), ("(?<=é)x", "éx"),
]

def show(m):
    if m is None:
        return "None"
    return "%r span=%r groups=%r last=%r/%r" % (m.group(), m.span(), m.groups(),
                                                m.lastindex, m.lastgroup)

for pat, s in CASES:
    p = re.compile(pat)
    print(repr(pat), repr(s))
    print("  search   ", show(p.search(s)))
    print("  match    ", show(p.match(s)))
    print("  fullmatch", show(p.fullmatch(s)))
    print("  findall  ", p.findall(s))
