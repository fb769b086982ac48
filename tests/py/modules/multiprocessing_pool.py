# multiprocessing.Pool on forked workers: map, starmap, imap, apply_async,
# results and exceptions pickled back, the worker's own pid.
import os
import multiprocessing as mp
from multiprocessing import Pool


def square(x):
    return x * x


def power(x, y):
    return x ** y


def where(_):
    return os.getpid()


def fail(x):
    if x == 3:
        raise ValueError("bad value %d" % x)
    return x


class Box:
    def __init__(self, v):
        self.v = v


def unbox(b):
    return {"v": b.v, "list": [b.v] * 2}


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []), pool.map(square, range(5), chunksize=2))
        print(pool.starmap(power, [(2, 10), (3, 3), (10, 20)]))
        print(list(pool.imap(square, range(6))))
        print(sorted(pool.imap_unordered(square, range(6))))
        r = pool.apply_async(power, (2, 100))
        print(r.get(), r.ready(), r.successful())
        print(pool.apply(divmod, (17, 5)))
        print(pool.starmap_async(power, [(5, 2)]).get())
        print(pool.map(unbox, [Box(1), Box("two")]))
        pids = set(pool.map(where, range(40), chunksize=1))
        print(os.getpid() not in pids, 1 <= len(pids) <= 2)
        try:
            pool.map(fail, range(6))
        except ValueError as e:
            print("ValueError", e)
        r = pool.map_async(fail, [3])
        r.wait()
        print(r.successful())
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError", e)
    try:
        Pool(0)
    except ValueError as e:
        print("ValueError", e)
    p = Pool(1)
    print(p.map(square, [7]))
    p.close()
    p.join()
    print(mp.active_children())
    # an imap left half-read does not leak its results into the next job
    with Pool(2) as pool:
        it = pool.imap(square, range(20))
        print(next(it), next(it))
        del it
        print(pool.map(square, [10, 11, 12], chunksize=1))
