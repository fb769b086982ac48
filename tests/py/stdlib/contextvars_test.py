# contextvars: ContextVar get/set/reset, Token, Context mapping and run().
import contextvars
from contextvars import ContextVar, Context, Token, copy_context

v = ContextVar('v')
d = ContextVar('d', default=10)
print(v.name, d.name, d.get(), d.get(5), v.get('fallback'))
try:
    v.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0] is v)

t = v.set(1)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='v' at 0x"), str(e).endswith("has already been used once"))
try:
    d.reset(t)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
v.reset(t)
print(v.get(None))

ctx = copy_context()
print(type(ctx).__name__, v in ctx, d in ctx, len(ctx))
v.set('outer')
print(v in ctx, v.get())

def inside(x, y=0):
    print("  inside sees", v.get('unset'), x, y)
    v.set('inner')
    d.set(99)
    print("  inside now", v.get(), d.get())
    return x + y

print(ctx.run(inside, 1, y=2))
print("outside", v.get(), d.get())
print("ctx holds", ctx[v], ctx.get(d), ctx.get(ContextVar('other')), len(ctx))
print(sorted(k.name for k in ctx), sorted(map(str, ctx.values())), sorted((k.name, val) for k, val in ctx.items()))
try:
    ctx[ContextVar('missing')]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
for bad in [lambda: ctx[1], lambda: 'x' in ctx, lambda: ctx.get(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def reenter():
    ctx.run(print, "never")
try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context: <"), str(e).endswith("is already entered"))

# A token made in another context cannot reset here.
tok = ctx.run(v.set, 'x')
try:
    v.reset(tok)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
ctx.run(v.reset, tok)
print(ctx[v])

empty = Context()
print(len(empty), list(empty), empty.run(lambda: v.get('none in empty')))
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2[v])
c2.run(v.set, 'changed')
print(c2[v], ctx[v], c2 == ctx)

for cls in (ContextVar, Token, Context):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    ContextVar(1)
except TypeError as e:
    print("TypeError:", e)
try:
    v.reset('tok')
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ctx)
except TypeError as e:
    print("TypeError: unhashable")
print(repr(ContextVar('r')).startswith("<ContextVar name='r' at 0x"),
      repr(ContextVar('r', default=[1])).startswith("<ContextVar name='r' default=[1] at 0x"))
print(ContextVar[int], Token[str])
print(hash(v) == hash(v), {v: 1}[v])

# Exceptions leave run() with the context restored.
def boom():
    v.set('during boom')
    raise ValueError('boom')
try:
    ctx.run(boom)
except ValueError as e:
    print("ValueError", e, v.get(), ctx[v])
