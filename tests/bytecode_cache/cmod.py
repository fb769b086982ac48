# A module with every constant kind pym's compiler makes, for the bytecode
# cache test (scripts/test_bytecode_cache.sh).
BIG = 2**100
VALUES = (1, -7, BIG, -BIG, 2.5, -0.0, float("inf"), 3j, b"by\x00", "\u00e9\U0001f600\u20ac",
          ..., None, True, False, frozenset({1, 2}), ("a", (1, 2)), 10**40, -(2**63), 2**63)
FOLDED = (2 ** 10, "ab" * 3, (1, 2) + (3,), -(5), 1 << 70, not True)


def f(a, b=3, /, *args, k, m="x", **kw):
    x = [i * i for i in range(a)]

    def g():
        nonlocal a
        a += 1
        return a + b + sum(x)
    return g(), k, m, sorted(kw), args


class C:
    attr = "value"

    def m(self):
        return self.attr * 2

    @property
    def p(self):
        return {k: v for k, v in zip("ab", (1, 2))}


async def co():
    return 42


def gen():
    yield from range(3)


def matcher(v):
    match v:
        case [1, *rest]:
            return ("list", rest)
        case {"k": val}:
            return ("map", val)
        case C(attr=a):
            return ("C", a)
        case _:
            return None


def fail():
    return VALUES[0] / 0


def run():
    c = co()
    try:
        c.send(None)
    except StopIteration as e:
        co_result = e.value
    try:
        fail()
    except ZeroDivisionError as e:
        tb = e.__traceback__.tb_next
        where = (tb.tb_frame.f_code.co_name, tb.tb_lineno)
    return (VALUES, FOLDED, f(3, 4, 5, k=1, z=2), C().m(), C().p, co_result, list(gen()),
            matcher([1, 2, 3]), matcher({"k": 9}), matcher(C()), where,
            f.__code__.co_varnames, f.__code__.co_cellvars, f.__defaults__, f.__kwdefaults__)
