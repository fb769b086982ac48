# recursion, recursion limit, RecursionError caught
import sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)

print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError as e:
    print("limited:", e)
print(depth(50))
sys.setrecursionlimit(1000)

def mutual_a(n):
    return "done" if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return mutual_a(n)
print(mutual_a(300))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, 'A', 'B', 'C', [])))
