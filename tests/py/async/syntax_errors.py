# malformed async code: CPython's SyntaxError messages and positions
cases = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "async for x in y: pass",
    "def f():\n    async with x: pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "lambda: await x",
    "async def f():\n    lambda: await x",
    "async def f():\n    def g(): [x async for x in y]",
    "[x async for x in y]",
    "async def f():\n    class A:\n        await x",
    "async = 1",
    "async def f(): await = 1",
    "async x",
    "async def f():\n    await",
    "async def f():\n  async while x: pass",
    "async def f():\n    {await x for x in y}",
    "async lambda: 1",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset))

ok = [
    "async def f():\n    x = [y for y in z if await y]\n    return (await q for q in y)",
    "def f():\n    return (x async for x in y)",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    return [x for x in await y]",
    "async def f():\n    return [[x async for x in a] for a in b]",
    "async def f():\n    await x ** 2\n    -await y\n    return await z.w(1)[2]",
    "async def f():\n    async with a as b, c:\n        async for x, y in z:\n            pass\n        else:\n            pass",
    "class A:\n    async def m(self):\n        return await self.n()",
    "@dec\nasync def f(): pass",
    "match = async_ = await_ = 1",
]
for src in ok:
    compile(src, "<ok>", "exec")
print("all compiled")
