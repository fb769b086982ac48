# CPython's SyntaxErrors for __future__ imports and for what an annotation may hold under PEP 563
cases = [
"from __future__ import annotations\ndef f(x: (y := 1)): pass",
"from __future__ import annotations\ndef f(x: (yield)): pass",
"from __future__ import annotations\nx: (yield) = 1",
"from __future__ import annotations\nx: [i for i in y] = 1",
"from __future__ import annotations\nx: (i for i in y)",
"def f(x: (y := 1)): pass",
"from __future__ import braces",
"from __future__ import nope",
"from __future__ import annotations, nope",
"import os\nfrom __future__ import annotations",
"'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1",
"'''doc'''\n'''doc2'''\nfrom __future__ import annotations",
"def f():\n    from __future__ import annotations",
"from __future__ import annotations; import os; from __future__ import division",
"from __future__ import (annotations,\n    division)",
"from __future__ import *",
"from __future__ import annotations as ann",
"x = 1\nfrom __future__ import annotations",
"from . import __future__",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
