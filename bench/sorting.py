# Sorting tuples, strings and floats, with and without key functions.
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed

nums = [rnd() % 100000 for _ in range(60000)]
words = ["w%d" % (rnd() % 50000) for _ in range(40000)]
pairs = [(n % 100, str(n)) for n in nums[:40000]]
floats = [n / 7.0 for n in nums]
check = 0
for r in range(3):
    a = sorted(nums)
    b = sorted(words)
    c = sorted(pairs)
    d = sorted(words, key=len)
    e = sorted(floats, reverse=True)
    f = sorted(nums, key=lambda v: -v)
    check += a[100] + len(b[0]) + c[5][0] + len(d[-1]) + int(e[0]) + f[3]
print(check)
