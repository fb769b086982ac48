# Allocation churn with reference cycles left to the cyclic collector.
import gc

class Node:
    def __init__(self, i):
        self.i = i
        self.peer = None

total = 0
for r in range(300):
    nodes = [Node(i) for i in range(1000)]
    for i in range(1000):
        nodes[i].peer = nodes[(i + 1) % 1000]
    total += sum(n.peer.i for n in nodes)
    del nodes
gc.collect()
print(total)
