# The block stack of each frame is sized from its code (the deepest nesting
# of try / with / async with blocks and the handlers that replace them):
# deep nesting, handlers inside handlers, loops that leave blocks with
# break/continue/return, generators suspended inside blocks, async for.
import asyncio


class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return self.name == "swallow"


def nested19(x):
    try:
        try:
            try:
                try:
                    try:
                        try:
                            try:
                                try:
                                    try:
                                        try:
                                            try:
                                                try:
                                                    try:
                                                        try:
                                                            try:
                                                                try:
                                                                    try:
                                                                        try:
                                                                            try:
                                                                                return 10 // x
                                                                            finally:
                                                                                x += 1
                                                                        except KeyError:
                                                                            pass
                                                                    finally:
                                                                        pass
                                                                finally:
                                                                    pass
                                                            finally:
                                                                pass
                                                        finally:
                                                            pass
                                                    finally:
                                                        pass
                                                finally:
                                                    pass
                                            finally:
                                                pass
                                        finally:
                                            pass
                                    finally:
                                        pass
                                finally:
                                    pass
                            finally:
                                pass
                        finally:
                            pass
                    finally:
                        pass
                finally:
                    pass
            finally:
                pass
        finally:
            pass
    except ZeroDivisionError as e:
        return "caught %s at x=%d" % (e, x)


print(nested19(2), nested19(0))


def handlers_in_handlers(n):
    log = []
    try:
        raise ValueError(n)
    except ValueError as a:
        try:
            raise KeyError(n + 1)
        except KeyError as b:
            try:
                with CM("inner", log):
                    try:
                        raise TypeError(n + 2)
                    except TypeError as c:
                        log.append((str(a), str(b), str(c)))
                        with CM("swallow", log):
                            raise IndexError
            finally:
                log.append("finally")
    return log


print(handlers_in_handlers(1))


def sequential(n):
    out = []
    for i in range(n):
        try:
            out.append(i)
        finally:
            out.append(-i)
        try:
            if i % 2:
                continue
            out.append("even")
        except Exception:
            pass
        with CM("w%d" % i, out):
            if i == 3:
                break
        try:
            try:
                raise RuntimeError(i)
            except RuntimeError:
                if i == 2:
                    return out
        finally:
            out.append("f")
    return out


print(sequential(5))
print(sequential(3))


def gen():
    log = []
    try:
        with CM("g", log):
            try:
                yield 1
                yield 2
            except GeneratorExit:
                log.append("exit")
                raise
            finally:
                log.append("fin")
    finally:
        print("gen log", log)


g = gen()
print(next(g), next(g))
g.close()


class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def agen_user():
    total = []
    for k in range(3):
        try:
            async for v in AIter(k + 1):
                try:
                    async for w in AIter(2):
                        total.append(v * 10 + w)
                finally:
                    total.append(0)
        finally:
            total.append(-1)
    return total


print(asyncio.run(agen_user()))


def exc_in_loop(n):
    caught = 0
    for i in range(n):
        try:
            try:
                [][i]
            except IndexError:
                raise KeyError(i)
        except KeyError:
            caught += 1
    return caught


print(exc_in_loop(1000))
