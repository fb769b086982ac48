# multiprocessing.Pool with many small tasks queued ahead in the workers,
# large tasks and large results (more than a pipe holds), chunksize, errors
# in the middle of a queue, and imap abandoned with tasks still queued.
from multiprocessing import Pool


def square(x):
    return x * x


def length(s):
    return len(s)


def big(n):
    return b"x" * n


def fail_at(x):
    if x == 57:
        raise KeyError(x)
    return -x


if __name__ == "__main__":
    with Pool(2) as pool:
        for cs in (1, 3, 7, 50, 1000):
            r = list(pool.imap(square, range(300), chunksize=cs))
            print(cs, len(r), r[:4], r[-1], r == [x * x for x in range(300)])
            u = list(pool.imap_unordered(square, range(300), chunksize=cs))
            print(cs, sorted(u) == r)
        print(sum(pool.map(square, range(2000))), sum(pool.map(square, range(2000), 1)))
        # tasks larger than the queue's budget and than a pipe
        print(pool.map(length, ["a" * 3000, "b" * 5000, "c" * 100000, "d"] * 3, chunksize=1))
        print([len(b) for b in pool.imap(big, [10, 70000, 200000, 5] * 4)])
        print(sum(len(b) for b in pool.imap_unordered(big, [100000] * 12)))
        # an error in the middle: the results before it, then the exception
        got = []
        try:
            for v in pool.imap(fail_at, range(200)):
                got.append(v)
        except KeyError as e:
            print("KeyError", e, len(got), got[-1])
        for cs in (1, 4):
            try:
                pool.map(fail_at, range(100), chunksize=cs)
            except KeyError as e:
                print("KeyError", e)
        # left half-read with tasks queued: the next job sees only its own
        it = pool.imap(square, range(500))
        print([next(it) for _ in range(3)])
        del it
        it = pool.imap_unordered(big, [50000] * 10)
        print(len(next(it)))
        del it
        print(pool.map(square, [4, 5, 6], chunksize=1), pool.apply(square, (9,)))
        try:
            pool.imap(square, [1], chunksize=0)
        except ValueError as e:
            print("ValueError", e)
