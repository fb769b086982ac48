class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.n, self.m = len(rows), len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n): return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __repr__(self): return "Matrix(%r)" % (self.rows,)
    def __str__(self):
        w = max(len(f"{v:g}") for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{w}g}" for v in r) + "]" for r in self.rows)
    def __matmul__(self, o):
        if self.m != o.n: raise ValueError(f"shape mismatch {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k): return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
    def T(self): return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        if self.n == 1: return self.rows[0][0]
        if self.n == 2: (a, b), (c, d) = self.rows; return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.m))
    def inverse(self):
        n = self.n
        aug = [r[:] + [1.0 if i == j else 0.0 for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            piv = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if abs(aug[piv][col]) < 1e-12: raise ZeroDivisionError("singular matrix")
            aug[col], aug[piv] = aug[piv], aug[col]
            p = aug[col][col]
            aug[col] = [v / p for v in aug[col]]
            for r in range(n):
                if r != col:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])
A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
print(A); print(A.det(), A.T() == A, A[1, 2])
inv = A.inverse()
print("\n".join(" ".join(f"{v:8.4f}" for v in r) for r in inv.rows))
P = A @ inv
print(all(abs(P[i, j] - (i == j)) < 1e-9 for i in range(3) for j in range(3)))
print(2 * Matrix.identity(2) + Matrix([[1, 2], [3, 4]]))
try: A @ Matrix([[1, 2]])
except ValueError as e: print(e)
try: Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e: print("error:", e)
print(repr(Matrix.identity(2)))
def gauss_sum(n): return n * (n + 1) // 2
print([gauss_sum(10 ** k) for k in range(6)])
def primes(limit):
    sieve = bytearray(limit + 1) if False else [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(sieve) if p]
ps = primes(200); print(len(ps), ps[-5:], sum(ps))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz); print(best, collatz(best))
from math import gcd, sqrt, pi, isqrt
fr = [(a, b) for a in range(1, 8) for b in range(a + 1, 9) if gcd(a, b) == 1]
print(len(fr), fr[:6])
print(f"{pi:.10f} {sqrt(2):.15g} {isqrt(10**20 + 12345)}")
fact = 1
for i in range(1, 60): fact *= i
print(fact, len(str(fact)), str(fact).count("0"), fact % (10**9 + 7))
print(int(str(fact)[::-1]) % 997, hex(fact)[-8:], fact.bit_length(), fact >> 200, bin(fact)[-20:])
