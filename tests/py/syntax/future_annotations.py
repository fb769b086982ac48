"""PEP 563: annotations kept as the strings CPython unparses."""
from __future__ import annotations
from __future__ import division, generator_stop
import __future__

x: int = 5
y: list[dict[str, int | None]]
z: "quoted"
def f(a: int, b: str = "s", *args: tuple[int, ...], c: float = 1.0, **kw: dict) -> None | int:
    local: this_is_never_evaluated = 1
    return local

print(f.__annotations__)
print(__annotations__)

class C:
    attr: C
    other: Callable[[int, str], Awaitable[None]] = None
    def m(self, other: C) -> C: ...
print(C.__annotations__, C.m.__annotations__)

exprs = []
def g(
    p01: a + b * c - d / e // f % g @ h,
    p02: (a + b) * c,
    p03: a ** b ** c,
    p04: (a ** b) ** c,
    p05: -a ** -b,
    p06: (-a) ** b,
    p07: not a and b or c,
    p08: a and (b or c),
    p09: a if b else c if d else e,
    p10: (a if b else c) if d else e,
    p11: lambda: 0,
    p12: lambda x, /, y=1, *z, w, **v: x,
    p13: [a, b, *c],
    p14: (a,),
    p15: (),
    p16: {a: b, **c},
    p17: {a, b},
    p18: [x for x in y if x for z in w],
    p19: {k: v for k, v in items},
    p20: (x for x in y),
    p21: f(a, *b, c=d, **e),
    p22: f(x for x in y),
    p23: a[1:2, ::3, b],
    p24: a[1:2],
    p25: a[:],
    p26: a.b.c,
    p27: 1 .real,
    p28: 1.5,
    p29: 1e400,
    p30: -1e400,
    p31: 'it\'s',
    p32: b"\x00bytes",
    p33: ...,
    p34: None,
    p35: True,
    p36: f"x{a!r:>{w}}y{{z}}",
    p37: a < b <= c is not d not in e,
    p39: ~a | b ^ c & d << e >> f,
    p40: a[()],
    p41: a[1,],
    p42: 0x10 + 0o7 + 0b1,
    p43: 1_000_000,
    p44: "a" "b",
    p46: {*()},
    p47: not (a == b),
    p48: (a, b)[0],
    p49: f(*args)(**kw),
    p50: -(-a),
): pass
for k, v in g.__annotations__.items():
    print(k, v)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
