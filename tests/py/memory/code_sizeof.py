# sys.getsizeof of a code object grows with the code it holds (CPython: its
# head plus its code units; pym: its head, instruction words and positions)
import sys

def small():
    return 1

def big(a, b):
    x = a + b
    y = [x * i for i in range(10)]
    for i in y:
        if i % 3 == 0:
            print(i, a, b, x)
    return sum(y) + len(str(x))

s, b = sys.getsizeof(small.__code__), sys.getsizeof(big.__code__)
print(s > 100, b > s + 100)
print(sys.getsizeof(small.__code__) == small.__code__.__sizeof__())
