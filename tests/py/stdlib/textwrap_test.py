import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump? A well-known, long-winded "
        "and self-referential sentence--with an em-dash--appears here.")
for w in (10, 20, 33, 50, 70):
    print(w, wrap(text, w))
print(fill(text, 40))
print(fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(wrap("supercalifragilisticexpialidocious word", 10))
print(wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(wrap("a-very-long-hyphenated-compound-word-here", 12))
print(wrap("a-very-long-hyphenated-compound-word-here", 12, break_on_hyphens=False))
print(wrap("tabs\there\tand  spaces", 12), wrap("tabs\there", 40, expand_tabs=False))
print(wrap("  leading and trailing  ", 10), wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(wrap("Hello there. How are you? Fine.", 80, fix_sentence_endings=True))
print(wrap("line one\nline two", 40), wrap("line one\nline two", 40, replace_whitespace=False))
print(wrap(text, 30, max_lines=3), wrap(text, 30, max_lines=2, placeholder=" ..."))
print(wrap("", 10), wrap("   ", 10), fill("x", 1))
print(shorten("Hello  world!", width=12), shorten("Hello  world!", width=11), shorten("Hello world", 11, placeholder="~"))
print(shorten(text, 60), repr(shorten("   ", 10)))
try:
    wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    shorten("hello world", 3)
except ValueError as e:
    print("ValueError:", e)

print(repr(dedent("""\
    def f():
        return 1

    x = 2
""")))
print(repr(dedent("  a\n\tb\n")), repr(dedent("   \n  x\n    y\n")), repr(dedent("no indent\n  x")))
print(repr(dedent("\t\ta\n\t\tb")), repr(dedent("  x\n \n  y")))
print(repr(indent("a\nb\n\nc", "> ")), repr(indent("a\n  \nb", "+", lambda l: True)))
tw = TextWrapper(width=15, initial_indent="- ")
print(tw.wrap("one two three four five six seven"), tw.width)
print(wrap("123-456-789 phone", 8), wrap("e-mail x-ray co-op", 6), wrap("--flag --other-flag", 8))
print(wrap("well-being and state-of-the-art", 10))
