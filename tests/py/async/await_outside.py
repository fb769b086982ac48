def f():
    return 1

x = await f()
