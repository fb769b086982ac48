import cmath
inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 2.3, -2.3, inf, -inf, nan]
fs = ['acos','acosh','asin','asinh','atan','atanh','cos','cosh','exp','log','log10','sin','sinh','sqrt','tan','tanh']
def fmt(z):
    return repr(z)
for f in fs:
    out = []
    for re_ in vals:
        for im in vals:
            try: out.append(fmt(getattr(cmath, f)(complex(re_, im))))
            except Exception as e: out.append(type(e).__name__)
    print(f, ' '.join(out))
out = []
for r in vals:
    for p in vals:
        try: out.append(fmt(cmath.rect(r, p)))
        except Exception as e: out.append(type(e).__name__)
print('rect', ' '.join(out))
out = []
for r in vals:
    for p in vals:
        try: out.append(repr(cmath.polar(complex(r, p))) + repr(cmath.phase(complex(r, p))))
        except Exception as e: out.append(type(e).__name__)
print('polar', ' '.join(out))
