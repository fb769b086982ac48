# Binary trees (the shape of the Benchmarks Game program): allocate and walk
# many short-lived trees of tuples, one long-lived tree.
def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))

def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)

max_depth = 14
stretch = max_depth + 1
print("stretch tree of depth %d\t check: %d" % (stretch, check(make(stretch))))
long_lived = make(max_depth)
for depth in range(4, max_depth + 1, 2):
    iterations = 2 ** (max_depth - depth + 4)
    total = 0
    for _ in range(iterations):
        total += check(make(depth))
    print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))
print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
