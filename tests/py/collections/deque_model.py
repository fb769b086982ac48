# deque checked against a list model under a long pseudo-random mix of
# operations (a fixed LCG, so the run is deterministic).
from collections import deque

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def check(d, model, step):
    if list(d) != model or len(d) != len(model):
        print('MISMATCH at', step, list(d), model)
        raise SystemExit(1)
    if model:
        i = rand(len(model))
        assert d[i] == model[i] and d[-1 - i] == model[-1 - i]
    assert list(reversed(d)) == model[::-1]


for maxlen in (None, 5, 1):
    d = deque(maxlen=maxlen)
    model = []
    ops = {}
    for step in range(3000):
        op = rand(14)
        v = rand(50)
        ops[op] = ops.get(op, 0) + 1
        if op in (0, 1):
            d.append(v)
            model.append(v)
        elif op == 2:
            d.appendleft(v)
            model.insert(0, v)
        elif op in (3, 4):
            if model:
                assert d.pop() == model.pop()
        elif op in (5, 6):
            if model:
                assert d.popleft() == model.pop(0)
        elif op == 7:
            k = rand(7) - 3
            d.rotate(k)
            if model:
                k %= len(model)
                model[:] = model[len(model) - k:] + model[:len(model) - k]
        elif op == 8:
            d.reverse()
            model.reverse()
        elif op == 9:
            items = [rand(9) for _ in range(rand(4))]
            d.extend(items)
            model.extend(items)
        elif op == 10:
            items = [rand(9) for _ in range(rand(4))]
            d.extendleft(items)
            for x in items:
                model.insert(0, x)
        elif op == 11 and model:
            i = rand(len(model))
            del d[i]
            del model[i]
        elif op == 12 and model:
            x = model[rand(len(model))]
            d.remove(x)
            model.remove(x)
            assert d.count(x) == model.count(x)
        elif op == 13 and (maxlen is None or len(model) < maxlen):
            i = rand(len(model) + 3) - 1
            d.insert(i, v)
            model.insert(i, v)
        if maxlen is not None and len(model) > maxlen:
            # a bounded deque drops from the end opposite to the insertion
            if op == 2 or op == 10:
                del model[maxlen:]
            else:
                del model[:len(model) - maxlen]
        check(d, model, step)
    print(maxlen, len(d), sorted(ops.items()), list(d)[:8])
print('ok')
