# N-queens by backtracking with sets, and by permutations of columns.
def solve(n):
    count = 0
    cols = set()
    diag1 = set()
    diag2 = set()
    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c); diag1.add(row + c); diag2.add(row - c)
            place(row + 1)
            cols.discard(c); diag1.discard(row + c); diag2.discard(row - c)
    place(0)
    return count

def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield (items[i],) + rest

def queens_by_perm(n):
    cols = range(n)
    return sum(1 for vec in permutations(list(cols))
               if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)))

print(solve(8), solve(9), solve(10), queens_by_perm(8))
