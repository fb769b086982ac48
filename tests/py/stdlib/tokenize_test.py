# tokenize: tokens of str and bytes sources, encodings, errors, untokenize.
import io
import token
import tokenize
from tokenize import generate_tokens, TokenInfo, TokenError, untokenize, detect_encoding

SOURCE = '''\
# a comment
import sys  # trailing
def f(a, b=1, *args, **kw) -> int:
    """Doc
    string."""
    x = [1, 2.5, 3j, 0x1F, 0o17, 0b101, 1_000, 1e-3, .5, 5., 1.5e+10j]
    if a >= b and not (a != b):
\tpass
    y = {'k': "v", r'\\d': b'x', f"{a!r}": rb"raw", u'u'}
    s = 'line one \\
continued'
    z = a @ b; a //= 2; a **= 3; a <<= 1; a ->= 0 if False else ...
    w = (1 +
         2)  # inside parens

    return x[::2] ~ ~y
class C:
  @staticmethod
  async def g(): await h := 3
x = $ ? `
'''

def show(tokens):
    for t in tokens:
        print(f"{t.start[0]},{t.start[1]}-{t.end[0]},{t.end[1]}:".ljust(20),
              token.tok_name[t.type].ljust(12), token.tok_name[t.exact_type].ljust(14), repr(t.string))

show(generate_tokens(io.StringIO(SOURCE).readline))
toks = list(tokenize.tokenize(io.BytesIO(SOURCE.encode()).readline))
print(toks[0], len(toks))
print(toks[3])
print(toks[3] == TokenInfo(toks[3].type, toks[3].string, toks[3].start, toks[3].end, toks[3].line))

for src in ['x = 1', 'if x:\n    y\n', 'if x:\n    y\n  z\n', '"""open\n', '(1,\n', 'a\\\n+ b\n', '\n\n', '',
            '# only a comment', 'x = 1 # c', "'abc\\\ndef'\n", "'abc\nx", '  \t\n', 'if 1:\n\tif 2:\n\t\tpass\n\n',
            '\ufeffx', 'é = "ü"\n', '0xg 1if 2else 3', '1__0 1.e5 1..2']:
    print(repr(src))
    try:
        show(generate_tokens(io.StringIO(src).readline))
    except (TokenError, IndentationError) as e:
        print("  ", type(e).__name__, e.args)

for data in [b'# -*- coding: latin-1 -*-\nx = "\xe9"\n', b'\xef\xbb\xbfx = 1\n', b'#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\n',
             b'x = 1\n# coding: latin-1\n', b'', b'\n\n# coding: ascii\n', b'# coding: nope\n',
             b'\xef\xbb\xbf# coding: latin-1\n', b'# coding: utf_8_unix\n', b'\xff\n']:
    try:
        enc, lines = detect_encoding(io.BytesIO(data).readline)
        print(repr(data), enc, lines)
        print("  ", [(token.tok_name[t.type], t.string) for t in tokenize.tokenize(io.BytesIO(data).readline)][:4])
    except SyntaxError as e:
        print(repr(data), "SyntaxError:", e)

# Round trips.
full = list(generate_tokens(io.StringIO(SOURCE.replace('x = $ ? `\n', '')).readline))
print(untokenize(full) == SOURCE.replace('x = $ ? `\n', ''))
pairs = [(t.type, t.string) for t in generate_tokens(io.StringIO('def f(x):\n    return x+1\n').readline)]
text = untokenize(pairs)
print(repr(text))
print([(t.type, t.string) for t in generate_tokens(io.StringIO(text).readline)] == pairs)
print(untokenize(tokenize.tokenize(io.BytesIO(b'a = 1\n').readline)))
print(repr(toks[1]))
print(tokenize.ENCODING, tokenize.COMMENT, tokenize.NL, tokenize.N_TOKENS, tokenize.NT_OFFSET, token.ISTERMINAL(5), token.ISEOF(0))
print(len(tokenize.tok_name), tokenize.EXACT_TOKEN_TYPES['**='], sorted(token.__all__)[:5])

import os, tempfile
path = os.path.join(tempfile.mkdtemp(), 'tok_src.py')
with open(path, 'wb') as f:
    f.write(b'# coding: latin-1\ns = "\xe9t\xe9"\n')
with tokenize.open(path) as f:
    print(f.encoding, f.mode, repr(f.readline()), repr(f.read()))
os.remove(path)
os.rmdir(os.path.dirname(path))
