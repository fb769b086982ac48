/*
** check_parser.c -- unit tests of the parser: ast_dump_mod output compared
** with CPython 3.11's ast.dump() for many snippets, and syntax errors
** (type, message and position) compared with CPython's.
*/
#include "testutil.h"
#include "parse.h"
#include "dis.h"
#include "exceptions.h"
#include "strobject.h"
#include "intobject.h"

static const struct { const char *src, *dump; } dumps[] = {
    {"with (a, b): pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b) as c: pass",
     "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a as b, c): pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a): pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"x: int = 1",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1)], type_ignores=[])"},
    {"(x): int",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
    {"a[1:2, ::3]",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"f(*a, k=1, **d)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"},
    {"f\"{x!r:>{w}.{p}f} {y=} {{z}}\"",
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1), Constant(value='f')])), Constant(value=' y='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value=' {z}')]))], type_ignores=[])"},
    {"lambda a, /, b=1, *c, d, e=2, **f: 0",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[])"},
    {"x = a if b else c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"a < b <= c",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"del a, (b, c)",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Tuple(elts=[Name(id='b', ctx=Del()), Name(id='c', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {"from ..m import (a, b as c)",
     "Module(body=[ImportFrom(module='m', names=[alias(name='a'), alias(name='b', asname='c')], level=2)], type_ignores=[])"},
    {"import a.b as c",
     "Module(body=[Import(names=[alias(name='a.b', asname='c')])], type_ignores=[])"},
    {"-1",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=Constant(value=1)))], type_ignores=[])"},
    {"not a or b and c",
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])]))], type_ignores=[])"},
    {"x = yield",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"},
    {"def f(a, *, b): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"[x for x in y if x for z in w]",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='w', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"\"a\" \"b\"",
     "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])"},
    {"async def f():\n    async for x in y:\n        await x\n    async with a as b:\n        return [z async for z in w]",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Return(value=ListComp(elt=Name(id='z', ctx=Load()), generators=[comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='w', ctx=Load()), ifs=[], is_async=1)]))])], decorator_list=[])], type_ignores=[])"},
    {"try:\n    pass\nexcept* E as e:\n    pass",
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"},
    {"f\"a{b}\" \"c\"",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], orelse=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])])], type_ignores=[])"},
    {"while x:\n  break\nelse:\n  continue\n",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
    {"for i, j in x:\n  pass\nelse:\n  pass\n",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Name(id='j', ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n",
     "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load()))], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Expr(value=Name(id='b', ctx=Load()))]), ExceptHandler(type=Name(id='C', ctx=Load()), body=[Expr(value=Name(id='c', ctx=Load()))]), ExceptHandler(body=[Expr(value=Name(id='d', ctx=Load()))])], orelse=[Expr(value=Name(id='e', ctx=Load()))], finalbody=[Expr(value=Name(id='f', ctx=Load()))])], type_ignores=[])"},
    {"try:\n  pass\nfinally:\n  pass\n",
     "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"},
    {"@dec\n@dec2(1)\ndef f(a: int = 1, *args: str, b, **kw) -> None:\n  return a\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='b')], kw_defaults=[None], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Constant(value=None))], type_ignores=[])"},
    {"class A(B, C, metaclass=M):\n  x = 1\n  def f(self): return self\n",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Name(id='self', ctx=Load()))], decorator_list=[])], decorator_list=[])], type_ignores=[])"},
    {"raise\nraise X\nraise X from Y\n",
     "Module(body=[Raise(), Raise(exc=Name(id='X', ctx=Load())), Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='Y', ctx=Load()))], type_ignores=[])"},
    {"global a, b\nnonlocal c\n",
     "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])"},
    {"assert x\nassert x, 'msg'\n",
     "Module(body=[Assert(test=Name(id='x', ctx=Load())), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"},
    {"from . import x\nfrom .m import *\nimport a, b.c\n",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=1), ImportFrom(module='m', names=[alias(name='*')], level=1), Import(names=[alias(name='a'), alias(name='b.c')])], type_ignores=[])"},
    {"x += 1\nx -= 1\nx *= 2\nx /= 3\nx //= 4\nx %= 5\nx **= 6\nx >>= 1\nx <<= 1\nx &= 1\nx |= 1\nx ^= 1\nx @= y\n",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mult(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Constant(value=3)), AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=4)), AugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=5)), AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=6)), AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='y', ctx=Load()))], type_ignores=[])"},
    {"a = b = c = 1\n",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"a, *b = c\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"[*a, *b]\n(*a, b)\n{*a, 1}\n{**d, 'a': 1}\n",
     "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load())), Expr(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())), Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=1)])), Expr(value=Dict(keys=[None, Constant(value='a')], values=[Name(id='d', ctx=Load()), Constant(value=1)]))], type_ignores=[])"},
    {"x = a is not b\ny = a not in b\nz = a in b is c\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators=[Name(id='b', ctx=Load())])), Assign(targets=[Name(id='y', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparators=[Name(id='b', ctx=Load())])), Assign(targets=[Name(id='z', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[In(), Is()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"x = [i for i in range(10) if i % 2 if i > 3]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), ifs=[BinOp(left=Name(id='i', ctx=Load()), op=Mod(), right=Constant(value=2)), Compare(left=Name(id='i', ctx=Load()), ops=[Gt()], comparators=[Constant(value=3)])], is_async=0)]))], type_ignores=[])"},
    {"{k: v for k, v in d.items()}\n{x for x in y}\n(x for x in y)\n",
     "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"f(x for x in y)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"a[1:2:3]\na[:]\na[::]\na[1:]\na[:2]\na[::2]\na[x, y:z]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(upper=Constant(value=2)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='x', ctx=Load()), Slice(lower=Name(id='y', ctx=Load()), upper=Name(id='z', ctx=Load()))], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"if (n := len(a)) > 10: pass\n",
     "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"x = 1_000.5e-3\ny = 0x_ff\nz = 0o17\nw = 0b1010\nv = 1e10\nu = .5\nt = 5.\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.0005)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=255)), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=15)), Assign(targets=[Name(id='w', ctx=Store())], value=Constant(value=10)), Assign(targets=[Name(id='v', ctx=Store())], value=Constant(value=10000000000.0)), Assign(targets=[Name(id='u', ctx=Store())], value=Constant(value=0.5)), Assign(targets=[Name(id='t', ctx=Store())], value=Constant(value=5.0))], type_ignores=[])"},
    {"x = 2 ** -1\ny = -2 ** 2\nz = ~a + b\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1)))), Assign(targets=[Name(id='y', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2)))), Assign(targets=[Name(id='z', ctx=Store())], value=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=Add(), right=Name(id='b', ctx=Load())))], type_ignores=[])"},
    {"x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])"},
    {"x = 'a\\n\\t\\x41\\101\\u00e9\\U0001F600'\ny = b'\\x00\\xff'\nz = r'\\n'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\\n\\tAAé😀')), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=b'\\x00\\xff')), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value='\\\\n'))], type_ignores=[])"},
    {"x = '''a\nb'''\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a\\nb'))], type_ignores=[])"},
    {"x = f'{a}' f'{b!s}' 'c' f'{d!a:>10}'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='b', ctx=Load()), conversion=115), Constant(value='c'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=97, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"},
    {"x = f'{x = }'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"},
    {"x = f'{x=!s:>{w}}'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"},
    {"lambda: 0\nlambda *a, **k: 0\nlambda x=1: x\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"x = (yield)\ndef g():\n  yield from x\n  y = yield 1, 2\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load()))), Assign(targets=[Name(id='y', ctx=Store())], value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"print(*args, sep='', **kw)\n",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='args', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value='')), keyword(value=Name(id='kw', ctx=Load()))]))], type_ignores=[])"},
    {"x = [\n  1,\n  2,\n]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"x = 1 + \\\n  2\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"},
    {"if x:\n\tpass\n",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"x = ...\ny = None\nz = True, False\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=None)), Assign(targets=[Name(id='z', ctx=Store())], value=Tuple(elts=[Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[])"},
    {"match = 1\ncase = 2\n_ = 3\n",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=2)), Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=3))], type_ignores=[])"},
    {"x = a.b.c(d)[e].f\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), slice=Name(id='e', ctx=Load()), ctx=Load()), attr='f', ctx=Load()))], type_ignores=[])"},
};

static const struct {
    const char *src, *type, *msg;
    int lineno, offset, end_lineno, end_offset;
} errors[] = {
    {"x = $", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {" x = 1\n", "IndentationError", "unexpected indent", 1, 1, 1, -1},
    {"x = (1,\n 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = [1, 2)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 10, 1, 10},
    {"x = 1)\n", "SyntaxError", "unmatched ')'", 1, 6, 1, 6},
    {"x = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = \"\"\"abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5},
    {"x = 1€\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 6, 1, 6},
    {"x = 0123\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6},
    {"x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5},
    {"if x:\n\tif y:\n        pass\n\t        z\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"print(1 2\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0},
    {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"del 1", "SyntaxError", "cannot delete literal", 1, 5, 1, 6},
    {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13},
    {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"x = [1, 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"while x\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8},
    {"if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1},
    {"f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"x = b\"a\" \"b\"", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"x = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"try:\n  pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 7, 2, -1},
    {"(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7},
    {"f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11, 1, 12},
    {"x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (x = (", "SyntaxError", "too many nested parentheses", 1, 1005, 1, 1005},
    {"def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
    {"x = 1jx", "SyntaxError", "invalid imaginary literal", 1, 6, 1, 6},
    {"async x", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
};

/* The dump of src parsed in mode, in a malloc'd string (NULL on error). */
static char *dump_of(const char *src, int mode) {
    PymArena *a = pym_arena_new();
    AstMod *m = pym_parse(a, src, strlen(src), "x.py", mode);
    char *buf = NULL;
    size_t n = 0;
    if (m) {
        FILE *f = open_memstream(&buf, &n);
        ast_dump_mod(m, f);
        fclose(f);
    }
    pym_arena_free(a);
    return buf;
}

START_TEST(test_dump) {
    char *d = dump_of(dumps[_i].src, PYM_FILE_INPUT);
    ck_assert_msg(d != NULL, "parse failed: %s", dumps[_i].src);
    ck_assert_str_eq(d, dumps[_i].dump);
    free(d);
}
END_TEST

START_TEST(test_modes) {
    char *d = dump_of("  1 + x", PYM_EVAL_INPUT);
    ck_assert_str_eq(d, "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load())))");
    free(d);
    d = dump_of("if x:\n  pass\n", PYM_SINGLE_INPUT);
    ck_assert_str_eq(d, "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])])");
    free(d);
    ck_assert_int_eq(pym_parse_is_incomplete("if x:\n", 6), 1);
    ck_assert_int_eq(pym_parse_is_incomplete("if x:\n  pass\n", 13), 1);
    ck_assert_int_eq(pym_parse_is_incomplete("if x:\n  pass\n\n", 14), 0);
    ck_assert_int_eq(pym_parse_is_incomplete("x = (1,\n", 8), 1);
    ck_assert_int_eq(pym_parse_is_incomplete("x = \"\"\"\n", 8), 1);
    ck_assert_int_eq(pym_parse_is_incomplete("x = 1 + \\\n", 9), 1);
    ck_assert_int_eq(pym_parse_is_incomplete("x = 1\n", 6), 0);
    ck_assert_int_eq(pym_parse_is_incomplete("x = 1 +\n", 8), 0);
}
END_TEST

static long field_int(PymObject *o) {
    return o && o != pym_None ? (long)pym_int_as_longlong(o) : -1;
}

START_TEST(test_error) {
    PymArena *a = pym_arena_new();
    AstMod *m = pym_parse(a, errors[_i].src, strlen(errors[_i].src), "x.py", PYM_FILE_INPUT);
    pym_arena_free(a);
    ck_assert_msg(m == NULL, "no error for %s", errors[_i].src);
    PymObject *e = pym_err_fetch();
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(PYM_TYPE(e)->tp_name, errors[_i].type);
    PymSyntaxError *se = (PymSyntaxError *)e;
    ck_assert_str_eq(PYM_STR_UTF8(se->msg), errors[_i].msg);
    ck_assert_int_eq(field_int(se->lineno), errors[_i].lineno);
    ck_assert_int_eq(field_int(se->offset), errors[_i].offset);
    ck_assert_int_eq(field_int(se->end_lineno), errors[_i].end_lineno);
    ck_assert_int_eq(field_int(se->end_offset), errors[_i].end_offset);
    PYM_DECREF(e);
}
END_TEST

START_TEST(test_deep) {
    /* deep inputs end in an exception, never a crash: as CPython, a
    ** SyntaxError for brackets, RecursionError ("maximum recursion depth
    ** exceeded during compilation") or MemoryError (parser stack) else */
    static const char *pats[] = {"-", "not ", "(", "[", "lambda: ", "x."};
    for (size_t k = 0; k < PYM_ARRAY_LEN(pats); k++) {
        size_t n = strlen(pats[k]), reps = 100000;
        char *s = malloc(n * reps + 2);
        for (size_t i = 0; i < reps; i++) memcpy(s + i * n, pats[k], n);
        strcpy(s + n * reps, k == 5 ? "y" : "1");
        PymArena *a = pym_arena_new();
        ck_assert_ptr_null(pym_parse(a, s, strlen(s), "x.py", PYM_FILE_INPUT));
        pym_arena_free(a);
        if (k == 2 || k == 3) ck_assert(pym_err_matches((PymObject *)PymExc_SyntaxError));
        else ck_assert(pym_err_matches((PymObject *)PymExc_RecursionError) ||
                       pym_err_matches((PymObject *)PymExc_MemoryError));
        pym_err_clear();
        free(s);
    }
    /* a 100000-term sum */
    char *s = malloc(200010);
    size_t k = 0;
    for (int i = 0; i < 100000; i++) { s[k++] = '1'; s[k++] = '+'; }
    s[k++] = '1';
    s[k] = 0;
    PymArena *a = pym_arena_new();
    ck_assert_ptr_null(pym_parse(a, s, k, "x.py", PYM_FILE_INPUT));
    pym_arena_free(a);
    ck_assert(pym_err_matches((PymObject *)PymExc_RecursionError));
    pym_err_clear();
    free(s);
}
END_TEST

Suite *parser_suite(void) {
    Suite *s = suite_create("parser");
    TCase *tc = pym_tcase("parser");
    tcase_add_loop_test(tc, test_dump, 0, PYM_ARRAY_LEN(dumps));
    tcase_add_test(tc, test_modes);
    tcase_add_loop_test(tc, test_error, 0, PYM_ARRAY_LEN(errors));
    tcase_add_test(tc, test_deep);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}
