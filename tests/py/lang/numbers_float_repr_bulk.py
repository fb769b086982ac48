x = 0.123456789
vals = []
seed = 12345
for i in range(3000):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    m = seed / 2 ** 31
    e = (seed % 600) - 300
    vals.append(m * 10.0 ** e)
    vals.append(-m * 2.0 ** ((seed % 2000) - 1000))
    vals.append(round(m * 1000, seed % 6))
h = 0
out = []
for v in vals:
    s = repr(v)
    out.append(s)
    assert float(s) == v
for spec in ["e", ".3g", ".17g", "f", ".1f", "%", ",.2f", ".0e", "g"]:
    out.append("|".join(format(v, spec) for v in vals[:200]))
print(len(out), sum(len(s) for s in out))
import sys
sys.stdout.write("\n".join(out[:50]) + "\n")
print("%.3f %.10e %g %r" % (vals[7], vals[8], vals[9], vals[10]))
print(str(sum(vals[:100])), sum(v * v for v in vals[:100] if abs(v) < 1e100))
print(hash(tuple(out)) == hash(tuple(out)))
chk = 0
for s in out: 
    for ch in s: chk = (chk * 31 + ord(ch)) % 1000000007
print(chk)
