# PEP 563 annotations that hold complex literals and await expressions.
from __future__ import annotations


def f(x: 1j + 2, y: -2.5j, z: "s") -> complex | None:
    pass


print(f.__annotations__)

for src in ("async def g(z: (await h)): pass",
            "async def g() -> await h: pass",
            "x: (await y) = 1"):
    try:
        compile("from __future__ import annotations\n" + src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
