# allocations made in another file (for filters.py)
def allocate(n):
    return [bytes(700) for i in range(n)]
